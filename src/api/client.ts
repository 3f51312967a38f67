import type * as z from 'zod/mini';
import { parseExactJson, stringifyJson } from '../mind';
import { apiErrorSchema, type ApiError } from './schemas';

/** A failed call to our server, carrying its stable code and, for bad input, the issues. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: NonNullable<ApiError['error']['issues']>;

  constructor(
    status: number,
    code: string,
    message: string,
    issues: ApiRequestError['issues'] = [],
  ) {
    super(message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls our server and parses the JSON answer with `schema`; throws `ApiRequestError`. */
export async function requestJson<T extends z.ZodMiniType>(
  path: string,
  schema: T,
  { method = 'GET', body, signal }: RequestOptions = {},
): Promise<z.infer<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      signal,
      credentials: 'same-origin',
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : stringifyJson(body),
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiRequestError(0, 'network', 'The server could not be reached');
  }
  // Exact JSON: a message's integers beyond 2^53 arrive digit for digit.
  const payload: unknown = await response
    .text()
    .then(parseExactJson, () => undefined)
    .catch(() => undefined);
  if (!response.ok) {
    if (response.status === 401) goToLogin();
    const parsed = apiErrorSchema.safeParse(payload);
    if (parsed.success) {
      const { code, message, issues } = parsed.data.error;
      throw new ApiRequestError(response.status, code, message, issues);
    }
    throw new ApiRequestError(response.status, 'http', `The server answered ${response.status}`);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiRequestError(
      response.status,
      'bad-response',
      'The server’s answer was not understood',
    );
  }
  return parsed.data;
}

/** The session has expired or was never opened: the server's login page brings the user back. */
function goToLogin(): void {
  if (typeof window === 'undefined' || window.location.pathname === '/login') return;
  const next = `${window.location.pathname}${window.location.search}`;
  window.location.assign(`/login?next=${encodeURIComponent(next)}`);
}
