import type { FastifyBaseLogger } from 'fastify';
import http from 'node:http';
import https from 'node:https';
import type { Endpoint, WireRequest } from '../src/mind';
import { retryAfterMs } from './pacer';

/** The credentials and endpoints of the upstream; the only place the secret lives. */
export interface MindTarget {
  /**
   * Each endpoint's URL: one per channel (`send_message`, the robot to people, the robot to a
   * group) and `send_article_message`.
   */
  urls: Record<Endpoint, string>;
  appId: string;
  appSecret: string;
}

export interface MindClientOptions {
  target: () => MindTarget;
  timeoutMs: number;
  retries: number;
  backoffMs: number;
  logger?: FastifyBaseLogger;
  /**
   * Mind answered 429 (too many requests) and asked to wait `ms` (its Retry-After): the pacer
   * pauses every server (server/pacer.ts); without one, this request waits.
   */
  onRateLimited?: (ms: number) => Promise<void>;
}

/** The end of one upstream request, after any retries. */
export type MindResult =
  | { kind: 'answered'; ok: boolean; code: number | string; msg: string; attempts: number }
  | { kind: 'no-answer'; error: string; attempts: number };

/** The most of an answer read from Mind: its answers are a few hundred bytes. */
export const MAX_ANSWER_BYTES = 1024 * 1024;

/** A fault worth trying again with the same request id: Mind may not have acted on it. */
class TransientFault extends Error {}
/** An answer that is not Mind's (a redirect, a 4xx page): trying again would not help. */
class PermanentFault extends Error {}
/** HTTP 429: Mind did not take the request and asks to wait. */
class RateLimited extends Error {
  constructor(readonly waitMs: number) {
    super('Mind answered 429 Too Many Requests');
  }
}

/** How many 429s one request may get before it fails; they do not count as MIND_RETRIES. */
export const MAX_RATE_LIMITED = 10;

export interface MindClient {
  send(
    endpoint: Endpoint,
    body: WireRequest,
    requestId: string,
    onAttempt?: (attempt: number) => Promise<void> | void,
  ): Promise<MindResult>;
}

/**
 * Sends wire bodies to Mind, each to its endpoint. Timeouts, resets, 5xx and bodies that are not JSON are retried
 * with exponential backoff and the same `x-request-id`; an answer with a non-200 `code` is a
 * failure and is returned as it came.
 */
export function createMindClient(options: MindClientOptions): MindClient {
  const { timeoutMs, retries, backoffMs, logger } = options;
  return {
    async send(endpoint, body, requestId, onAttempt) {
      const target = options.target();
      const url = target.urls[endpoint];
      let lastError = '';
      let faults = 0;
      let rateLimited = 0;
      for (let attempt = 1; ; attempt += 1) {
        await onAttempt?.(attempt);
        try {
          const answer = await post(url, target, body, requestId, timeoutMs, backoffMs);
          logger?.info({ requestId, endpoint, attempt, code: answer.code }, 'mind answered');
          return { kind: 'answered', ...answer, attempts: attempt };
        } catch (error) {
          if (error instanceof RateLimited) {
            rateLimited += 1;
            logger?.warn(
              { requestId, attempt, waitMs: error.waitMs },
              'mind asked to slow down (429); sending pauses',
            );
            if (rateLimited > MAX_RATE_LIMITED) {
              return {
                kind: 'no-answer',
                error: `Mind kept answering 429 Too Many Requests (${rateLimited} times); retry later`,
                attempts: attempt,
              };
            }
            if (options.onRateLimited) await options.onRateLimited(error.waitMs);
            else await delay(error.waitMs);
            continue;
          }
          if (error instanceof PermanentFault) {
            logger?.warn({ requestId, attempt, reason: error.message }, 'mind request refused');
            return { kind: 'no-answer', error: error.message, attempts: attempt };
          }
          if (!(error instanceof TransientFault)) throw error;
          lastError = error.message;
          faults += 1;
          logger?.warn({ requestId, attempt, reason: lastError }, 'mind request failed');
          if (faults > retries) {
            return {
              kind: 'no-answer',
              error: `${lastError} (after ${retries + 1} attempt${retries ? 's' : ''})`,
              attempts: attempt,
            };
          }
          await delay(backoffMs * 2 ** (faults - 1));
        }
      }
    },
  };
}

/** One keep-alive pool per protocol: every request to Mind reuses its connections. */
const agents = {
  'http:': new http.Agent({ keepAlive: true }),
  'https:': new https.Agent({ keepAlive: true }),
};

