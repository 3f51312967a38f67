import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { directorySchema, emojiListSchema, inboxSchema, statusSchema } from '../src/api/schemas';
import { DEFAULT_EMOJI } from '../src/mind';
import { loadConfig } from './config';
import { startServer, type RunningServer } from './startServer';
import { tempDir } from './testing/harness';
import { testDatabaseEnv } from './testing/testDatabase';

const seenLogs: string[] = [];
const SANDBOX_SECRET = 'sandbox-secret-for-tests';

async function startSandbox(env: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = tempDir('sandbox');
  return startServer(
    loadConfig({
      HOST: '127.0.0.1',
      PORT: '0',
      ...(await testDatabaseEnv(dataDir)),
      STATIC_DIR: join(dataDir, 'none'),
      ...env,
    }),
    { level: 'debug', stream: { write: (line: string) => void seenLogs.push(line) } },
    SANDBOX_SECRET,
  );
}

async function getJson(server: RunningServer, path: string, init?: RequestInit) {
  const response = await fetch(`${server.url}${path}`, init);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function postSend(server: RunningServer, body: unknown) {
  return getJson(server, '/api/messages', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

async function settle(server: RunningServer, id: string) {
  await server.sender.idle();
  return getJson(server, `/api/messages/${id}`);
}

let server: RunningServer;

async function sandboxPost(requestId: string, body: unknown) {
  const response = await fetch(`${server.url}/sandbox/mind/send_message`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'app-id': 'mind_sandbox',
      'app-secret': SANDBOX_SECRET,
      'x-request-id': requestId,
    },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { code: number; msg: string; data: object };
}
beforeAll(async () => {
  server = await startSandbox();
});
afterAll(async () => {
  await server.close();
  expect(seenLogs.length).toBeGreaterThan(10);
  expect(seenLogs.filter((line) => line.includes(SANDBOX_SECRET))).toEqual([]);
});

describe('sandbox mode (no credentials)', () => {
  it('says sandbox in the status, with no app id', async () => {
    const { body } = await getJson(server, '/api/status');
    expect(statusSchema.parse(body)).toEqual({
      mode: 'sandbox',
      appId: null,
      version: '0.1.0',
      batchSize: 100,
      authRequired: false,
      assetBase: '',
      mindRatePerSecond: 20,
      maxContentBytes: 30_720,
      directoryFields: ['name', 'department'],
      directorySize: 12,
    });
  });

  it('sends through its own Mind endpoint over HTTP, and the inbox shows what arrived', async () => {
    const sent = await postSend(server, {
      msg_type: 'markdown',
      content: { text: '**本周例会** 改到周四' },
      audience: { kind: 'users', ids: ['ou_a', 'ou_b', 'ou_a'] },
    });
    expect(sent.status).toBe(202);
    const { body } = await settle(server, String(sent.body.id));
    expect(body.outcome).toBe('sent');
    const batches = body.batches as { requestId: string; code: number; msg: string }[];
    expect(batches[0]).toMatchObject({ code: 200, msg: 'OK' });
    expect(seenLogs.some((line) => line.includes('"url":"/sandbox/mind/send_message"'))).toBe(true);

    const inbox = inboxSchema.parse((await getJson(server, '/api/sandbox/inbox')).body);
    expect(inbox.total).toBe(1);
    expect(inbox.items[0]).toMatchObject({
      requestId: batches[0]?.requestId,
      msgType: 'markdown',
      receiveIds: ['ou_a', 'ou_b'],
      deliveries: 1,
      message: {
        receive_ids: ['ou_a', 'ou_b'],
        receive_type: 1,
        msg_type: 'markdown',
        content: { text: '**本周例会** 改到周四' },
      },
    });
  });

  it('lists a broadcast with null recipients, newest first', async () => {
    const sent = await postSend(server, {
      msg_type: 'text',
      content: { text: 'everyone' },
      audience: { kind: 'all', confirm: 'ALL' },
    });
    await settle(server, String(sent.body.id));
    const inbox = inboxSchema.parse((await getJson(server, '/api/sandbox/inbox')).body);
    expect(inbox.items[0]).toMatchObject({
      receiveIds: null,
      message: { content: { text: 'everyone' } },
    });
    expect(inbox.items).toHaveLength(2);
  });

  it('keeps the upstream contract: the three headers are checked', async () => {
    const url = `${server.url}/sandbox/mind/send_message`;
    const body = JSON.stringify({ receive_id: 'ou_x', msg_type: 'text', content: '{"text":"hi"}' });
    const noSecret = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'app-id': 'mind_sandbox',
        'x-request-id': '1',
      },
      body,
    });
    expect(await noSecret.json()).toEqual({
      code: 401,
      msg: 'app-id or app-secret is not valid',
      data: {},
    });
    const guessed = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'app-id': 'mind_sandbox',
        'app-secret': 'guess',
        'x-request-id': '1',
      },
      body,
    });
    expect(((await guessed.json()) as { code: number }).code).toBe(401);
    const inbox = inboxSchema.parse((await getJson(server, '/api/sandbox/inbox')).body);
    expect(inbox.total).toBe(2);
  });

  it('refuses a body the model rejects with a non-200 code and the reason, and records nothing', async () => {
    const answers = [];
    for (const [requestId, body] of [
      ['not-a-uuid', { receive_id: 'ou_x', msg_type: 'text', content: '{"text":"hi"}' }],
      [randomUUID(), { receive_id: 'ou_x', msg_type: 'text', content: '{"text":' }],
      [randomUUID(), { receive_id: 'ou_x', msg_type: 'text', content: '{"text":"  "}' }],
      [randomUUID(), { receive_ids: [], msg_type: 'text', content: '{"text":"hi"}' }],
      [randomUUID(), { receive_id: 'ou_x', msg_type: 'video', content: '{}' }],
      [randomUUID(), { receive_id: 'ou_x', msg_type: 'text', content: { text: 'not encoded' } }],
    ] as const) {
      answers.push(await sandboxPost(requestId, body));
    }
    expect(answers.map((answer) => answer.code)).toEqual([400, 400, 400, 400, 400, 400]);
    expect(answers[0]?.msg).toMatch(/x-request-id/);
    expect(answers[1]?.msg).toMatch(/not valid JSON.*\/content/);
    expect(answers[3]?.msg).toMatch(/receive_ids/);
    expect(inboxSchema.parse((await getJson(server, '/api/sandbox/inbox')).body).total).toBe(2);
  });

  it('accepts a millisecond timestamp as request id and counts a repeated id as one message', async () => {
    const body = {
      receive_id: 'ou_t',
      receive_type: 1,
      msg_type: 'text',
      content: '{"text":"twice"}',
    };
    expect(await sandboxPost('1700000000000', body)).toEqual({ code: 200, msg: 'OK', data: {} });
    expect(await sandboxPost('1700000000000', body)).toEqual({ code: 200, msg: 'OK', data: {} });
    const inbox = inboxSchema.parse((await getJson(server, '/api/sandbox/inbox')).body);
    expect(inbox.total).toBe(3);
    expect(inbox.items[0]).toMatchObject({
      requestId: '1700000000000',
      deliveries: 2,
      receiveIds: ['ou_t'],
    });
  });

  it('serves the sample directory and the default emoji', async () => {
    const everyone = directorySchema.parse((await getJson(server, '/api/directory')).body);
    expect(everyone.people.length).toBeGreaterThanOrEqual(12);
    everyone.people.forEach((person) => expect(person.id).toMatch(/^ou_[0-9a-f]{32}$/));
    const found = directorySchema.parse(
      (await getJson(server, `/api/directory?q=${encodeURIComponent('王')}&limit=5`)).body,
    );
    expect(found.people.map((person) => person.name)).toEqual(['王芳']);
    const english = directorySchema.parse((await getJson(server, '/api/directory?q=emily')).body);
    expect(english.people).toEqual([
      expect.objectContaining({ name: 'Emily Chen', department: 'Design' }),
    ]);
    const limited = directorySchema.parse((await getJson(server, '/api/directory?limit=3')).body);
    expect(limited.people).toHaveLength(3);
    const named = directorySchema.parse(
      (
        await getJson(
          server,
          '/api/directory?ids=ou_6c5b7a2d4f9c9b8d3a0f1c2d3e4f5a6b,ou_unknown,ou_7d8a6e6df7621556ce0d21922b676706',
        )
      ).body,
    );
    expect(named.people.map((person) => person.name)).toEqual(['Emily Chen', '张伟']);
    expect((await getJson(server, `/api/directory?ids=${'ou_a,'.repeat(101)}`)).status).toBe(400);
    const emoji = emojiListSchema.parse((await getJson(server, '/api/emoji')).body);
    expect(emoji.emoji).toEqual(DEFAULT_EMOJI);
  });

  it('empties the inbox on DELETE', async () => {
    const response = await fetch(`${server.url}/api/sandbox/inbox`, { method: 'DELETE' });
    expect(response.status).toBe(204);
    expect(inboxSchema.parse((await getJson(server, '/api/sandbox/inbox')).body).total).toBe(0);
  });
});

