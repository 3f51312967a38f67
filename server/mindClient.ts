import type { FastifyBaseLogger } from 'fastify';
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

async function post(
  url: string,
  target: MindTarget,
  body: WireRequest,
  requestId: string,
  timeoutMs: number,
  backoffMs: number,
): Promise<{ ok: boolean; code: number | string; msg: string }> {
  let response: Response;
  let text: string;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'app-id': target.appId,
        'app-secret': target.appSecret,
        'x-request-id': requestId,
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'manual',
    });
    text = await readCapped(response);
  } catch (error) {
    if (error instanceof PermanentFault) throw error;
    throw new TransientFault(describeFetchError(error, timeoutMs));
  }
  if (response.status === 429) {
    throw new RateLimited(
      retryAfterMs(response.headers.get('retry-after'), Math.max(backoffMs, 1000)),
    );
  }
  if (response.status >= 500) {
    throw new TransientFault(`Mind answered HTTP ${response.status}`);
  }
  if (response.status >= 300 && response.status < 400) {
    throw new PermanentFault(
      `Mind answered with a redirect (HTTP ${response.status}), which is not followed: check MIND_API_URL`,
    );
  }
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    if (response.status >= 400) {
      throw new PermanentFault(
        `Mind answered HTTP ${response.status} with a body that is not JSON: check MIND_API_URL`,
      );
    }
    throw new TransientFault(`Mind answered HTTP ${response.status} with a body that is not JSON`);
  }
  const record = (typeof payload === 'object' && payload !== null ? payload : {}) as Record<
    string,
    unknown
  >;
  const code = record.code;
  const msg = typeof record.msg === 'string' ? record.msg : '';
  if (typeof code !== 'number' && typeof code !== 'string') {
    throw new PermanentFault(`Mind answered HTTP ${response.status} without a code`);
  }
  return { ok: String(code) === '200' && response.ok, code, msg };
}

/** The body as text, refused (and the connection dropped) past `MAX_ANSWER_BYTES`. */
async function readCapped(response: Response): Promise<string> {
  const tooLarge = () =>
    new PermanentFault(
      `Mind's answer is larger than ${MAX_ANSWER_BYTES / 1024 / 1024} MiB and was not read: check MIND_API_URL`,
    );
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_ANSWER_BYTES) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    // Leaving the loop cancels the stream, which drops the connection.
    if (size > MAX_ANSWER_BYTES) throw tooLarge();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function describeFetchError(error: unknown, timeoutMs: number): string {
  if (
    error instanceof DOMException &&
    (error.name === 'TimeoutError' || error.name === 'AbortError')
  ) {
    return `Mind did not answer within ${timeoutMs} ms`;
  }
  const cause =
    error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return 'The connection to Mind was reset';
  if (code === 'ECONNREFUSED') return 'Mind refused the connection';
  if (code) return `Mind could not be reached (${code})`;
  return 'Mind could not be reached';
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
