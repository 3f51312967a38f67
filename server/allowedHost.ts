import { isLoopback } from './config';

const HOST_HEADER = /^(\[[0-9a-f:.]+\]|[^[\]:/@\s]+)(?::(\d{1,5}))?$/i;

/**
 * True when `host` (a Host header, or the forwarded host behind a trusted proxy) names this
 * server: a loopback name or address on any port (the Vite dev server proxies with its own),
 * or one of `allowed` (`name` matches any port, `name:port` that port only). A page whose own
 * name has been pointed at 127.0.0.1 (DNS rebinding) sends its own name, and is refused.
 */
export function isAllowedHost(host: string | undefined, allowed: readonly string[]): boolean {
  const match = HOST_HEADER.exec((host ?? '').trim().toLowerCase());
  if (!match) return false;
  const name = (match[1] ?? '').replace(/\.$/, '');
  const port = match[2];
  if (isLoopback(name)) return true;
  return allowed.some(
    (rule) => rule === name || (port !== undefined && rule === `${name}:${port}`),
  );
}
