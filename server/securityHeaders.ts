import type { FastifyInstance } from 'fastify';
import { createHash } from 'node:crypto';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** `'sha256-…'` sources for each inline script of an HTML page, as CSP hashes them. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    ([, code]) =>
      `'sha256-${createHash('sha256')
        .update(code ?? '')
        .digest('base64')}'`,
  );
}

/**
 * The policy for every response. Scripts: this server's files and the inline scripts the build
 * wrote into index.html (by hash), nothing else, no eval. Styles may be inline (React, TipTap and
 * CodeMirror set them). Images come from anywhere on the web: a message's images are on other
 * hosts. Nothing may frame the app.
 */
export function contentSecurityPolicy(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    `script-src ${["'self'", ...scriptHashes].join(' ')}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https: http:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Security headers on every answer, and `no-store` on the API's. */
export function installSecurityHeaders(app: FastifyInstance, scriptHashes: readonly string[]) {
  const policy = contentSecurityPolicy(scriptHashes);
  // A callback hook: no promise per answer.
  app.addHook('onSend', (request, reply, payload, done) => {
    void reply.headers({
      'content-security-policy': policy,
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
      'referrer-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
    });
    if (request.protocol === 'https') {
      void reply.header('strict-transport-security', 'max-age=31536000');
    }
    if (!reply.hasHeader('cache-control') && request.url.startsWith('/api/')) {
      void reply.header('cache-control', 'no-store');
    }
    done(null, payload);
  });
}

/** Cache-Control for the app's files: hashed assets for ever, the page always revalidated. */
export function staticCacheControl(path: string): string {
  if (/[\\/]assets[\\/]/.test(path)) return 'public, max-age=31536000, immutable';
  if (path.endsWith('.html')) return 'no-cache';
  return 'public, max-age=0';
}