describe('configured directory, emoji and asset base', () => {
  it('reads a CSV directory, a JSON emoji list and MIND_ASSET_BASE', async () => {
    const dir = tempDir('files');
    const csv = join(dir, 'people.csv');
    writeFileSync(csv, '\uFEFFopen_id,Name,Department\nou_1,周杰,销售部\nou_2,"Lee, Ann",\n');
    const emojiFile = join(dir, 'emoji.json');
    writeFileSync(emojiFile, JSON.stringify([{ alt: '赞', src: '/images/zan.png' }]));
    const configured = await startSandbox({
      DIRECTORY_FILE: csv,
      EMOJI_FILE: emojiFile,
      MIND_ASSET_BASE: 'https://mind.example/static',
    });
    try {
      const people = directorySchema.parse(
        (await getJson(configured, '/api/directory')).body,
      ).people;
      expect(people).toEqual([
        { id: 'ou_1', name: '周杰', department: '销售部' },
        { id: 'ou_2', name: 'Lee, Ann' },
      ]);
      expect((await getJson(configured, '/api/emoji')).body).toEqual({
        emoji: [{ alt: '赞', src: '/images/zan.png' }],
      });
      expect((await getJson(configured, '/api/status')).body.assetBase).toBe(
        'https://mind.example/static',
      );
    } finally {
      await configured.close();
    }
  });

  it('reads a JSON directory', async () => {
    const dir = tempDir('files');
    const file = join(dir, 'people.json');
    writeFileSync(file, JSON.stringify([{ id: 'ou_9', name: 'Zoe' }]));
    const configured = await startSandbox({ DIRECTORY_FILE: file });
    try {
      expect((await getJson(configured, '/api/directory?q=zo')).body).toEqual({
        people: [{ id: 'ou_9', name: 'Zoe' }],
      });
    } finally {
      await configured.close();
    }
  });

  it('refuses to start on a directory file that is not a list of people, naming the variable', async () => {
    const dir = tempDir('files');
    const file = join(dir, 'people.json');
    writeFileSync(file, JSON.stringify([{ id: 'ou_9' }]));
    await expect(startSandbox({ DIRECTORY_FILE: file })).rejects.toThrow(/DIRECTORY_FILE/);
    await expect(startSandbox({ EMOJI_FILE: join(dir, 'missing.json') })).rejects.toThrow(
      /EMOJI_FILE/,
    );
  });
});
