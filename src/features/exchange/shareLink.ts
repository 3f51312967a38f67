import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import {
  MSG_TYPES,
  isOneOf,
  isPlainObject,
  isStructuralIssue,
  issue,
  parseJson,
  validateContent,
  type MindIssue,
  type MsgType,
  stringifyJson,
} from '../../mind';
import { editorPath } from '../../work/editors';
import type { WorkMessage } from '../../work/workMessage';

/** The hash parameter a share link carries the message in (never sent to the server). */
export const SHARE_PARAM = 'share';
/** Longest share link offered: past this, chat apps and browsers cut links; a file is offered instead. */
export const MAX_SHARE_URL = 8 * 1024;

export type ShareLinkResult =
  { ok: true; url: string; length: number } | { ok: false; length: number; limit: number };

/**
 * A link that opens the message in its editor: `<origin><editor>#share=<lz-string>`. The
 * message is in the hash, so it stays in the browser.
 */
export function buildShareLink(message: WorkMessage, origin: string): ShareLinkResult {
  const payload = compressToEncodedURIComponent(
    stringifyJson({ msg_type: message.msg_type, content: message.content }),
  );
  const url = `${origin}${shareTarget(message.msg_type)}#${SHARE_PARAM}=${payload}`;
  return url.length <= MAX_SHARE_URL
    ? { ok: true, url, length: url.length }
    : { ok: false, length: url.length, limit: MAX_SHARE_URL };
}

/** Cards open straight in the designer; other types through the templates page, which forwards. */
export const shareTarget = (msgType: MsgType): string =>
  msgType === 'interactive' ? editorPath(msgType) : '/templates';

export type ShareReadResult =
  { ok: true; message: WorkMessage } | { ok: false; issues: MindIssue[] };

const damaged = (detail: string): ShareReadResult => ({
  ok: false,
  issues: [
    issue('error', '', 'share-damaged', `This link does not hold a message: ${detail}`, { detail }),
  ],
});

/** The message a location hash carries; null when the hash is not a share link. */
export function readShareHash(hash: string): ShareReadResult | null {
  // Read by hand: URLSearchParams would turn lz-string's "+" into a space.
  const match = new RegExp(`(?:^#?|&)${SHARE_PARAM}=([^&]*)`).exec(hash);
  if (!match) return null;
  const raw = match[1] ?? '';
  let text: string | null = null;
  try {
    text = decompressFromEncodedURIComponent(raw);
  } catch {
    text = null;
  }
  if (!text) return damaged('it was cut short or changed');
  const parsed = parseJson(text);
  if (!parsed.ok) return damaged(parsed.error);
  const value = parsed.value;
  if (!isPlainObject(value) || !isOneOf(MSG_TYPES, value.msg_type)) {
    return damaged('the message type is missing');
  }
  // The content of any type, an article's too (which a request carries in `articles`).
  const problems = validateContent(value.msg_type, value.content, '/content').filter(
    isStructuralIssue,
  );
  if (problems.length) return { ok: false, issues: problems };
  return { ok: true, message: { msg_type: value.msg_type, content: value.content } };
}
