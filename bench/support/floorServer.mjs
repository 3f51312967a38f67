// The floor of a send through the app server, for the send bench: the same Fastify and the same
// plugins the real server needs for its security (cookies for sessions, the rate limit counted
// on every API call, the security headers on every answer), answering the same POST and GETs a
// one-recipient send takes and making the same upstream request to Mind over a kept-alive
// connection, but with no validation, no storage and no queue. Plain JavaScript run by plain
// node, as the compiled server is. Prints `FLOOR_URL=http://127.0.0.1:<port>` once listening.
//
// With FLOOR_DATA_DIR, the floor of a *recorded* send: the least storage a send needs that no
// crash can lose, on better-sqlite3 straight (no query builder), in a file of that directory
// with WAL and synchronous=NORMAL as the server's: the send and its batch written in one
// transaction before the 202, the batch marked begun before it goes out (what makes a crash
// mid-request `unknown`, not sent twice), its outcome and the send's time in one transaction,
// and each GET one statement. Tables keep the server's columns and the indexes its reads need.
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { join } from 'node:path';

const mindUrl = new URL(process.env.MIND_API_URL ?? '');
const store = process.env.FLOOR_DATA_DIR ? await openStore(process.env.FLOOR_DATA_DIR) : null;

async function openStore(dir) {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(dir, 'floor.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`
    create table messages (id text primary key, client_id text, fingerprint text, msg_type text,
      content text, receive_type integer, audience_kind text, recipients text,
      recipient_count integer, recipient_sample text, sender text, created_at text,
      updated_at text, send_at text, cancelled_at text, personal text, writing integer);
    create index messages_created_at on messages (created_at, id);
    create index messages_writing on messages (writing, updated_at);
    create table batches (id integer primary key autoincrement, message_id text not null
      references messages (id), batch_index integer, request_id text, receive_ids text,
      content text, status text, code text, msg text, error text, attempts integer,
      updated_at text, not_before text, lease_owner text, lease_until text, started_at text,
      unique (message_id, batch_index));
    create index batches_lease on batches (status, lease_until);
  `);
  const insertSend = db.prepare(
    `insert into messages values (?, null, ?, 'text', ?, null, 'users', ?, 1, ?, null, ?, ?, null, null, null, 0)`,
  );
  const insertBatch = db.prepare(
    `insert into batches (message_id, batch_index, request_id, receive_ids, status, attempts,
      updated_at, lease_owner, lease_until) values (?, 0, ?, ?, 'pending', 0, ?, 'floor', ?)`,
  );
  const begin = db.prepare(
    `update batches set started_at = ?, attempts = 1, updated_at = ? where id = ? and lease_owner = 'floor'`,
  );
  const outcome = db.prepare(
    `update batches set status = ?, code = ?, msg = ?, attempts = 1, updated_at = ?, lease_owner = null where id = ?`,
  );
  const touch = db.prepare(`update messages set updated_at = ? where id = ?`);
  const read = db.prepare(
    `select m.id, m.updated_at, b.status from messages m join batches b on b.message_id = m.id where m.id = ?`,
  );
  const create = db.transaction((id, body) => {
    const now = new Date().toISOString();
    const ids = JSON.stringify(body.audience.ids);
    insertSend.run(id, randomUUID(), JSON.stringify(body.content), ids, ids, now, now);
    return insertBatch.run(id, randomUUID(), ids, now, now).lastInsertRowid;
  });
  const finish = db.transaction((id, batchId, answer) => {
    const now = new Date().toISOString();
    outcome.run(
      answer.code === 200 ? 'sent' : 'failed',
      String(answer.code),
      answer.msg ?? null,
      now,
      batchId,
    );
    touch.run(now, id);
  });
  return {
    create,
    begin: (batchId) => begin.run(new Date().toISOString(), new Date().toISOString(), batchId),
    finish,
    outcome: (id) => read.get(id)?.status,
  };
}
const agent = new http.Agent({ keepAlive: true });
/** Send ids whose upstream request has been answered. */
const done = new Set();

const app = Fastify({ logger: false });
await app.register(fastifyCookie);
await app.register(fastifyRateLimit, { global: false, max: 1_000_000, timeWindow: '1 minute' });
const countApiCall = app.createRateLimit();
app.addHook('onRequest', async (request) => {
  await countApiCall(request);
});
app.addHook('onSend', (_request, reply, payload, done) => {
  void reply.headers({
    'content-security-policy': "default-src 'self'",
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'cache-control': 'no-store',
  });
  done(null, payload);
});

function sendUpstream(id, recipient, batchId) {
  store?.begin(batchId);
  const body = JSON.stringify({
    msg_type: 'text',
    content: { text: 'bench' },
    receive_type: 1,
    receive_ids: [recipient],
  });
  const request = http.request(
    mindUrl,
    {
      method: 'POST',
      agent,
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'app-id': process.env.MIND_APP_ID ?? '',
        'app-secret': process.env.MIND_APP_SECRET ?? '',
        'x-request-id': randomUUID(),
      },
    },
    (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => {
        const answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        if (store) store.finish(id, batchId, answer);
        else done.add(id);
      });
    },
  );
  request.end(body);
}

app.post('/api/messages', async (request, reply) => {
  const id = randomUUID();
  const batchId = store?.create(id, request.body);
  sendUpstream(id, request.body.audience.ids[0], batchId);
  return reply.code(202).send({ id, outcome: 'sending' });
});

app.get('/api/messages/:id', async (request) => {
  const { id } = request.params;
  if (store) {
    const status = store.outcome(id);
    return { id, outcome: status === 'pending' ? 'sending' : status };
  }
  if (!done.has(id)) return { id, outcome: 'sending' };
  done.delete(id);
  return { id, outcome: 'sent' };
});

const address = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`FLOOR_URL=${address}`);
const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
