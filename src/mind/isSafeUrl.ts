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
