import { isPlainObject, issue, pointer, type MindIssue } from './issues';
import { isSafeLinkHref } from './isSafeUrl';

/*
 * Fields: per-recipient placeholders in a message (docs/personal.md).
 *
 * Syntax: `{{name}}`, spaces inside the braces allowed (`{{ name }}`). A name is 1–64
 * characters: Unicode letters, combining marks and digits, `_` and `-`, and single spaces
 * between words (`{{due date}}`, `{{部门}}`). A literal `{{` is written `\{{`; a `}}` outside a
 * placeholder is plain text; in a run of three or more `{`, the last two open the placeholder
 * (`{{{a}}}` is `{`, the field, `}`). Nothing else is special: Mind's own `$card_id`-style button values
 * are not placeholders.
 *
 * Where: the text of text and markdown messages; rich text's text nodes and link hrefs; in a
 * card, the header title, markdown blocks, rich text blocks (text and hrefs), button labels,
 * button URLs and every string in a button's `value`.
 *
 * Expansion is one pass (a value is never expanded again) and escapes the value for where it
 * lands; see `expandContent`.
 */

/** The longest field name. */
export const FIELD_NAME_MAX = 64;
const FIELD_NAME = /^[\p{L}\p{M}\p{N}_-]+(?: [\p{L}\p{M}\p{N}_-]+)*$/u;

/** True for a valid field name (see the syntax above). */
export const isFieldName = (name: string): boolean =>
  name.length <= FIELD_NAME_MAX && FIELD_NAME.test(name);

/** The placeholder for `name`, as the Fields menu inserts it. */
export const placeholderFor = (name: string): string => `{{${name}}}`;

export type FieldSegment =
  { kind: 'text'; text: string } | { kind: 'field'; name: string; offset: number; length: number };

export interface FieldProblem {
  code: 'field-unclosed' | 'field-name-invalid';
  offset: number;
  /** How many characters of the text it spans (to the end of the text when unclosed). */
  length: number;
  /** What was found there, at most 40 characters. */
  found: string;
}

