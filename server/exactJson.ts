import type { FastifyInstance } from 'fastify';
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
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const body = raw.toString();
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
  });
  app.setReplySerializer((payload) => stringifyJson(payload));
}
