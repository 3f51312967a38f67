import Papa from 'papaparse';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { recipientsPageSchema } from '../src/api/personal';
import { readPersonalTable } from '../src/fields/readPersonalTable';
import { messageDetailSchema } from '../src/api/schemas';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leaksOfSecret, startHarness, tempDir, type Harness, type Loose } from './testing/harness';

/*
 * Personal sends (docs/personal.md) through a real server, a real database (SQLite; PostgreSQL
 * in the server-postgres project) and the mock Mind.
 */

const CARD = {
  header: { template: 'blue', title: { content: 'Hello {{name}}' } },
  elements: [
    { tag: 'markdown', content: 'Your team: **{{team}}**' },
    {
      tag: 'action',
      action: [
        {
          tag: 'button',
          text: { content: 'Room {{room}}', tag: 'plain_text' },
          type: 'view',
          url: 'https://rooms.example/{{room}}',
        },
      ],
    },
  ],
};

const id = (index: number) => `ou_${String(index).padStart(4, '0')}`;

/** 1,000 people; 0–9 share one set of values (so one message), the rest each their own. */
function spreadsheet() {
  const rows = Array.from({ length: 1000 }, (_, index) => ({
    open_id: id(index),
    values:
      index < 10
        ? ['Team member', 'Ops', 'A1']
        : [`Person ${index} "quoted" }}`, `Team *${index % 7}*`, `R ${index}`],
  }));
  return { columns: ['name', 'team', 'room'], rows };
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({ MIND_CONCURRENCY: '8', MIND_RETRIES: '0' });
});
afterAll(async () => {
  await harness.close();
  expect(leaksOfSecret()).toEqual([]);
});
beforeEach(() => harness.mock.reset());

const send = (body: unknown) => harness.call('/api/messages', { method: 'POST', json: body });

async function sendCount(): Promise<number> {
  const { body } = await harness.call('/api/messages?pageSize=1');
  return (body as { total: number }).total;
}