interface Answer {
  status: number;
  retryAfter: string | null;
  text: string;
}

async function post(
  url: string,
  target: MindTarget,
  body: WireRequest,
  requestId: string,
  timeoutMs: number,
  backoffMs: number,
): Promise<{ ok: boolean; code: number | string; msg: string }> {
  let response: Answer;
  try {
    response = await request(
      url,
      {
        'content-type': 'application/json',
        'app-id': target.appId,
        'app-secret': target.appSecret,
        'x-request-id': requestId,
      },
      JSON.stringify(body),
      timeoutMs,
    );
  } catch (error) {
    if (error instanceof PermanentFault) throw error;
    throw new TransientFault(describeRequestError(error, timeoutMs));
  }
  const { status, text } = response;
  if (status === 429) {
    throw new RateLimited(retryAfterMs(response.retryAfter, Math.max(backoffMs, 1000)));
  }
  if (status >= 500) {
    throw new TransientFault(`Mind answered HTTP ${status}`);
  }
  if (status >= 300 && status < 400) {
    throw new PermanentFault(
      `Mind answered with a redirect (HTTP ${status}), which is not followed: check MIND_API_URL`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    if (status >= 400) {
      throw new PermanentFault(
        `Mind answered HTTP ${status} with a body that is not JSON: check MIND_API_URL`,
      );
    }
    throw new TransientFault(`Mind answered HTTP ${status} with a body that is not JSON`);
  }
  const record = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<
    string,
    unknown
  >;
  const code = record.code;
  const msg = typeof record.msg === 'string' ? record.msg : '';
  if (typeof code !== 'number' && typeof code !== 'string') {
    throw new PermanentFault(`Mind answered HTTP ${status} without a code`);
  }
  return { ok: String(code) === '200' && status >= 200 && status < 300, code, msg };
}

class Timeout extends Error {}

/** Mind's endpoints, each parsed once (http.request reads a URL, it does not change it). */
const addresses = new Map<string, URL>();
function addressOf(url: string): URL {
  let address = addresses.get(url);
  if (!address) {
    // A handful of endpoints in use; a server whose target changed starts the list again.
    if (addresses.size >= 32) addresses.clear();
    address = new URL(url);
    addresses.set(url, address);
  }
  return address;
}

/**
 * A POST over a kept-alive connection, its answer read as text; redirects are not followed.
 * Past `timeoutMs` (the whole exchange) it fails with `Timeout`; an answer larger than
 * `MAX_ANSWER_BYTES` is refused and its connection dropped.
 */
function request(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<Answer> {
  const address = addressOf(url);
  const client = address.protocol === 'https:' ? https : http;
  const agent = address.protocol === 'https:' ? agents['https:'] : agents['http:'];
  const tooLarge = () =>
    new PermanentFault(
      `Mind's answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB and was not read: check MIND_API_URL`,
    );
  return new Promise<Answer>((resolve, reject) => {
    /** Why this side ended the exchange, which says more than the socket error it causes. */
    let ended: Error | undefined;
    const end = (reason: Error) => {
      ended ??= reason;
      outgoing.destroy(reason);
    };
    const outgoing = client.request(
      address,
      {
        method: 'POST',
        agent,
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (incoming) => {
        if (Number(incoming.headers['content-length'] ?? Number.NaN) > MAX_ANSWER_BYTES) {
          end(tooLarge());
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        incoming.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > MAX_ANSWER_BYTES) end(tooLarge());
          else chunks.push(chunk);
        });
        incoming.on('error', fail);
        incoming.on('end', () => {
          clearTimeout(timer);
          const retryAfter = incoming.headers['retry-after'];
          resolve({
            status: incoming.statusCode ?? 0,
            retryAfter: typeof retryAfter === 'string' ? retryAfter : null,
            text: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );
    function fail(error: Error) {
      clearTimeout(timer);
      reject(ended ?? error);
    }
    const timer = setTimeout(() => end(new Timeout()), timeoutMs);
    outgoing.on('error', fail);
    outgoing.end(body);
  });
}

function describeRequestError(error: unknown, timeoutMs: number): string {
  if (error instanceof Timeout) return `Mind did not answer within ${timeoutMs} ms`;
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ECONNRESET' || code === 'EPIPE') return 'The connection to Mind was reset';
  if (code === 'ECONNREFUSED') return 'Mind refused the connection';
  if (typeof code === 'string') return `Mind could not be reached (${code})`;
  return 'Mind could not be reached';
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
