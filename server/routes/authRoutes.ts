import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import * as z from 'zod/mini';
import { isPlainObject } from '../../src/mind';
import { sendError } from '../errors';
import { SESSION_COOKIE, sameSecret } from '../security';
import type { Db } from '../store/db';
import { SESSION_TTL_MS, closeSession, openSession } from '../store/sessionStore';

const HERE = 'http://this.server.invalid';

/**
 * Where a login may send the browser: a path of this site, as a browser would resolve it.
 * Anything with a tab, newline, backslash or other control, or that resolves to another origin
 * (`//evil`, `/\\evil`, `/%09/evil`, `https://evil`), or to a path starting `//`, becomes `/`.
 */
export function safeNext(next: unknown): string {
  // eslint-disable-next-line no-control-regex
  if (typeof next !== 'string' || !next.startsWith('/') || /[\u0000-\u0020\u007f\\]/.test(next))
    return '/';
  let decoded = next;
  try {
    decoded = decodeURIComponent(next);
  } catch {
    return '/';
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || decoded.startsWith('//')) return '/';
  let url: URL;
  try {
    url = new URL(next, HERE);
  } catch {
    return '/';
  }
  if (url.origin !== HERE || url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}${url.hash}`;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

const TEXT = {
  zh: {
    lang: 'zh-CN',
    title: '登录',
    lead: '此服务器需要访问令牌。',
    label: '访问令牌',
    wrong: '令牌不正确，请重试。',
    submit: '登录',
  },
  en: {
    lang: 'en',
    title: 'Sign in',
    lead: 'This server needs its access token.',
    label: 'Access token',
    wrong: 'That token is not right. Try again.',
    submit: 'Sign in',
  },
} as const;
type Language = keyof typeof TEXT;

/** Chinese when the browser prefers it (as the app does), `?lang=en|zh` forcing one. */
export function pickLanguage(query: unknown, acceptLanguage: string | undefined): Language {
  if (query === 'en' || query === 'zh') return query;
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('zh') ? 'zh' : 'en';
}

/** The one page the server renders itself: the access-token form. */
function loginPage(language: Language, next: string, failed: boolean): string {
  const text = TEXT[language];
  return `<!doctype html>
<html lang="${text.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${text.title} · Mind Card Studio</title>
<style>
body{font:15px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;background:#f5f6f7;color:#1f2329;display:grid;place-items:center;min-height:100vh;margin:0}
@media (prefers-color-scheme:dark){body{background:#17181a;color:#f5f6f7}form{background:#1f2329!important;border-color:#373c43!important}input{background:#17181a;color:#f5f6f7;border-color:#373c43!important}}
form{background:#fff;border:1px solid #dee0e3;border-radius:10px;padding:28px 32px;width:min(360px,90vw);box-shadow:0 4px 16px rgba(31,35,41,.08)}
h1{font-size:18px;margin:0 0 4px}p{margin:0 0 16px;color:#646a73;font-size:13px}
label{display:block;font-weight:600;margin-bottom:6px}input{box-sizing:border-box;width:100%;padding:8px 10px;border:1px solid #dee0e3;border-radius:6px;font:inherit}
input:focus-visible,button:focus-visible{outline:2px solid #3370ff;outline-offset:2px}
button{margin-top:16px;width:100%;padding:9px;border:0;border-radius:6px;background:#3370ff;color:#fff;font:inherit;font-weight:600;cursor:pointer}
.error{color:#d83931;margin:12px 0 0}
</style></head><body>
<form method="post" action="/api/login">
<h1>Mind Card Studio</h1>
<p>${text.lead}</p>
<label for="token">${text.label}</label>
<input id="token" name="token" type="password" autocomplete="current-password" required autofocus>
<input type="hidden" name="next" value="${escapeHtml(next)}">
<input type="hidden" name="lang" value="${language}">
${failed ? `<p class="error" role="alert">${text.wrong}</p>` : ''}
<button type="submit">${text.submit}</button>
</form></body></html>`;
}

/** Anything at all: read as the login's values are, and never refused. */
const anything = z.optional(z.unknown());

/** `/login?next=&lang=`; the login form's (or JSON's) fields. Unusable values read as none. */
const loginQuery = z.object({ next: anything, lang: anything });
const loginBody = z.pipe(
  z.transform((body: unknown) => (isPlainObject(body) ? body : {})),
  z.looseObject({ token: anything, next: anything, lang: anything }),
);

/** The access-token form, sign-in (a session cookie) and sign-out. */
export const authRoutes: FastifyPluginAsyncZod<{ accessToken: string | null; db: Db }> = async (
  app,
  { accessToken, db },
) => {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string', bodyLimit: 8192 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
  );

  app.get('/login', { schema: { querystring: loginQuery } }, async (request, reply) => {
    const { next, lang } = request.query;
    if (!accessToken) return reply.redirect(safeNext(next), 303);
    const language = pickLanguage(lang, request.headers['accept-language']);
    return reply
      .type('text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(loginPage(language, safeNext(next), false));
  });

  app.post(
    '/api/login',
    {
      schema: { body: loginBody },
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const isForm = (request.headers['content-type'] ?? '').startsWith(
        'application/x-www-form-urlencoded',
      );
      const body = request.body;
      const next = safeNext(body.next);
      if (!accessToken) return isForm ? reply.redirect(next, 303) : reply.code(204).send();
      if (typeof body.token !== 'string' || !sameSecret(body.token, accessToken)) {
        if (isForm) {
          const language = pickLanguage(body.lang, request.headers['accept-language']);
          return reply
            .type('text/html; charset=utf-8')
            .code(401)
            .send(loginPage(language, next, true));
        }
        return sendError(reply, 401, 'wrong-token', 'That access token is not right');
      }
      reply.setCookie(SESSION_COOKIE, await openSession(db, accessToken), {
        httpOnly: true,
        sameSite: 'strict',
        secure: request.protocol === 'https',
        path: '/',
        maxAge: SESSION_TTL_MS / 1000,
      });
      return isForm ? reply.redirect(next, 303) : reply.code(204).send();
    },
  );

  app.post('/api/logout', async (request, reply) => {
    const session = request.cookies[SESSION_COOKIE];
    if (session !== undefined) await closeSession(db, session);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send();
  });
};
