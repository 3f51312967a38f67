/** True for an absolute `http:` or `https:` URL with a host. */
export function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.trim() !== value || value === '') return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** True for a link a recipient may follow: http(s) or mailto. */
export function isSafeLinkHref(value: unknown): value is string {
  if (isHttpUrl(value)) return true;
  if (typeof value !== 'string') return false;
  try {
    return new URL(value).protocol === 'mailto:';
  } catch {
    return false;
  }
}

/**
 * The https address a schemeless web address such as `mind.im30.net/` stands for (the guide's
 * own `view` example has one), or null when `value` is not one: a value with a scheme, a path
 * (`/…`), a user name (`a@b.c`), or no host with a dot (or `localhost`) before the first `/`, `?` or `#`. Until it is
 * fixed, such a value is never a link: a browser would read it as a path on the current site.
 */
export function withHttpsScheme(value: unknown): string | null {
  if (typeof value !== 'string' || value === '' || value.trim() !== value) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || /^[/?#.\\]/.test(value)) return null;
  const candidate = `https://${value}`;
  if (!isHttpUrl(candidate)) return null;
  const url = new URL(candidate);
  if (url.username !== '' || url.password !== '') return null;
  if (url.hostname !== 'localhost' && !/^[^.]+(\.[^.]+)+$/.test(url.hostname)) return null;
  return candidate;
}
