/*
 * What a well-formed open_id is. Mind's ids seen so far are a prefix (`ou_` a user, `on_` a
 * union id, `oc_` a chat) and a long run of letters and digits (32 hex characters in
 * practice). The check is lenient where a real id could differ (short, long, another prefix:
 * a warning, still sent) and strict where the text cannot be an id at all (an email, a name,
 * spaces or punctuation: malformed, never sent).
 */

export type OpenIdProblem =
  /** Contains `@`: an email address. */
  | 'email'
  /** Letters outside ASCII (a name in Chinese, an accented name). */
  | 'name'
  /** Punctuation or symbols no id has; `char` is the first one. */
  | 'characters'
  /** Letters only, no known prefix and no digit: a word or a name. */
  | 'word'
  /** Longer than the server accepts. */
  | 'too-long';

export type OpenIdDoubt =
  /** Starts with ou_/on_/oc_ but is shorter than real ids (a cut-off paste?). */
  | 'short'
  /** Starts with ou_/on_/oc_ but is much longer than real ids. */
  | 'long'
  /** `OU_…`: the prefix in capitals. */
  | 'prefix-case'
  /** Id-like (letters with digits, `_`, `-`) but no known prefix. */
  | 'unknown-prefix';

export type OpenIdCheck =
  | { verdict: 'ok' }
  | { verdict: 'warning'; reason: OpenIdDoubt }
  | { verdict: 'malformed'; reason: OpenIdProblem; char?: string };

/** The prefixes of Mind's ids: user, union and chat. */
export const OPEN_ID_PREFIXES = ['ou_', 'on_', 'oc_'] as const;
/** The server refuses longer ids. */
export const MAX_OPEN_ID_LENGTH = 200;
const MIN_BODY = 8;
const MAX_BODY = 64;

const KNOWN = /^(?:ou|on|oc)_([A-Za-z0-9_-]+)$/;
const KNOWN_ANY_CASE = /^(?:ou|on|oc)_[A-Za-z0-9_-]+$/i;
const ALLOWED = /^[A-Za-z0-9_.:-]+$/;
/** A letter that is not an ASCII letter: 张, é… */
const OTHER_LETTER = /(?![A-Za-z])\p{L}/u;
const OTHER_CHARACTER = /[^A-Za-z0-9_.:-]/u;

/** Classifies one trimmed, non-empty candidate. */
export function checkOpenId(id: string): OpenIdCheck {
  if (id.length > MAX_OPEN_ID_LENGTH) return { verdict: 'malformed', reason: 'too-long' };
  if (id.includes('@')) return { verdict: 'malformed', reason: 'email' };
  if (OTHER_LETTER.test(id)) return { verdict: 'malformed', reason: 'name' };
  if (!ALLOWED.test(id)) {
    return { verdict: 'malformed', reason: 'characters', char: OTHER_CHARACTER.exec(id)?.[0] };
  }
  const known = KNOWN.exec(id);
  if (known) {
    const body = known[1] ?? '';
    if (body.length < MIN_BODY) return { verdict: 'warning', reason: 'short' };
    if (body.length > MAX_BODY) return { verdict: 'warning', reason: 'long' };
    return { verdict: 'ok' };
  }
  if (KNOWN_ANY_CASE.test(id)) return { verdict: 'warning', reason: 'prefix-case' };
  if (!/\d/.test(id)) return { verdict: 'malformed', reason: 'word' };
  return { verdict: 'warning', reason: 'unknown-prefix' };
}
