import { errorCodes, type FastifyInstance, type FastifyRequest } from 'fastify';
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { parseExactJson, stringifyJson } from '../src/mind';
import { ShapeError } from './errors';
import { scanJson, scanJsonInTurns } from './jsonLimits';

/** From this size a body's scan leaves the event loop free between parts. */
const LARGE_BODY_CHARS = 256 * 1024;

/**
 * JSON bodies too deep or too wide are refused before any parser recurses into them
 * (`scanJson`). JSON bodies and answers keep integers beyond 2^53 exactly (a 19-digit id in a card's button
 * value, say): bodies are read by Fastify's own parser (its limits and its refusal of
 * `__proto__`), then, when they hold a long integer, again by the model's exact parser; answers
 * are written by the model's `stringifyJson`, which is `JSON.stringify` unless a value holds one.
 */
export function installExactJson(app: FastifyInstance): void {
  const defaultParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', (request, payload, done) => {
    readBody(request, payload, request.routeOptions.bodyLimit, (error, body) => {
      if (error || body === undefined) done(error ?? null, undefined);
      else parseBody(request, body, done);
    });
  });
  type Done = (error: Error | null, body?: unknown) => void;
  const parseBody = (request: FastifyRequest, body: string, done: Done) => {
    const parse = ({ problem, longInteger }: ReturnType<typeof scanJson>) => {
      if (problem) {
        done(new ShapeError(problem), undefined);
        return;
      }
      defaultParser(request, body, (error, value) => {
        if (error || !longInteger) {
          done(error, value);
          return;
        }
        done(null, parseExactJson(body));
      });
    };
    // A large body (a list of 100,000 recipients) is scanned in turns, then parsed in one.
    if (body.length <= LARGE_BODY_CHARS) parse(scanJson(body));
    else
      scanJsonInTurns(body)
        .then(parse)
        .catch((error: unknown) => done(error as Error, undefined));
  };
  app.setReplySerializer((payload) => stringifyJson(payload));
}

/**
 * A request's body as text, decoded chunk by chunk as it arrives, with Fastify's own checks (its
 * body limit, the declared length) and errors. Fastify's `parseAs: 'string'` joins the chunks
 * and decodes them at the end, in one go: for a body of 100,000 recipients (3.8 MB) that held the
 * event loop for ~30 ms, the longest wait of an accept (`npm run bench -- bigsend`).
 */
function readBody(
  request: FastifyRequest,
  payload: Readable & { receivedEncodedLength?: number },
  limit: number,
  done: (error: Error | null, body?: string) => void,
): void {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) {
    done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
    return;
  }
  const decoder = new StringDecoder('utf8');
  const parts: string[] = [];
  let received = 0;
  const stop = () => {
    payload.removeListener('data', onData);
    payload.removeListener('end', onEnd);
    payload.removeListener('error', onEnd);
  };
  function onData(chunk: Buffer | string) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    received += bytes.length;
    if (received > limit || (payload.receivedEncodedLength ?? 0) > limit) {
      stop();
      done(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
      return;
    }
    parts.push(decoder.write(bytes));
  }
  function onEnd(error?: Error & { statusCode?: number }) {
    stop();
    if (error) {
      if (!(typeof error.statusCode === 'number' && error.statusCode >= 400)) {
        error.statusCode = 400;
      }
      done(error);
      return;
    }
    if (!Number.isNaN(declared) && (payload.receivedEncodedLength || received) !== declared) {
      done(new errorCodes.FST_ERR_CTP_INVALID_CONTENT_LENGTH());
      return;
    }
    parts.push(decoder.end());
    done(null, parts.join(''));
  }
  payload.on('data', onData);
  payload.on('end', onEnd);
  payload.on('error', onEnd);
  payload.resume();
}
