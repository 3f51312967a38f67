import { isPlainObject, issue, pointer, type MindIssue } from './issues';
import type { Channel } from './channels';

/** The id that mentions every member of a group: `<at user_id="all">所有人</at>`, `{id: "all"}`. */
export const MENTION_ALL_ID = 'all';
/** The name the guide gives the everyone mention. */
export const MENTION_ALL_LABEL = '所有人';

/** One well-formed `<at>` in a text or markdown message. */
export interface TextMention {
  id: string;
  name: string;
  /** Offset of its `<` in the text (UTF-16 units). */
  offset: number;
  length: number;
}

/** A place where something starts like a mention but is not exactly `<at user_id="…">Name</at>`. */
export interface MalformedMention {
  offset: number;
  /** 1-based line and column of `offset`. */
  line: number;
  column: number;
  /** What was found there, at most 40 characters. */
  found: string;
}

/** The exact shape: `<at user_id="ID">Name</at>`, the id in single or double quotes. */
const EXACT = /<at user_id=(["'])([^"'\s<>]+)\1>([^<>]+)<\/at>/y;
/** Anything that opens or closes an `at` tag, whatever its spacing or case. */
const CANDIDATE = /<\s*\/?\s*at(?=[\s>/=])/gi;

/** The well-formed mention that starts exactly at `offset`, if one does (for renderers). */
export function mentionAt(text: string, offset: number): TextMention | null {
  EXACT.lastIndex = offset;
  const exact = EXACT.exec(text);
  if (!exact) return null;
  return { id: exact[2] ?? '', name: exact[3] ?? '', offset, length: exact[0].length };
}

/** Finds the well-formed mentions in a text and every malformed one, with its position. */
export function scanMentions(text: string): {
  mentions: TextMention[];
  malformed: MalformedMention[];
} {
  const mentions: TextMention[] = [];
  const malformed: MalformedMention[] = [];
  CANDIDATE.lastIndex = 0;
  for (let found = CANDIDATE.exec(text); found; found = CANDIDATE.exec(text)) {
    EXACT.lastIndex = found.index;
    const exact = EXACT.exec(text);
    if (exact) {
      mentions.push({
        id: exact[2] ?? '',
        name: exact[3] ?? '',
        offset: found.index,
        length: exact[0].length,
      });
      CANDIDATE.lastIndex = found.index + exact[0].length;
    } else {
      malformed.push({ ...lineColumn(text, found.index), found: snippet(text, found.index) });
      // One report per broken mention: its own closing tag is not another problem.
      if (!/^<\s*\//.test(found[0])) {
        const close = text.indexOf('</at>', found.index + found[0].length);
        const nextOpen = text.slice(found.index + found[0].length).search(/<\s*at(?=[\s>/=])/i);
        const nextOpenAt = nextOpen === -1 ? Infinity : found.index + found[0].length + nextOpen;
        if (close !== -1 && close < nextOpenAt) CANDIDATE.lastIndex = close + '</at>'.length;
      }
    }
  }
  return { mentions, malformed };
}

function lineColumn(
  text: string,
  offset: number,
): { offset: number; line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { offset, line, column };
}

function snippet(text: string, offset: number): string {
  const end = text.indexOf('>', offset);
  const cut = end === -1 ? text.slice(offset) : text.slice(offset, end + 1);
  return cut.length > 40 ? `${cut.slice(0, 39)}…` : cut;
}

/**
 * Checks the `<at>` mentions of a text or markdown message located at `path` (the `text`
 * field): each must have the exact shape (an error in a group message, a warning elsewhere);
 * `all` only in a group message. `channel` unknown: the `all` rule is left to whoever knows it.
 */
export function textMentionIssues(text: string, path: string, channel?: Channel): MindIssue[] {
  const { mentions, malformed } = scanMentions(text);
  // Outside a group `<at` is not a mention (Mind shows it as it is): a doubt, not an error.
  const issues = malformed.map((item) =>
    issue(
      channel === 'group' ? 'error' : 'warning',
      path,
      'mention-malformed',
      `Malformed mention at line ${item.line}, column ${item.column} ("${item.found}"): write exactly <at user_id="OPEN_ID">Name</at>`,
      { line: item.line, column: item.column, offset: item.offset, found: item.found },
    ),
  );
  if (channel !== undefined) {
    const everyone = mentions.find((mention) => mention.id === MENTION_ALL_ID);
    if (everyone && channel !== 'group') {
      issues.push(mentionAllOutsideGroup(path, lineColumn(text, everyone.offset)));
    } else if (mentions.length && channel !== 'group') {
      issues.push(
        issue(
          'warning',
          path,
          'mention-outside-group',
          'Mentions are for group messages; elsewhere Mind may show the <at> tag as it is',
        ),
      );
    }
  }
  return issues;
}

function mentionAllOutsideGroup(path: string, where?: { line: number; column: number }): MindIssue {
  return issue(
    'error',
    path,
    'mention-all-not-group',
    `Mentioning everyone (user_id "all") works only in a group message${where ? ` (line ${where.line}, column ${where.column})` : ''}`,
    where ? { line: where.line, column: where.column } : undefined,
  );
}

/** Rich text `mention` nodes with id `all` outside a group message, located by pointer. */
export function richTextMentionIssues(nodes: unknown, base: string, channel: Channel): MindIssue[] {
  if (channel === 'group') return [];
  const issues: MindIssue[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      value.forEach((child, index) => walk(child, pointer(path, index)));
      return;
    }
    if (!isPlainObject(value)) return;
    if (isMentionAll(value)) issues.push(mentionAllOutsideGroup(pointer(path, 'attrs', 'id')));
    if (Array.isArray(value.content)) walk(value.content, pointer(path, 'content'));
  };
  walk(nodes, base);
  return issues;
}

/**
 * `<at>` in a card's markdown blocks, located at `base` (the card): the guide documents
 * mentions in text, markdown and rich_text messages, not inside a card, so each is a warning
 * with its block, line and column (Mind may show the tag as it is); a malformed one too.
 * With a `channel` other than a group, everyone (`all`, in markdown or a rich_text block's
 * `mention` node) is an error, as in any message. Everyone in a group's card still needs the
 * typed confirmation (`mentionsEveryone` sees it).
 */
export function cardMentionIssues(card: unknown, base: string, channel?: Channel): MindIssue[] {
  if (!isPlainObject(card) || !Array.isArray(card.elements)) return [];
  const issues: MindIssue[] = [];
  card.elements.forEach((element: unknown, index) => {
    if (!isPlainObject(element)) return;
    const path = pointer(base, 'elements', index, 'content');
    if (element.tag === 'rich_text' && channel !== undefined) {
      issues.push(...richTextMentionIssues(element.content, path, channel));
    }
    if (element.tag !== 'markdown' || typeof element.content !== 'string') return;
    const text = element.content;
    const { mentions, malformed } = scanMentions(text);
    for (const item of malformed) {
      issues.push(
        issue(
          'warning',
          path,
          'mention-malformed',
          `Malformed mention at line ${item.line}, column ${item.column} ("${item.found}"): write exactly <at user_id="OPEN_ID">Name</at>`,
          { line: item.line, column: item.column, offset: item.offset, found: item.found },
        ),
      );
    }
    for (const mention of mentions) {
      const where = lineColumn(text, mention.offset);
      if (mention.id === MENTION_ALL_ID && channel !== undefined && channel !== 'group') {
        issues.push(mentionAllOutsideGroup(path, where));
        continue;
      }
      issues.push(
        issue(
          'warning',
          path,
          'mention-in-card',
          `A mention in a card (line ${where.line}, column ${where.column}): the guide documents <at> in text and markdown messages, not in a card's markdown; Mind may show the tag as it is`,
          { line: where.line, column: where.column, offset: where.offset, name: mention.name },
        ),
      );
    }
  });
  return issues;
}

const isMentionAll = (node: Record<string, unknown>): boolean =>
  node.type === 'mention' && isPlainObject(node.attrs) && node.attrs.id === MENTION_ALL_ID;

/** Any `<at` whose user_id is `all`, however it is spaced or quoted: for the safety check. */
const LOOSE_ALL = /<\s*at\s+user_id\s*=\s*["']?\s*all\s*["']?[\s/>]/i;

/**
 * Whether a message's content mentions everyone anywhere: an `<at user_id="all">` in any
 * string (well formed or not), or a `mention` node with id `all` at any depth (a card's
 * rich_text too). Such a message reaches every member of the group: it needs the typed
 * confirmation.
 */
export function mentionsEveryone(content: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (value: unknown, depth: number): boolean => {
    if (typeof value === 'string') return LOOSE_ALL.test(value);
    if (depth > 200 || typeof value !== 'object' || value === null || seen.has(value)) {
      return false;
    }
    seen.add(value);
    if (Array.isArray(value)) return value.some((child) => visit(child, depth + 1));
    const record = value as Record<string, unknown>;
    if (isMentionAll(record)) return true;
    return Object.values(record).some((child) => visit(child, depth + 1));
  };
  return visit(content, 0);
}

/**
 * The `<at>` tag for a person, as the guide writes it. Quotes, `<` and `>` cannot appear in
 * it, so they are dropped from the id and the name.
 */
export function formatMention(id: string, name: string): string {
  const cleanId = id.replace(/["'\s<>]/g, '');
  const cleanName = name.replace(/[<>]/g, '').trim() || cleanId;
  return `<at user_id="${cleanId}">${cleanName}</at>`;
}
