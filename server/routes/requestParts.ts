import * as z from 'zod/mini';
import { checkSendAt } from '../../src/api/schedule';
import { isOneOf, isPlainObject } from '../../src/mind';
import { isId } from '../ids';
import { sendError } from '../errors';
import { customIssue, type Refusal } from '../validation';

/*
 * Schemas of the parts routes share (an id in the path, a page number, a list of values in the
 * query) and the refusals routes answer with when one does not pass.
 */

/**
 * A query parameter read by `read`: its value, or the sentence that says what is wrong. An
 * absent one is `undefined` (zod does not run a schema for a key the query lacks); wrap it in
 * `z._default` for a value of its own.
 */
export function queryParam<T>(read: (value: unknown) => { value: T } | string) {
  return z.optional(
    z.pipe(
      z.unknown(),
      z.transform((value: unknown, ctx) => {
        const read_ = read(value);
        if (typeof read_ !== 'string') return read_.value;
        ctx.issues.push({ code: 'custom', input: value, message: read_ });
        return z.NEVER;
      }),
    ),
  );
}

/** `?page=`: a whole number from 1 to `max`; absent or empty: `fallback`. */
export const pageParam = (name: string, fallback: number, max: number) =>
  z._default(
    queryParam((value) => {
      if (value === '') return { value: fallback };
      if (typeof value !== 'string' || !/^\d+$/.test(value))
        return `${name} must be a whole number`;
      const number = Number(value);
      if (number < 1 || number > max) return `${name} must be from 1 to ${max}`;
      return { value: number };
    }),
    fallback,
  );

/** `?outcome=failed,unknown`: the values asked for, each one of `allowed`; absent: `fallback`. */
export const listParam = <T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: T[] = [],
) =>
  z._default(
    queryParam((value) => {
      if (value === '') return { value: fallback };
      if (typeof value !== 'string') return `${name} must be given once`;
      const asked = value.split(',');
      const wrong = asked.find((item) => !isOneOf(allowed, item));
      if (wrong !== undefined)
        return `${name} "${wrong.slice(0, 20)}" is not one of ${allowed.join(', ')}`;
      return { value: asked.filter((item) => isOneOf(allowed, item)) };
    }),
    fallback,
  );

/** `?q=`: one text of at most 200 characters, or none. */
export const searchParam = (message: string) =>
  queryParam((value) => (typeof value !== 'string' || value.length > 200 ? message : { value }));

/** `?limit=`: a whole number from 1 to `max`; absent or empty: none. */
export const limitParam = (max: number) =>
  queryParam((value) => {
    if (value === '') return { value: undefined };
    const count = Number(value);
    if (!Number.isInteger(count) || count < 1 || count > max)
      return `limit must be a whole number from 1 to ${max}`;
    return { value: count };
  });

/** `:id`: one of this server's ids (`isId`); anything else is a thing that does not exist. */
export const idParams = z.object({ id: z.string().check(z.refine(isId)) });

/** A query refused: 400 `invalid-query` with the first problem's sentence. */
export const refuseQuery: Refusal = (refused, _request, reply) =>
  sendError(reply, 400, 'invalid-query', refused.message);

/** A refused `:id` is a 404 saying so; `refuseOther` answers the other parts. */
export const notFoundUnlessId =
  (what: string, refuseOther: Refusal = refuseQuery): Refusal =>
  (refused, request, reply) => {
    if (refused.part !== 'params') return refuseOther(refused, request, reply);
    const id = isPlainObject(request.params) ? String(request.params.id) : '';
    return sendError(reply, 404, 'not-found', `No ${what} with id "${id.slice(0, 60)}"`);
  };

/**
 * A send's `sendAt` (docs/server.md#scheduled-sends), as the time it names: refused with the code
 * of what is wrong (`send-at-invalid`, `send-at-past`, `send-at-too-far`).
 */
export const sendAtField = z.pipe(
  z.unknown(),
  z.transform((value: unknown, ctx) => {
    const checked = checkSendAt(value);
    if (checked.ok) return checked.at;
    ctx.issues.push(customIssue(value, [], checked.code, checked.message));
    return z.NEVER;
  }),
);