export interface ParsedFields {
  /** Plain text (with `\{{` already turned into `{{`) and placeholders, in order. */
  segments: FieldSegment[];
  problems: FieldProblem[];
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Parses kept by text: a message is expanded for each of thousands of people. */
const parsed = new Map<string, ParsedFields>();
const PARSED_KEPT = 500;

/** Splits a string into plain text and placeholders, with every malformed placeholder. */
export function parseFields(text: string): ParsedFields {
  const kept = parsed.get(text);
  if (kept) return kept;
  const result = parseFieldsNow(text);
  if (parsed.size >= PARSED_KEPT) parsed.delete(parsed.keys().next().value ?? '');
  parsed.set(text, result);
  return result;
}

function parseFieldsNow(text: string): ParsedFields {
  const segments: FieldSegment[] = [];
  const problems: FieldProblem[] = [];
  let plain = '';
  let index = 0;
  const flush = () => {
    if (plain) segments.push({ kind: 'text', text: plain });
    plain = '';
  };
  while (index < text.length) {
    if (text.startsWith('\\{{', index)) {
      plain += '{{';
      index += 3;
      continue;
    }
    // In a run of three or more, the last two braces open the placeholder: `{{{a}}` is `{` + `{{a}}`.
    if (!text.startsWith('{{', index) || text[index + 2] === '{') {
      // Plain text up to the next brace or backslash, at once.
      const next = text.slice(index + 1).search(/[{\\]/);
      const end = next < 0 ? text.length : index + 1 + next;
      plain += text.slice(index, end);
      index = end;
      continue;
    }
    const close = text.indexOf('}}', index + 2);
    if (close < 0) {
      problems.push({
        code: 'field-unclosed',
        offset: index,
        length: text.length - index,
        found: clip(text.slice(index)),
      });
      plain += text.slice(index);
      break;
    }
    const raw = text.slice(index, close + 2);
    const name = text.slice(index + 2, close).trim();
    if (!isFieldName(name)) {
      problems.push({
        code: 'field-name-invalid',
        offset: index,
        length: raw.length,
        found: clip(raw),
      });
      plain += raw;
    } else {
      flush();
      segments.push({ kind: 'field', name, offset: index, length: raw.length });
    }
    index = close + 2;
  }
  flush();
  return { segments, problems };
}

/** How an editor marks a span of its text: a field, one not among those given, or a malformed one. */
export type FieldTokenKind = 'field' | 'unknown' | FieldProblem['code'];

export interface FieldToken {
  kind: FieldTokenKind;
  /** The span in the text as written (UTF-16 offsets, as a text area's selection). */
  start: number;
  end: number;
  /** The field's name (`field`, `unknown`). */
  name?: string;
}

/**
 * The spans an editor highlights in `text`, in order: each placeholder (`unknown` when
 * `available` is given and does not have it) and each malformed one, by the same rules as
 * `fieldIssues`, so that what is marked is what the checks report.
 */
export function fieldTokens(text: string, available?: readonly string[]): FieldToken[] {
  if (!text.includes('{{')) return [];
  const { segments, problems } = parseFields(text);
  const tokens: FieldToken[] = problems.map((problem) => ({
    kind: problem.code,
    start: problem.offset,
    end: problem.offset + problem.length,
  }));
  for (const segment of segments) {
    if (segment.kind !== 'field') continue;
    tokens.push({
      kind: available && !available.includes(segment.name) ? 'unknown' : 'field',
      start: segment.offset,
      end: segment.offset + segment.length,
      name: segment.name,
    });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** True when `text` has a `{{` that is not written `\{{` (a placeholder, or a broken one). */
export const mayHaveFields = (text: string): boolean => /(^|[^\\])\{\{/.test(text);

/** How a value is escaped where it lands. */
export type SiteKind = 'text' | 'markdown' | 'plain' | 'rich' | 'url' | 'value';

export interface FieldSite {
  path: string;
  kind: SiteKind;
  text: string;
}

/** Every string of a message's content where placeholders may be, with its JSON pointer. */
export function fieldSites(msgType: string, content: unknown, base = '/content'): FieldSite[] {
  const sites: FieldSite[] = [];
  visit(msgType, content, base, (site) => {
    sites.push(site);
    return site.text;
  });
  return sites;
}

/** The distinct field names a message uses, in first-seen order. */
export function usedFields(msgType: string, content: unknown): string[] {
  const names = new Set<string>();
  for (const site of fieldSites(msgType, content)) {
    if (!mayHaveFields(site.text)) continue;
    for (const segment of parseFields(site.text).segments)
      if (segment.kind === 'field') names.add(segment.name);
  }
  return [...names];
}

/**
 * Malformed placeholders (`field-unclosed`, `field-name-invalid`) and, given the `available`
 * field names, unknown ones (`field-unknown`), each located at the string that holds it.
 */
export function fieldIssues(
  msgType: string,
  content: unknown,
  base = '/content',
  available?: readonly string[],
): MindIssue[] {
  const issues: MindIssue[] = [];
  const known = available ? new Set(available) : undefined;
  for (const site of fieldSites(msgType, content, base)) {
    if (!site.text.includes('{{')) continue;
    const { segments, problems } = parseFields(site.text);
    for (const problem of problems) {
      issues.push(
        problem.code === 'field-unclosed'
          ? issue(
              'error',
              site.path,
              'field-unclosed',
              `"${problem.found}" opens a field with {{ but never closes it with }}; write \\{{ for a literal {{`,
              { offset: problem.offset, found: problem.found },
            )
          : issue(
              'error',
              site.path,
              'field-name-invalid',
              `"${problem.found}" is not a field: a name is letters, digits, _ , - and single spaces, at most ${FIELD_NAME_MAX} characters; write \\{{ for a literal {{`,
              { offset: problem.offset, found: problem.found },
            ),
      );
    }
    if (!known) continue;
    for (const segment of segments) {
      if (segment.kind === 'field' && !known.has(segment.name)) {
        issues.push(
          issue(
            'error',
            site.path,
            'field-unknown',
            `There is no field "${segment.name}"${known.size ? `; the fields are ${[...known].join(', ')}` : ': add a column with that name'}`,
            { field: segment.name, offset: segment.offset },
          ),
        );
      }
    }
  }
  return issues;
}

/** Values of one recipient, by field name. */
export type FieldValues = Readonly<Record<string, string>>;

export interface ExpandProblem {
  path: string;
  field: string;
  message: string;
}

export interface Expansion {
  content: unknown;
  /** Values that cannot go where they are used (an address that is not one). */
  problems: ExpandProblem[];
  /** Fields used with no value given (expanded as empty). */
  missing: string[];
}

/**
 * The content with every placeholder replaced by its value, escaped for where it lands:
 * - text messages: as is, except that `<at` is broken with a zero-width space, so a value never
 *   mentions someone (or everyone);
 * - markdown (messages and card blocks): Markdown's special characters backslash-escaped, line
 *   breaks as spaces, `<at` broken as in text;
 * - plain strings (card title, button label): line breaks as spaces;
 * - rich text: line breaks as `hardBreak` nodes; a text node left empty is dropped;
 * - addresses (link href, button URL): a placeholder that is the whole address takes the value
 *   as the address, which must be http(s) or mailto (else a problem); one inside an address is
 *   percent-encoded;
 * - strings in a button's `value`: as is (the wire's JSON encoding quotes them).
 * The template is not changed; content with no placeholders comes back equal (`\{{` as `{{`).
 */
export function expandContent(msgType: string, content: unknown, values: FieldValues): Expansion {
  const problems: ExpandProblem[] = [];
  const missing = new Set<string>();
  const expanded = visit(msgType, content, '/content', (site) => {
    if (!site.text.includes('{{')) return site.text;
    const { segments } = parseFields(site.text);
    const whole = segments.length === 1 && segments[0]?.kind === 'field';
    return segments
      .map((segment) => {
        if (segment.kind === 'text') return segment.text;
        const value = Object.hasOwn(values, segment.name) ? values[segment.name] : undefined;
        if (value === undefined) missing.add(segment.name);
        const raw = value ?? '';
        if (site.kind === 'url' && whole) {
          const address = raw.trim();
          if (!isSafeLinkHref(address)) {
            problems.push({
              path: site.path,
              field: segment.name,
              message: `The value of "${segment.name}" must be a whole http(s) or mailto address here, not "${clip(address)}"`,
            });
          }
          return address;
        }
        return escapeValue(site.kind, raw);
      })
      .join('');
  });
  return { content: expanded, problems, missing: [...missing] };
}

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
/** `<at`, `< at`, `</at` in any case: the start of a mention tag. */
const MENTION_START = /<(?=\s*\/?\s*at)/gi;
/** Characters Markdown (CommonMark and Mind's tags) may read as syntax. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&=:"']/g;

/** A value as markdown text: every character it may read as syntax escaped. */
export function escapeMarkdown(value: string): string {
  return breakMentions(value.replace(LINE_BREAKS, ' ').replace(MARKDOWN_SPECIAL, '\\$&'));
}

const breakMentions = (value: string) => value.replace(MENTION_START, '<\u200b');

function escapeValue(kind: SiteKind, value: string): string {
  switch (kind) {
    case 'text':
      return breakMentions(value);
    case 'markdown':
      return escapeMarkdown(value);
    case 'plain':
      return value.replace(LINE_BREAKS, ' ');
    case 'url':
      return encodeURIComponent(value);
    case 'rich':
    case 'value':
      return value;
  }
}

type Visitor = (site: FieldSite) => string;

/** Walks the sites of a message's content, returning a copy with each site's new text. */
function visit(msgType: string, content: unknown, base: string, visitor: Visitor): unknown {
  switch (msgType) {
    case 'text':
    case 'markdown':
      return stringField(content, 'text', base, msgType, visitor);
    case 'rich_text':
      return Array.isArray(content) ? richNodes(content, base, visitor) : content;
    case 'interactive':
      return visitCard(content, base, visitor);
    default:
      return content;
  }
}

function stringField(
  holder: unknown,
  key: string,
  base: string,
  kind: SiteKind,
  visitor: Visitor,
): unknown {
  if (!isPlainObject(holder) || typeof holder[key] !== 'string') return holder;
  const text = visitor({ path: pointer(base, key), kind, text: holder[key] });
  return text === holder[key] ? holder : { ...holder, [key]: text };
}

function richNodes(nodes: unknown[], base: string, visitor: Visitor): unknown[] {
  const out: unknown[] = [];
  nodes.forEach((node, index) => {
    const path = pointer(base, index);
    if (!isPlainObject(node)) {
      out.push(node);
      return;
    }
    let next: Record<string, unknown> = node;
    if (Array.isArray(node.marks)) {
      const marks = node.marks.map((mark, markIndex) =>
        isPlainObject(mark) && mark.type === 'link'
          ? replaceKey(
              mark,
              'attrs',
              stringField(
                mark.attrs,
                'href',
                pointer(path, 'marks', markIndex, 'attrs'),
                'url',
                visitor,
              ),
            )
          : mark,
      );
      if (marks.some((mark, markIndex) => mark !== (node.marks as unknown[])[markIndex]))
        next = { ...next, marks };
    }
    if (Array.isArray(node.content)) {
      const content = richNodes(node.content, pointer(path, 'content'), visitor);
      next = replaceKey(next, 'content', content, node.content);
    }
    if (node.type === 'text' && typeof node.text === 'string') {
      const text = visitor({ path: pointer(path, 'text'), kind: 'rich', text: node.text });
      if (text === node.text) {
        out.push(next);
        return;
      }
      // Line breaks in a value become hardBreak nodes; empty text nodes are not allowed.
      text.split(LINE_BREAKS).forEach((part, partIndex) => {
        if (partIndex > 0) out.push({ type: 'hardBreak' });
        if (part !== '') out.push({ ...next, text: part });
      });
      return;
    }
    out.push(next);
  });
  return out.length === nodes.length && out.every((node, index) => node === nodes[index])
    ? nodes
    : out;
}

function replaceKey(
  holder: Record<string, unknown>,
  key: string,
  value: unknown,
  before: unknown = holder[key],
): Record<string, unknown> {
  return value === before ? holder : { ...holder, [key]: value };
}

function visitCard(card: unknown, base: string, visitor: Visitor): unknown {
  if (!isPlainObject(card)) return card;
  let next: Record<string, unknown> = card;
  if (isPlainObject(card.header)) {
    const headerPath = pointer(base, 'header');
    const title = stringField(
      card.header.title,
      'content',
      pointer(headerPath, 'title'),
      'plain',
      visitor,
    );
    next = replaceKey(next, 'header', replaceKey(card.header, 'title', title));
  }
  if (Array.isArray(card.elements)) {
    const elementsPath = pointer(base, 'elements');
    const elements = card.elements.map((element, index) =>
      visitElement(element, pointer(elementsPath, index), visitor),
    );
    if (elements.some((element, index) => element !== (card.elements as unknown[])[index]))
      next = { ...next, elements };
  }
  return next;
}

function visitElement(element: unknown, path: string, visitor: Visitor): unknown {
  if (!isPlainObject(element)) return element;
  if (element.tag === 'markdown') return stringField(element, 'content', path, 'markdown', visitor);
  if (element.tag === 'rich_text' && Array.isArray(element.content)) {
    return replaceKey(
      element,
      'content',
      richNodes(element.content, pointer(path, 'content'), visitor),
    );
  }
  if (element.tag === 'action' && Array.isArray(element.action)) {
    const buttons = element.action.map((button, index) =>
      visitButton(button, pointer(path, 'action', index), visitor),
    );
    if (buttons.some((button, index) => button !== (element.action as unknown[])[index]))
      return { ...element, action: buttons };
  }
  return element;
}

function visitButton(button: unknown, path: string, visitor: Visitor): unknown {
  if (!isPlainObject(button) || button.tag !== 'button') return button;
  let next: Record<string, unknown> = button;
  next = replaceKey(
    next,
    'text',
    stringField(button.text, 'content', pointer(path, 'text'), 'plain', visitor),
  );
  next = stringField(next, 'url', path, 'url', visitor) as Record<string, unknown>;
  if (button.value !== undefined)
    next = replaceKey(next, 'value', valueStrings(button.value, pointer(path, 'value'), visitor));
  return next;
}

/** Every string inside a button's value (keys are left alone). */
function valueStrings(value: unknown, path: string, visitor: Visitor): unknown {
  if (typeof value === 'string') return visitor({ path, kind: 'value', text: value });
  if (Array.isArray(value)) {
    const items = value.map((item, index) => valueStrings(item, pointer(path, index), visitor));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (isPlainObject(value)) {
    let changed = false;
    const entries = Object.entries(value).map(([key, item]) => {
      const next = valueStrings(item, pointer(path, key), visitor);
      if (next !== item) changed = true;
      return [key, next] as const;
    });
    return changed ? Object.fromEntries(entries) : value;
  }
  return value;
}
