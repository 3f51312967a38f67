import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isAllowedHost } from './allowedHost';
import { sendError } from './errors';
import { isApiPath, isFilePath, normalisePath } from './requestPath';
import type { Db } from './store/db';
import { isOpenSession } from './store/sessionStore';

export const SESSION_COOKIE = 'mcs_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** API routes open without the token: what the app needs to know it must log in, and to do so. */
const OPEN_API_ROUTES = new Set(['/api/status', '/api/login', '/api/logout']);

/** Equal secrets, compared in constant time whatever their lengths. */
export function sameSecret(given: string, expected: string): boolean {
  const hash = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(hash(given), hash(expected));
}

async function isAuthenticated(request: FastifyRequest, token: string, db: Db): Promise<boolean> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ') && sameSecret(header.slice(7).trim(), token)) return true;
  const session = request.cookies[SESSION_COOKIE];
  return session !== undefined && (await isOpenSession(db, session, token));
}

/**
 * A state-changing request is refused when the browser says it comes from another site:
 * its Origin's host differs from the Host it was sent to (X-Forwarded-Host behind a trusted
 * proxy), or Sec-Fetch-Site is cross-site.
 */
export function isCrossOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (origin === 'null') return true;
    try {
      return new URL(origin).host !== request.host;
    } catch {
      return true;
    }
  }
  const site = request.headers['sec-fetch-site'];
  return site === 'cross-site' || site === 'same-site';
}

/** How a request is judged: its normalised path, and whether it is an API call. */
export function classify(request: FastifyRequest): { path: string; isApi: boolean } | null {
  const path = normalisePath(request.url);
  return path === null ? null : { path, isApi: isApiPath(request.routeOptions.url, path) };
}

export interface DoorOptions {
  accessToken: string | null;
  allowedHosts: readonly string[];
  db: Db;
  /** The API's rate limit for this request: counts it, and says whether it is over. */
  limit: (request: FastifyRequest) => Promise<{ over: false } | { over: true; retryAfter: number }>;
}

/**
 * The one door every request passes, in this order: the Host is one this server answers on;
 * the path is sane; an API call (judged on the normalised path and the route it matched, so no
 * spelling of a path escapes) is counted by the rate limit, refused from another origin when
 * it changes something, and needs the token or a session when one is set.
 */
export function installDoor(app: FastifyInstance, options: DoorOptions): void {
  const { accessToken, allowedHosts, db, limit } = options;
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!isAllowedHost(request.host, allowedHosts)) {
      return sendError(
        reply,
        421,
        'unknown-host',
        `This server does not answer to the name "${String(request.host).slice(0, 100)}"; ` +
          'add it to ALLOWED_HOSTS (or PUBLIC_URL) if it is meant to',
      );
    }
    const judged = classify(request);
    if (!judged) {
      return sendError(
        reply,
        400,
        'bad-url',
        'The address is not valid: broken percent-encoding or a control character in its path',
      );
    }
    const { path, isApi } = judged;
    if (isApi) {
      const counted = await limit(request);
      if (counted.over) {
        void reply.header('retry-after', counted.retryAfter);
        return sendError(
          reply,
          429,
          'rate-limited',
          `Too many requests; try again in ${counted.retryAfter} s`,
        );
      }
      if (STATE_CHANGING.has(request.method) && isCrossOrigin(request)) {
        return sendError(
          reply,
          403,
          'cross-origin',
          'Requests from another site may not change anything here',
        );
      }
    }
    if (!accessToken || (await isAuthenticated(request, accessToken, db))) return;
    if (isApi && !OPEN_API_ROUTES.has(request.routeOptions.url ?? '')) {
      return sendError(
        reply,
        401,
        'unauthorized',
        'This server needs its access token: log in at /login or send Authorization: Bearer <token>',
      );
    }
    if (!isApi && request.method === 'GET' && wantsPage(request, path)) {
      return reply.redirect(`/login?next=${encodeURIComponent(request.url)}`, 303);
    }
  });
}

/** A page navigation (not an asset, not the login page itself). */
function wantsPage(request: FastifyRequest, path: string): boolean {
  if (path === '/login' || path.startsWith('/assets/') || path.startsWith('/sandbox/'))
    return false;
  if (isFilePath(path) && !path.endsWith('.html')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}
