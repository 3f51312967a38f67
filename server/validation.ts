import type { FastifyInstance, FastifyReply, FastifyRequest, FastifySchemaCompiler } from 'fastify';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';
import { pointer, type MindIssue } from '../src/mind';

/*
 * Routes declare their params, query and body as zod schemas (through fastify-type-provider-zod's
 * type provider, so handlers receive them typed); this compiler runs them and turns a refusal into
 * the API's issues, each located by a JSON pointer into the part refused.
 */

/** What a refinement puts in a custom issue's `params`: the API's code and its values. */
export interface IssueParams {
  code: string;
  params?: Record<string, string | number>;
}

/** A request part its schema refused. */
export class RequestRefused extends Error {
  readonly statusCode = 400;
  readonly code = 'FST_ERR_VALIDATION';
  constructor(
    readonly issues: MindIssue[],
    readonly part: string | undefined,
  ) {
    super(issues[0]?.message ?? 'The request is not valid');
  }
}

/** How a route answers a request its schemas refused. */
export type Refusal = (
  refused: RequestRefused,
  request: FastifyRequest,
  reply: FastifyReply,
) => FastifyReply;

declare module 'fastify' {
  interface FastifyContextConfig {
    /** How this route answers a refused request (default: 400 `invalid-request` with the issues). */
    refuse?: Refusal;
  }
}

const isIssueParams = (value: unknown): value is IssueParams =>
  typeof value === 'object' && value !== null && typeof (value as IssueParams).code === 'string';

/** zod's issues as the API's: a JSON pointer each, the code a refinement gave or `fallbackCode`. */
export function toMindIssues(issues: readonly $ZodIssue[], fallbackCode: string): MindIssue[] {
  return issues.map((item) => {
    const path = pointer('', ...item.path.map((key) => String(key)));
    const given = item.code === 'custom' && isIssueParams(item.params) ? item.params : undefined;
    const code = given?.code ?? fallbackCode;
    return given?.params
      ? { path, severity: 'error', code, message: item.message, params: given.params }
      : { path, severity: 'error', code, message: item.message };
  });
}

/** A custom zod issue with the API's code (and values), for `ctx.issues.push` in a refinement. */
export const customIssue = (
  input: unknown,
  path: PropertyKey[],
  code: string,
  message: string,
  params?: Record<string, string | number>,
) => ({
  code: 'custom' as const,
  input,
  path,
  message,
  params: params ? { code, params } : { code },
});

const fallbackCodes = new WeakMap<$ZodType, string>();

/** `schema`, whose issues without a code of their own get `code` (default `invalid-field`). */
export function withIssueCode<T extends $ZodType>(schema: T, code: string): T {
  fallbackCodes.set(schema, code);
  return schema;
}

const compile: FastifySchemaCompiler<$ZodType> = ({ schema, httpPart }) => {
  const fallbackCode = fallbackCodes.get(schema) ?? 'invalid-field';
  return (data) => {
    const result = safeParse(schema, data);
    if (result.success) return { value: result.data };
    return { error: new RequestRefused(toMindIssues(result.error.issues, fallbackCode), httpPart) };
  };
};

/** Routes' zod schemas validate their requests; replies are serialized as before (exact JSON). */
export function installZodValidation(app: FastifyInstance): void {
  app.setValidatorCompiler(compile);
}
