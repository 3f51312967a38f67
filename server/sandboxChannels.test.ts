import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupListSchema, inboxSchema, messageDetailSchema } from '../src/api/schemas';
import { loadConfig } from './config';
import { SAMPLE_GROUPS } from './groups';
import { startServer, type RunningServer } from './startServer';
import { tempDir } from './testing/harness';

const SECRET = 'sandbox-secret-for-channel-tests';
let server: RunningServer;

beforeAll(async () => {
  const dataDir = tempDir('sandbox-channels');
  server = await startServer(
    loadConfig({ HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, STATIC_DIR: join(dataDir, 'x') }),
    false,
    SECRET,
  );
});
afterAll(() => server.close());

async function send(body: unknown) {
  const response = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(202);
  const { id } = (await response.json()) as { id: string };
  await server.sender.idle();
  return messageDetailSchema.parse(await (await fetch(`${server.url}/api/messages/${id}`)).json());
}

async function inbox() {
  return inboxSchema.parse(await (await fetch(`${server.url}/api/sandbox/inbox`)).json());
}

async function post(path: string, body: unknown, requestId = randomUUID()) {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'app-id': 'mind_sandbox',
      'app-secret': SECRET,
      'x-request-id': requestId,
    },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { code: number; msg: string };
}

describe('the sandbox’s endpoints per channel', () => {
  it('ships a few groups', async () => {
    const list = groupListSchema.parse(await (await fetch(`${server.url}/api/groups`)).json());
    expect(list.groups).toEqual(SAMPLE_GROUPS);
    expect(list.groups.length).toBeGreaterThanOrEqual(3);
  });

  it('the robot to people and to a group arrive in the inbox with their channel', async () => {
    const robot = await send({
      msg_type: 'text',
      content: { text: 'robot hello' },
      audience: { kind: 'robot', ids: ['ou_a', 'ou_b', 'ou_c'] },
    });
    expect(robot.outcome).toBe('sent');
    const group = await send({
      msg_type: 'markdown',
      content: { text: '<at user_id="all">所有人</at> group hello' },
      audience: { kind: 'group', id: 'og_3f9a1c2e7b5d4e8f', confirm: 'ALL' },
    });
    expect(group.outcome).toBe('sent');
    const items = (await inbox()).items;
    expect(items[0]).toMatchObject({
      channel: 'group',
      groupId: 'og_3f9a1c2e7b5d4e8f',
      receiveIds: null,
      requestId: group.batches[0]?.requestId,
      message: { group_id: 'og_3f9a1c2e7b5d4e8f', msg_type: 'markdown' },
    });
    expect(items[1]).toMatchObject({
      channel: 'robot',
      groupId: null,
      receiveIds: ['ou_a', 'ou_b', 'ou_c'],
      message: { receive_open_ids: ['ou_a', 'ou_b', 'ou_c'], content: { text: 'robot hello' } },
    });
  });

  it('each endpoint takes only its own recipients, and the robot’s need msg_type', async () => {
    const content = JSON.stringify({ text: 'hi' });
    const robot = '/sandbox/mind/robot/send/message';
    const group = '/sandbox/mind/robot/group/send/card_message';
    const refusals = [
      [robot, { group_id: 'og_1', msg_type: 'text', content }, 'receive_open_ids'],
      [robot, { receive_ids: ['ou_a'], msg_type: 'text', content }, 'receive_open_ids'],
      [group, { receive_open_ids: ['ou_a'], msg_type: 'text', content }, 'group_id'],
      ['/sandbox/mind/send_message', { group_id: 'og_1', msg_type: 'text', content }, 'receive_id'],
      [robot, { receive_open_ids: ['ou_a'], content }, 'msg_type is required'],
      [robot, { receive_open_ids: [], msg_type: 'text', content }, 'at least one'],
      [
        group,
        {
          group_id: 'og_1',
          msg_type: 'text',
          content: JSON.stringify({ text: '<at user_id=x>A</at>' }),
        },
        'line 1, column 1',
      ],
      [
        robot,
        {
          receive_open_ids: ['ou_a'],
          msg_type: 'text',
          content: JSON.stringify({ text: '<at user_id="all">所有人</at>' }),
        },
        'only in a group',
      ],
    ] as const;
    const before = (await inbox()).total;
    for (const [path, body, says] of refusals) {
      const answer = await post(path, body);
      expect(answer.code, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(answer.msg).toContain(says);
    }
    expect((await inbox()).total).toBe(before);
  });

  it('a retry with the same x-request-id is one message delivered twice', async () => {
    const requestId = randomUUID();
    const body = { receive_open_ids: ['ou_z'], msg_type: 'text', content: '{"text":"once"}' };
    expect((await post('/sandbox/mind/robot/send/message', body, requestId)).code).toBe(200);
    expect((await post('/sandbox/mind/robot/send/message', body, requestId)).code).toBe(200);
    const item = (await inbox()).items.find((entry) => entry.requestId === requestId);
    expect(item).toMatchObject({ channel: 'robot', deliveries: 2 });
  });
});
