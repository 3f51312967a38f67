import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './errors';

export const SESSION_COOKIE = 'mcs_session';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** API paths open without the token: what the app needs to know it must log in, and to do so. */
const OPEN_API_PATHS = new Set(['/api/status', '/api/login', '/api/logout']);

/** The cookie value for a token: derived, so the cookie never holds the token itself. */
export const sessionValue = (token: string) =>
  createHmac('sha256', token).update('mind-card-studio session v1').digest('base64url');

function sameSecret(given: string, expected: string): boolean {
  const left = Buffer.from(given);
  const right = Buffer.from(expected);
  return left.length === right.length && timingSafeEqual(left, right);
}

export function isAuthenticated(request: FastifyRequest, token: string): boolean {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ') && sameSecret(header.slice(7).trim(), token)) return true;
  const cookie = request.cookies[SESSION_COOKIE];
  return cookie !== undefined && sameSecret(cookie, sessionValue(token));
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

const pathOf = (request: FastifyRequest) => request.url.split('?')[0] ?? '';

/** Registers the origin check, and with an access token the API's authentication. */
export function installSecurity(app: FastifyInstance, accessToken: string | null): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    const path = pathOf(request);
    const isApi = path === '/api' || path.startsWith('/api/');
    if (isApi && STATE_CHANGING.has(request.method) && isCrossOrigin(request)) {
      return sendError(
        reply,
        403,
        'cross-origin',
        'Requests from another site may not change anything here',
      );
    }
    if (!accessToken || isAuthenticated(request, accessToken)) return;
    if (isApi && !OPEN_API_PATHS.has(path)) {
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
  if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) return false;
  return (request.headers.accept ?? '').includes('text/html');
}
