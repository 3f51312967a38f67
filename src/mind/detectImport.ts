import { decodeRequest, fromCandidate } from './decodeRequest';
import { describeType, isPlainObject, issue, type MindIssue } from './issues';
import { jsonErrorParams, parseJson } from './parseJson';
import { fromTiptapDoc } from './tiptapDoc';
import type { MindMessage } from './types';

/** What `detectImport` recognised in the pasted text. */
export type ImportKind =
  'request' | 'content-string' | 'card' | 'rich-text' | 'tiptap-doc' | 'text-content' | 'article';

export type ImportResult =
  | { ok: true; kind: ImportKind; message: MindMessage; issues: MindIssue[] }
  | { ok: false; kind?: ImportKind; issues: MindIssue[] };

const MARKDOWN_HINT =
  /(^|\n)\s{0,3}(#{1,6}\s|[-*+]\s|\d+\.\s|>)|\*\*|__|\[[^\]]*\]\([^)]*\)|`|<(font|small|content)\b/;

/**
 * Recognises pasted JSON: a whole request body, a `content` string, a card object, a
 * rich_text array, a TipTap document or an article (`articles`: `{ title, body, … }`), and
 * returns it as a message. Never throws.
 */
export function detectImport(text: unknown): ImportResult {
  if (typeof text !== 'string') {
    return fail(
      issue('error', '', 'not-text', `Expected text to import, got ${describeType(text)}`),
    );
  }
  if (text.trim() === '')
    return fail(issue('error', '', 'import-empty', 'There is nothing to import'));
  const parsed = parseJson(text.trim());
  if (!parsed.ok) {
    return fail(
      issue(
        'error',
        '',
        'not-json',
        `This is not valid JSON: ${parsed.error}`,
        jsonErrorParams(parsed),
      ),
    );
  }
  if (typeof parsed.value === 'string') {
    const inner = parseJson(parsed.value);
    if (!inner.ok) {
      return fail(
        issue(
          'error',
          '',
          'not-json',
          `The string does not hold JSON content: ${inner.error}`,
          jsonErrorParams(inner),
        ),
      );
    }
    const result = detectValue(inner.value);
    if (!result.ok || result.kind === 'request') return result;
    return { ...result, kind: 'content-string' };
  }
  return detectValue(parsed.value);
}

function detectValue(value: unknown): ImportResult {
  if (Array.isArray(value)) return asContent('rich-text', 'rich_text', value);
  if (!isPlainObject(value)) {
    return fail(
      issue(
        'error',
        '',
        'import-unrecognised',
        `A ${describeType(value)} is not a message, card or rich_text content`,
        {
          actual: describeType(value),
        },
      ),
    );
  }
  if (value.type === 'doc') {
    if (value.content !== undefined && !Array.isArray(value.content)) {
      return {
        ok: false,
        kind: 'tiptap-doc',
        issues: [
          issue(
            'error',
            '/content',
            'invalid-type',
            'A TipTap document’s content must be an array',
          ),
        ],
      };
    }
    return asContent('tiptap-doc', 'rich_text', fromTiptapDoc(value));
  }
  if (
    typeof value.content === 'string' ||
    'msg_type' in value ||
    'receive_id' in value ||
    'receive_ids' in value
  ) {
    const result = decodeRequest(value);
    return result.ok ? { ...result, kind: 'request' } : { ...result, kind: 'request' };
  }
  if ('elements' in value || 'header' in value || 'config' in value) {
    return asContent('card', 'interactive', value);
  }
  // send_article_message's `articles` on its own: a title beside a body.
  if ('title' in value && 'body' in value) {
    const result = fromCandidate({ msg_type: 'article', articles: value });
    return result.ok ? { ...result, kind: 'article' } : { ...result, kind: 'article' };
  }
  if (typeof value.text === 'string') {
    const looksLikeMarkdown = MARKDOWN_HINT.test(value.text);
    const result = asContent('text-content', looksLikeMarkdown ? 'markdown' : 'text', value);
    if (!result.ok) return result;
    const guess = issue(
      'warning',
      '/msg_type',
      'import-type-guessed',
      `{"text": …} fits both text and markdown; opened as ${looksLikeMarkdown ? 'markdown' : 'text'}`,
      { value: looksLikeMarkdown ? 'markdown' : 'text' },
    );
    return { ...result, issues: [guess, ...result.issues] };
  }
  return fail(
    issue(
      'error',
      '',
      'import-unrecognised',
      'This JSON is not a Mind request, card, rich_text array or TipTap document',
    ),
  );
}

function asContent(kind: ImportKind, msgType: string, content: unknown): ImportResult {
  const result = fromCandidate({ msg_type: msgType, content });
  return result.ok ? { ...result, kind } : { ...result, kind };
}

const fail = (single: MindIssue): ImportResult => ({ ok: false, issues: [single] });
