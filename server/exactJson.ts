import type { FastifyInstance } from 'fastify';
import { mayHoldBigInteger, parseExactJson, stringifyJson } from '../src/mind';
import { ShapeError } from './errors';
import { jsonShapeProblem } from './jsonLimits';

/**
 * JSON bodies too deep or too wide are refused before any parser recurses into them
 * (`jsonShapeProblem`). JSON bodies and answers keep integers beyond 2^53 exactly (a 19-digit id in a card's button
 * value, say): bodies are read by Fastify's own parser (its limits and its refusal of
 * `__proto__`), then, when they hold a long integer, again by the model's exact parser; answers
 * are written by the model's `stringifyJson`, which is `JSON.stringify` unless a value holds one.
 */
export function installExactJson(app: FastifyInstance): void {
  const defaultParser = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, raw, done) => {
    const body = raw.toString();
    const problem = jsonShapeProblem(body);
    if (problem) {
      done(new ShapeError(problem), undefined);
      return;
    }
    defaultParser(request, body, (error, value) => {
      if (error || !mayHoldBigInteger(body)) {
        done(error, value);
        return;
      }
      done(null, parseExactJson(body));
    });
  });
  app.setReplySerializer((payload) => stringifyJson(payload));
}