describe('a 1,000-row list with three fields', () => {
  let detail: Loose;
  let requests: typeof harness.mock.requests = [];
  const { columns, rows } = spreadsheet();
  const failing = [id(500), id(777)];

  beforeAll(async () => {
    harness.mock.reset();
    for (const receiveId of failing)
      harness.mock.enqueue({
        fault: { kind: 'code', code: 40003, msg: `接收者不存在: ${receiveId}` },
        receiveId,
      });
    detail = await harness.sendAndSettle({
      msg_type: 'interactive',
      content: CARD,
      audience: { kind: 'users', ids: rows.map((row) => row.open_id) },
      fields: { columns, rows },
    });
    requests = [...harness.mock.requests];
  }, 60_000);

  it('one request per distinct message, each carrying that person’s values', () => {
    const parsed = messageDetailSchema.parse(detail);
    expect(parsed.personal).toEqual({
      columns,
      used: ['name', 'team', 'room'],
      missing: {},
      distinct: 991,
      skipped: 0,
      largestBytes: expect.any(Number) as number,
    });
    expect(parsed.content).toEqual(CARD); // the template is what the history keeps
    expect(requests).toHaveLength(991);
    const byPerson = new Map<string, Loose>();
    for (const request of requests) {
      const body = request.body as { receive_ids: string[]; content: string };
      const card = JSON.parse(body.content) as Loose;
      for (const receiver of body.receive_ids) byPerson.set(receiver, card);
      if (body.receive_ids.length > 1)
        expect(body.receive_ids).toEqual(rows.slice(0, 10).map((row) => row.open_id));
    }
    expect(byPerson.size).toBe(1000);
    const shared = byPerson.get(id(0));
    expect(shared.header.title.content).toBe('Hello Team member');
    for (const index of [10, 123, 500, 999]) {
      const card = byPerson.get(id(index));
      expect(card.header.title.content).toBe(`Hello Person ${index} "quoted" }}`);
      expect(card.elements[0].content).toBe(`Your team: **Team \\*${index % 7}\\***`);
      expect(card.elements[1].action[0].text.content).toBe(`Room R ${index}`);
      expect(card.elements[1].action[0].url).toBe(`https://rooms.example/R%20${index}`);
    }
    expect(parsed.personal?.largestBytes).toBe(
      Math.max(...requests.map((request) => Buffer.byteLength((request.body as Loose).content))),
    );
  });

  it('the ledger shows each person’s outcome, paginated, searchable, filtered', async () => {
    expect(detail.outcome).toBe('partial');
    const { status, body } = await harness.call(
      `/api/messages/${detail.id}/recipients?pageSize=100&page=2`,
    );
    expect(status).toBe(200);
    const page = recipientsPageSchema.parse(body);
    expect(page.total).toBe(1000);
    expect(page.counts).toEqual({ pending: 0, sent: 998, failed: 2, unknown: 0, skipped: 0 });
    expect(page.items).toHaveLength(100);
    expect(page.items[0]).toMatchObject({
      openId: id(100),
      outcome: 'sent',
      values: { name: 'Person 100 "quoted" }}', team: 'Team *2*', room: 'R 100' },
    });
    const failed = await harness.call(`/api/messages/${detail.id}/recipients?outcome=failed`);
    expect(failed.body.items).toEqual(
      failing.map((openId) =>
        expect.objectContaining({
          openId,
          outcome: 'failed',
          code: 40003,
          msg: `接收者不存在: ${openId}`,
        }),
      ),
    );
    const searched = await harness.call(`/api/messages/${detail.id}/recipients?q=person%2077`);
    expect(searched.body.items.map((item: Loose) => item.openId)).toEqual([
      id(77),
      ...Array.from({ length: 10 }, (_, n) => id(770 + n)),
    ]);
    const wrong = await harness.call(`/api/messages/${detail.id}/recipients?outcome=lost`);
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toMatch(/outcome "lost" is not one of/);
  });

  it('downloads the failed as a CSV with their values, ready to upload again', async () => {
    const response = await fetch(`${harness.url}/api/messages/${detail.id}/recipients.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /attachment; filename="send-.*-failed\.csv"/,
    );
    const text = await response.text();
    const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ['open_id', 'name', 'team', 'room'],
      [id(500), 'Person 500 "quoted" }}', 'Team *3*', 'R 500'],
      [id(777), 'Person 777 "quoted" }}', 'Team *0*', 'R 777'],
    ]);
  });

  it('retry sends the failed again, each with their own message', async () => {
    harness.mock.reset();
    const retried = await harness.call(`/api/messages/${detail.id}/retry`, { method: 'POST' });
    expect(retried.status).toBe(202);
    const settled = await harness.waitSettled(detail.id);
    expect(settled.outcome).toBe('sent');
    expect(harness.mock.requests).toHaveLength(2);
    const titles = harness.mock.requests.map(
      (request) => (JSON.parse((request.body as Loose).content) as Loose).header.title.content,
    );
    expect(titles.sort()).toEqual(['Hello Person 500 "quoted" }}', 'Hello Person 777 "quoted" }}']);
  });
});

describe('missing values', () => {
  const base = {
    msg_type: 'markdown',
    content: { text: 'Hi {{name}}, your room is {{room}}' },
    audience: { kind: 'robot', ids: ['ou_a', 'ou_b', 'ou_c'] },
  };
  const fields = {
    columns: ['name', 'room'],
    rows: [
      { open_id: 'ou_a', values: ['Ann', 'A1'] },
      { open_id: 'ou_b', values: ['Bob', '  '] },
      // ou_c has no row at all
    ],
  };

  it('stop (the default): nothing is sent, each field listed with its count', async () => {
    const before = await sendCount();
    const { status, body } = await send({ ...base, fields });
    expect(status).toBe(400);
    expect(body.error.code).toBe('invalid-message');
    expect(body.error.issues).toEqual([
      expect.objectContaining({
        path: '/fields/rows/1/values/1',
        code: 'field-value-missing',
        message:
          '2 recipients have no value for "room" (first: ou_b); fill them in, or choose a default value or to skip them',
        params: { field: 'room', count: 2 },
      }),
      expect.objectContaining({
        path: '/audience/ids/2',
        code: 'field-value-missing',
        params: { field: 'name', count: 1 },
      }),
    ]);
    const missingRow = await send({
      ...base,
      fields: { ...fields, missing: { room: { policy: 'default', value: '?' } } },
    });
    expect(missingRow.body.error.issues).toEqual([
      expect.objectContaining({
        path: '/audience/ids/2',
        code: 'field-value-missing',
        params: { field: 'name', count: 1 },
      }),
    ]);
    expect(harness.mock.requests).toEqual([]);
    expect(await sendCount()).toBe(before);
  });

  it('default: the default value fills in, escaped like any value', async () => {
    const detail = await harness.sendAndSettle({
      ...base,
      fields: {
        ...fields,
        missing: {
          room: { policy: 'default', value: 'the *lobby*' },
          name: { policy: 'default', value: 'colleague' },
        },
      },
    });
    expect(detail.outcome).toBe('sent');
    const texts = Object.fromEntries(
      harness.mock.requests.map((request) => {
        const body = request.body as { receive_open_ids: string[]; content: string };
        return [
          body.receive_open_ids.join(','),
          (JSON.parse(body.content) as { text: string }).text,
        ];
      }),
    );
    expect(texts).toEqual({
      ou_a: 'Hi Ann, your room is A1',
      ou_b: 'Hi Bob, your room is the \\*lobby\\*',
      ou_c: 'Hi colleague, your room is the \\*lobby\\*',
    });
  });

  it('skip: those recipients are left out and the ledger says why', async () => {
    const detail = await harness.sendAndSettle({
      ...base,
      fields: { ...fields, missing: { room: { policy: 'skip' }, name: { policy: 'skip' } } },
    });
    expect(detail.outcome).toBe('sent');
    expect(
      harness.mock.requests.map((request) => (request.body as Loose).receive_open_ids),
    ).toEqual([['ou_a']]);
    // The send went to one person: its count and first ids leave the skipped out; its list
    // names everyone (a copy brings them all back, with the choice to skip).
    expect(detail.audience).toMatchObject({ count: 1, sample: ['ou_a'] });
    expect(detail.recipients).toEqual(['ou_a', 'ou_b', 'ou_c']);
    const { body } = await harness.call(`/api/messages/${detail.id}/recipients`);
    expect(body.items).toEqual([
      expect.objectContaining({ openId: 'ou_a', outcome: 'sent', reason: null }),
      expect.objectContaining({
        openId: 'ou_b',
        outcome: 'skipped',
        reason: 'No value for "room"',
        requestId: null,
      }),
      expect.objectContaining({
        openId: 'ou_c',
        outcome: 'skipped',
        reason: 'No value for "name"',
      }),
    ]);
    const csv = await fetch(
      `${harness.url}/api/messages/${detail.id}/recipients.csv?outcome=skipped`,
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text).toBe('\ufeffopen_id,name,room\r\nou_b,Bob,"  "\r\nou_c,,\r\n');
  });

  it('everyone skipped: nothing to send', async () => {
    const { status, body } = await send({
      ...base,
      fields: {
        columns: ['name'],
        rows: [],
        missing: { name: { policy: 'skip' }, room: { policy: 'skip' } },
      },
    });
    expect(status).toBe(400);
    expect(body.error.issues.map((item: Loose) => item.code)).toEqual(['everyone-skipped']);
  });
});

describe('refused before anything is sent', () => {
  it('a row whose id is not an open_id', async () => {
    const before = await sendCount();
    const { status, body } = await send({
      msg_type: 'text',
      content: { text: 'Hi {{name}}' },
      audience: { kind: 'users', ids: ['ou_a', 'Ann Smith', 'ann@example.com'] },
      fields: {
        columns: ['name'],
        rows: [
          { open_id: 'ou_a', values: ['Ann'] },
          { open_id: 'Ann Smith', values: ['Ann'] },
          { open_id: 'ann@example.com', values: ['Ann'] },
        ],
      },
    });
    expect(status).toBe(400);
    expect(body.error.issues.map((item: Loose) => `${item.code} ${item.path}`)).toEqual([
      'receive-id-invalid /audience/ids/1',
      'open-id-invalid /fields/rows/1/open_id',
      'open-id-invalid /fields/rows/2/open_id',
    ]);
    expect(body.error.message).toMatch(/^Nothing was sent/);
    expect(harness.mock.requests).toEqual([]);
    expect(await sendCount()).toBe(before);
  });

  it.each([
    [{ kind: 'all', confirm: 'ALL' }, 'fields-need-list /fields'],
    [{ kind: 'group', id: 'oc_1' }, 'fields-need-list /fields'],
  ])('fields with an audience that has no list (%j)', async (audience, expected) => {
    const { status, body } = await send({
      msg_type: 'text',
      content: { text: 'Hi {{name}}' },
      audience,
      fields: { columns: ['name'], rows: [] },
    });
    expect(status).toBe(400);
    expect(body.error.issues.map((item: Loose) => `${item.code} ${item.path}`)).toContain(expected);
  });

  it('unknown and malformed placeholders, bad columns, rows of others, bad addresses', async () => {
    const unknown = await send({
      msg_type: 'text',
      content: { text: 'Hi {{nmae}} {{name' },
      audience: { kind: 'users', ids: ['ou_a'] },
      fields: { columns: ['name'], rows: [{ open_id: 'ou_a', values: ['Ann'] }] },
    });
    expect(unknown.body.error.issues.map((item: Loose) => `${item.code} ${item.path}`)).toEqual([
      'field-unclosed /content/text',
    ]);
    const noColumn = await send({
      msg_type: 'text',
      content: { text: 'Hi {{nmae}}' },
      audience: { kind: 'users', ids: ['ou_a'] },
      fields: { columns: ['name'], rows: [{ open_id: 'ou_a', values: ['Ann'] }] },
    });
    expect(noColumn.body.error.issues).toEqual([
      expect.objectContaining({
        code: 'field-value-missing',
        path: '/fields/columns',
        message:
          'The message uses "nmae" but no column has that name; add the column, or choose a default value or to skip all 1 recipients',
      }),
    ]);
    const shape = await send({
      msg_type: 'text',
      content: { text: 'Hi {{name}}' },
      audience: { kind: 'users', ids: ['ou_a'] },
      fields: {
        columns: ['name', 'name', 'a.b'],
        rows: [
          { open_id: 'ou_zz', values: ['x'] },
          { open_id: 'ou_a', values: ['x', 'y', 'z', 'w'] },
        ],
        missing: { name: { policy: 'later' } },
      },
    });
    expect(shape.body.error.issues.map((item: Loose) => `${item.code} ${item.path}`)).toEqual([
      'column-duplicate /fields/columns/1',
      'field-name-invalid /fields/columns/2',
      'row-not-recipient /fields/rows/0/open_id',
      'too-many-values /fields/rows/1/values',
      'invalid-policy /fields/missing/name',
    ]);
    const address = await send({
      msg_type: 'interactive',
      content: {
        header: { title: { content: 'Hi' } },
        elements: [
          {
            tag: 'action',
            action: [{ tag: 'button', text: { content: 'Go' }, type: 'view', url: '{{link}}' }],
          },
        ],
      },
      audience: { kind: 'users', ids: ['ou_a', 'ou_b'] },
      fields: {
        columns: ['link'],
        rows: [
          { open_id: 'ou_a', values: ['https://ok.example'] },
          { open_id: 'ou_b', values: ['javascript:alert(1)'] },
        ],
      },
    });
    expect(address.status).toBe(400);
    expect(address.body.error.issues).toEqual([
      expect.objectContaining({
        code: 'field-value-invalid',
        path: '/fields/rows/1/values/0',
        message: expect.stringMatching(
          /^ou_b: The value of "link" must be a whole http\(s\) or mailto address/,
        ) as string,
      }),
      // The model's own check of ou_b's card says the same.
      expect.objectContaining({
        code: 'url-not-allowed',
        path: '/content/elements/0/action/0/url',
        message: expect.stringMatching(
          /^For ou_b: "javascript:alert\(1\)" is not an allowed/,
        ) as string,
      }),
    ]);
    expect(harness.mock.requests).toEqual([]);
  });
});

describe('sends without fields', () => {
  it('a card with {{…}} but no fields goes as it is, and its ledger comes from the batches', async () => {
    const detail = await harness.sendAndSettle({
      msg_type: 'text',
      content: { text: 'Literally {{name}}' },
      audience: { kind: 'users', ids: ['ou_a', 'ou_b'] },
    });
    expect(detail.outcome).toBe('sent');
    expect(detail.personal).toBeNull();
    expect(JSON.parse((harness.mock.requests[0]?.body as Loose).content)).toEqual({
      text: 'Literally {{name}}',
    });
    const { body } = await harness.call(`/api/messages/${detail.id}/recipients`);
    expect(recipientsPageSchema.parse(body)).toMatchObject({
      total: 2,
      columns: null,
      items: [
        { openId: 'ou_a', outcome: 'sent', values: null },
        { openId: 'ou_b', outcome: 'sent', values: null },
      ],
    });
  });

  it('the status gives the content size limit', async () => {
    const { body } = await harness.call('/api/status');
    expect(body.maxContentBytes).toBe(30_720);
  });

  it('a ledger of a send that does not exist is a 404', async () => {
    const missing = await harness.call(
      '/api/messages/00000000-0000-4000-8000-000000000000/recipients',
    );
    expect(missing.status).toBe(404);
    const csv = await harness.call('/api/messages/nope/recipients.csv');
    expect(csv.status).toBe(404);
  });
});

describe('the failed as a CSV: no formula runs, and it uploads again as it was', () => {
  it('cells a spreadsheet would run get a leading quote; compose reads the values back exactly', async () => {
    const columns = ['-x', 'name', 'phone'];
    const rows = [
      { open_id: 'ou_f1', values: ['=1+1', '@SUM(A1)', '+86 10 1234'] },
      { open_id: 'ou_f2', values: ['-5', "'=already quoted", '=HYPERLINK("http://evil")'] },
      { open_id: 'ou_f3', values: ['plain', 'a=b', '张伟'] },
    ];
    for (const row of rows)
      harness.mock.enqueue({
        fault: { kind: 'code', code: 40003, msg: 'no such user' },
        receiveId: row.open_id,
      });
    const detail = await harness.sendAndSettle({
      msg_type: 'text',
      content: { text: 'Hi {{name}} {{phone}} {{-x}}' },
      audience: { kind: 'users', ids: rows.map((row) => row.open_id) },
      fields: { columns, rows },
    });
    expect(detail.outcome).toBe('failed');
    const response = await fetch(`${harness.url}/api/messages/${detail.id}/recipients.csv`);
    const text = await response.text();
    const cells = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data;
    expect(cells).toEqual([
      ['open_id', "'-x", 'name', 'phone'],
      ['ou_f1', "'=1+1", "'@SUM(A1)", "'+86 10 1234"],
      ['ou_f2', "'-5", "''=already quoted", '\'=HYPERLINK("http://evil")'],
      ['ou_f3', 'plain', 'a=b', '张伟'],
    ]);
    expect(cells.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // Uploaded again into compose: the same columns and values as were sent.
    const read = readPersonalTable(text, 'send.csv');
    expect(read.ok && read.table).toEqual({ source: 'send.csv', columns, rows, problems: [] });
  });
});

describe('values from the directory', () => {
  let withDirectory: Harness;
  beforeAll(async () => {
    const dir = tempDir('directory');
    const file = join(dir, 'people.json');
    writeFileSync(
      file,
      JSON.stringify([
        { id: 'ou_dir_a', name: '张伟', department: '运营部', desk: 'D-12', floor: 3 },
        { id: 'ou_dir_b', name: 'Bob', desk: 'E-1', 'not a field!': 'x' },
      ]),
    );
    withDirectory = await startHarness({ DIRECTORY_FILE: file });
  });
  afterAll(async () => {
    await withDirectory.close();
  });

  it('name and department come from the directory where the list has no such column', async () => {
    const detail = await withDirectory.sendAndSettle({
      msg_type: 'text',
      content: { text: '{{name}} ({{department}}): room {{room}}' },
      audience: { kind: 'users', ids: ['ou_dir_a', 'ou_dir_b', 'ou_dir_c'] },
      fields: {
        columns: ['room'],
        rows: [
          { open_id: 'ou_dir_a', values: ['A1'] },
          { open_id: 'ou_dir_b', values: ['B2'] },
          { open_id: 'ou_dir_c', values: ['C3'] },
        ],
        missing: {
          department: { policy: 'default', value: 'your team' },
          name: { policy: 'skip' },
        },
      },
    });
    expect(detail.outcome).toBe('sent');
    const texts = withDirectory.mock.requests.map(
      (request) => (JSON.parse((request.body as Loose).content) as { text: string }).text,
    );
    // Two distinct messages go out as two batches side by side: in either order.
    expect(texts.toSorted()).toEqual(['Bob (your team): room B2', '张伟 (运营部): room A1']);
    const { body } = await withDirectory.call(`/api/messages/${detail.id}/recipients`);
    expect(body.items[2]).toMatchObject({
      openId: 'ou_dir_c',
      outcome: 'skipped',
      reason: 'No value for "name"',
    });
  });

  it('every other column of the directory is a field too, listed in the status', async () => {
    const status = await withDirectory.call('/api/status');
    expect(status.body.directoryFields).toEqual(['name', 'department', 'desk', 'floor']);
    expect(status.body.directorySize).toBeGreaterThan(0);
    withDirectory.mock.reset();
    const detail = await withDirectory.sendAndSettle({
      msg_type: 'interactive',
      content: {
        header: { title: { content: '{{name}}: desk {{desk}}' } },
        elements: [{ tag: 'markdown', content: 'Floor {{floor}}, {{topic}}' }],
      },
      audience: { kind: 'users', ids: ['ou_dir_a', 'ou_dir_b'] },
      fields: {
        columns: ['topic'],
        rows: [
          { open_id: 'ou_dir_a', values: ['moving'] },
          { open_id: 'ou_dir_b', values: ['moving'] },
        ],
        missing: { floor: { policy: 'default', value: 'ground' } },
      },
    });
    expect(detail.outcome).toBe('sent');
    const cards = withDirectory.mock.requests
      .map((request) => JSON.parse((request.body as Loose).content) as Loose)
      .map((card) => `${card.header.title.content} | ${card.elements[0].content}`);
    expect(cards.toSorted()).toEqual([
      'Bob: desk E-1 | Floor ground, moving',
      '张伟: desk D-12 | Floor 3, moving',
    ]);
  });

  it('a field neither the list nor the directory has is missing for everyone', async () => {
    const { status, body } = await withDirectory.call('/api/messages', {
      method: 'POST',
      json: {
        msg_type: 'text',
        content: { text: '{{desk}} {{locker}}' },
        audience: { kind: 'users', ids: ['ou_dir_a'] },
        fields: { columns: ['topic'], rows: [{ open_id: 'ou_dir_a', values: ['x'] }] },
      },
    });
    expect(status).toBe(400);
    expect(body.error.issues.map((item: Loose) => item.code)).toEqual(['field-value-missing']);
    expect(body.error.issues[0].params).toEqual({ field: 'locker', count: 1 });
  });

  it('a column of the list comes before the directory', async () => {
    withDirectory.mock.reset();
    await withDirectory.sendAndSettle({
      msg_type: 'text',
      content: { text: 'Hi {{name}}' },
      audience: { kind: 'users', ids: ['ou_dir_a'] },
      fields: { columns: ['name'], rows: [{ open_id: 'ou_dir_a', values: ['Wei'] }] },
    });
    expect(JSON.parse((withDirectory.mock.requests[0]?.body as Loose).content)).toEqual({
      text: 'Hi Wei',
    });
  });
});
