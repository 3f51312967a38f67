// The floor of a send through the app server, for the send bench: the same Fastify and the same
// plugins the real server needs for its security (cookies for sessions, the rate limit counted
// on every API call, the security headers on every answer), answering the same POST and GETs a
// one-recipient send takes and making the same upstream request to Mind over a kept-alive
// connection, but with no validation, no storage and no queue. Plain JavaScript run by plain
// node, as the compiled server is. Prints `FLOOR_URL=http://127.0.0.1:<port>` once listening.
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify from 'fastify';
import { randomUUID } from 'node:crypto';
import http from 'node:http';

const mindUrl = new URL(process.env.MIND_API_URL ?? '');
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

function sendUpstream(id, recipient) {
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
        JSON.parse(Buffer.concat(chunks).toString('utf8'));
        done.add(id);
      });
    },
  );
  request.end(body);
}

app.post('/api/messages', async (request, reply) => {
  const id = randomUUID();
  sendUpstream(id, request.body.audience.ids[0]);
  return reply.code(202).send({ id, outcome: 'sending' });
});

app.get('/api/messages/:id', async (request) => {
  const { id } = request.params;
  if (!done.has(id)) return { id, outcome: 'sending' };
  done.delete(id);
  return { id, outcome: 'sent' };
});

const address = await app.listen({ host: '127.0.0.1', port: 0 });
console.log(`FLOOR_URL=${address}`);
const stop = () => void app.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
