import { stringifyJson } from './exactJson';
import { isPlainObject } from './issues';
import type { RichTextDoc, RichTextMark, RichTextNode } from './types';

/*
 * Mind's rich_text array <-> the TipTap document the editor holds.
 *
 * `toTiptapDoc` hands the editor only what its schema can hold exactly; anything else (an
 * unknown node or mark, a known one with fields the editor cannot represent, a node in a
 * place the schema does not allow) travels inside a "kept" node or mark that carries the
 * original JSON untouched. `fromTiptapDoc` unwraps those and writes Mind's attributes in
 * the spec's shape, so `fromTiptapDoc(toTiptapDoc(x))` deep-equals `x` for any array `x`.
 */

/** A locked block holding a rich_text node the editor cannot edit: `attrs.json` is the node. */
export const KEPT_BLOCK = 'mindKeptBlock';
/** A locked inline atom holding an inline node the editor cannot edit. */
export const KEPT_INLINE = 'mindKeptInline';
/** A mark holding a rich_text mark the editor does not offer (italic, strike…). */
export const KEPT_MARK = 'mindKeptMark';
/** Paragraph attribute marking an empty last paragraph that was in the loaded content. */
export const KEEP_EMPTY_ATTR = 'keepEmpty';

export interface TiptapMark {
  type: string;
  attrs?: Record<string, unknown>;
  [key: string]: unknown;
}

export interface TiptapNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TiptapNode[];
  marks?: TiptapMark[];
  text?: string;
  [key: string]: unknown;
}

export interface TiptapDoc extends TiptapNode {
  type: 'doc';
  content: TiptapNode[];
}

const LINK_ATTRS = { target: '_blank', class: 'me-link' } as const;

/** The editor document for a rich_text array. Never throws; nothing is dropped. */
export function toTiptapDoc(richText: RichTextDoc): TiptapDoc {
  const content = richText.map(toBlock);
  const last = content.at(-1);
  if (last?.type === 'paragraph' && last.content === undefined) {
    content[content.length - 1] = { type: 'paragraph', attrs: { [KEEP_EMPTY_ATTR]: true } };
  }
  return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}

const kept = (type: string, json: unknown): TiptapNode => ({ type, attrs: { json } });

const hasOnlyKeys = (value: Record<string, unknown>, keys: readonly string[]): boolean =>
  Object.keys(value).every((key) => keys.includes(key));

const isNonEmptyArray = (value: unknown): value is unknown[] =>
  Array.isArray(value) && value.length > 0;

function toBlock(node: unknown): TiptapNode {
  return convertBlock(node) ?? kept(KEPT_BLOCK, node);
}

function toInline(node: unknown): TiptapNode {
  return convertInline(node) ?? kept(KEPT_INLINE, node);
}

function convertBlock(node: unknown): TiptapNode | null {
  if (!isPlainObject(node)) return null;
  switch (node.type) {
    case 'paragraph':
      return hasOnlyKeys(node, ['type', 'content'])
        ? textblock('paragraph', undefined, node.content)
        : null;
    case 'heading': {
      const attrs = node.attrs;
      if (!hasOnlyKeys(node, ['type', 'attrs', 'content']) || !isPlainObject(attrs)) return null;
      const { level, id } = attrs;
      const fits =
        hasOnlyKeys(attrs, ['level', 'id']) &&
        typeof level === 'number' &&
        Number.isInteger(level) &&
        level >= 1 &&
        level <= 6 &&
        (id === undefined || typeof id === 'string');
      return fits ? textblock('heading', { level, id: id ?? null }, node.content) : null;
    }
    case 'bulletList':
      return hasOnlyKeys(node, ['type', 'content']) ? list('bulletList', undefined, node) : null;
    case 'orderedList': {
      const attrs = node.attrs;
      if (!hasOnlyKeys(node, ['type', 'attrs', 'content'])) return null;
      if (attrs === undefined) return list('orderedList', { start: null }, node);
      const fits =
        isPlainObject(attrs) && hasOnlyKeys(attrs, ['start']) && Number.isInteger(attrs.start);
      return fits ? list('orderedList', { start: attrs.start }, node) : null;
    }
    case 'image': {
      const attrs = node.attrs;
      if (!hasOnlyKeys(node, ['type', 'attrs']) || !isPlainObject(attrs)) return null;
      const fits =
        Object.keys(attrs).length === 3 &&
        typeof attrs.src === 'string' &&
        isNullableString(attrs.alt) &&
        isNullableString(attrs.title);
      return fits
        ? { type: 'image', attrs: { src: attrs.src, alt: attrs.alt, title: attrs.title } }
        : null;
    }
    default:
      return null;
  }
}

const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string';

function textblock(
  type: string,
  attrs: Record<string, unknown> | undefined,
  content: unknown,
): TiptapNode | null {
  const node: TiptapNode = attrs ? { type, attrs } : { type };
  if (content === undefined) return node;
  if (!isNonEmptyArray(content)) return null;
  return { ...node, content: content.map(toInline) };
}

function list(
  type: string,
  attrs: Record<string, unknown> | undefined,
  node: Record<string, unknown>,
): TiptapNode | null {
  if (!isNonEmptyArray(node.content)) return null;
  const items: TiptapNode[] = [];
  for (const child of node.content) {
    const item = convertListItem(child);
    if (!item) return null;
    items.push(item);
  }
  return attrs ? { type, attrs, content: items } : { type, content: items };
}

function convertListItem(node: unknown): TiptapNode | null {
  if (!isPlainObject(node) || node.type !== 'listItem' || !hasOnlyKeys(node, ['type', 'content']))
    return null;
  if (!isNonEmptyArray(node.content)) return null;
  const content = node.content.map(toBlock);
  // The editor's list item must open with an editable paragraph.
  return content[0]?.type === 'paragraph' ? { type: 'listItem', content } : null;
}

function convertInline(node: unknown): TiptapNode | null {
  if (!isPlainObject(node)) return null;
  switch (node.type) {
    case 'text': {
      if (!hasOnlyKeys(node, ['type', 'marks', 'text'])) return null;
      if (typeof node.text !== 'string' || node.text === '') return null;
      if (node.marks === undefined) return { type: 'text', text: node.text };
      const marks = convertMarks(node.marks);
      return marks ? { type: 'text', marks, text: node.text } : null;
    }
    case 'mention': {
      const attrs = node.attrs;
      if (!hasOnlyKeys(node, ['type', 'attrs']) || !isPlainObject(attrs)) return null;
      const fits =
        hasOnlyKeys(attrs, ['id', 'label']) &&
        typeof attrs.id === 'string' &&
        (attrs.label === undefined || typeof attrs.label === 'string');
      return fits ? { type: 'mention', attrs: { id: attrs.id, label: attrs.label ?? null } } : null;
    }
    case 'emoji': {
      const attrs = node.attrs;
      if (!hasOnlyKeys(node, ['type', 'attrs']) || !isPlainObject(attrs)) return null;
      const fits =
        Object.keys(attrs).length === 2 &&
        typeof attrs.alt === 'string' &&
        typeof attrs.src === 'string';
      return fits ? { type: 'emoji', attrs: { alt: attrs.alt, src: attrs.src } } : null;
    }
    default:
      return null;
  }
}

/** The editor's marks for a text node, or null when the set cannot live on one text node. */
function convertMarks(marks: unknown): TiptapMark[] | null {
  if (!isNonEmptyArray(marks)) return null;
  const result = marks.map(convertMark);
  const seen = new Set<string>();
  for (const mark of result) {
    // ProseMirror allows one bold, one link, and no two identical marks on a text node.
    const key = mark.type === KEPT_MARK ? stableJson(mark.attrs?.json) : mark.type;
    if (seen.has(key)) return null;
    seen.add(key);
  }
  return result;
}

/** JSON with object keys sorted, so two marks ProseMirror deems equal get the same key. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (!isPlainObject(value)) return stringifyJson(value) ?? 'undefined';
  const entries = Object.keys(value)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`);
  return `{${entries.join(',')}}`;
}

function convertMark(mark: unknown): TiptapMark {
  if (isPlainObject(mark)) {
    if (mark.type === 'bold' && hasOnlyKeys(mark, ['type'])) return { type: 'bold' };
    const attrs = mark.attrs;
    if (
      mark.type === 'link' &&
      hasOnlyKeys(mark, ['type', 'attrs']) &&
      isPlainObject(attrs) &&
      Object.keys(attrs).length === 3 &&
      typeof attrs.href === 'string' &&
      attrs.target === LINK_ATTRS.target &&
      attrs.class === LINK_ATTRS.class
    ) {
      return { type: 'link', attrs: { href: attrs.href, ...LINK_ATTRS } };
    }
  }
  return { type: KEPT_MARK, attrs: { json: mark } };
}

/**
 * Mind's rich_text array for a TipTap document, from this editor or any TipTap editor:
 * kept parts are unwrapped, attributes take the spec's shape (a link is exactly `href`,
 * `target: "_blank"`, `class: "me-link"`; editor-only attributes such as `rel`, `title`,
 * `mentionSuggestionChar` and null defaults are removed), trailing empty paragraphs go.
 */
export function fromTiptapDoc(doc: TiptapNode): RichTextDoc {
  const content: unknown[] = Array.isArray(doc.content) ? [...doc.content] : [];
  while (isDroppableTrailer(content.at(-1))) content.pop();
  return content.map(fromNode);
}

function isDroppableTrailer(node: unknown): boolean {
  if (!isPlainObject(node) || node.type !== 'paragraph') return false;
  if (Array.isArray(node.content) ? node.content.length > 0 : node.content !== undefined)
    return false;
  return !(isPlainObject(node.attrs) && node.attrs[KEEP_EMPTY_ATTR] === true);
}

function fromNode(node: unknown): RichTextNode {
  if (!isPlainObject(node)) return node as RichTextNode;
  if (node.type === KEPT_BLOCK || node.type === KEPT_INLINE) {
    return (isPlainObject(node.attrs) ? node.attrs.json : null) as RichTextNode;
  }
  const { type, attrs, content, marks, text, ...rest } = node;
  const result: RichTextNode = { type: type as string };
  const mindAttrs = fromAttrs(result.type, attrs);
  if (mindAttrs !== undefined) result.attrs = mindAttrs as Record<string, unknown>;
  if (Array.isArray(content)) result.content = content.map(fromNode);
  else if (content !== undefined) result.content = content as RichTextNode[];
  if (Array.isArray(marks)) {
    if (marks.length > 0) result.marks = marks.map(fromMark);
  } else if (marks !== undefined) result.marks = marks as RichTextMark[];
  if (text !== undefined) result.text = text as string;
  return Object.assign(result, rest);
}

/** Attributes Mind does not define, without the editor's null defaults and markers. */
const otherAttrs = (attrs: Record<string, unknown>, known: readonly string[]) =>
  Object.fromEntries(
    Object.entries(attrs).filter(
      ([key, value]) =>
        value !== null &&
        value !== undefined &&
        !known.includes(key) &&
        key !== KEEP_EMPTY_ATTR &&
        key !== 'mentionSuggestionChar',
    ),
  );

const orNothing = (attrs: Record<string, unknown>) =>
  Object.keys(attrs).length > 0 ? attrs : undefined;

function fromAttrs(type: string, attrs: unknown): unknown {
  if (!isPlainObject(attrs)) return attrs;
  switch (type) {
    case 'heading': {
      const id = attrs.id ?? undefined;
      const base = { level: attrs.level, ...(id === undefined ? {} : { id }) };
      return { ...base, ...otherAttrs(attrs, ['level', 'id']) };
    }
    case 'orderedList': {
      const start = attrs.start ?? undefined;
      return orNothing({
        ...(start === undefined ? {} : { start }),
        ...otherAttrs(attrs, ['start', 'type']),
      });
    }
    case 'image':
      return {
        src: attrs.src,
        alt: attrs.alt ?? null,
        title: attrs.title ?? null,
        ...otherAttrs(attrs, ['src', 'alt', 'title', 'width', 'height']),
      };
    case 'mention': {
      const label = attrs.label ?? undefined;
      return {
        id: attrs.id,
        ...(label === undefined ? {} : { label }),
        ...otherAttrs(attrs, ['id', 'label']),
      };
    }
    case 'emoji':
      return { alt: attrs.alt, src: attrs.src, ...otherAttrs(attrs, ['alt', 'src']) };
    case 'paragraph':
    case 'bulletList':
    case 'listItem':
      return orNothing(otherAttrs(attrs, []));
    default:
      return attrs;
  }
}

function fromMark(mark: unknown): RichTextMark {
  if (!isPlainObject(mark)) return mark as RichTextMark;
  if (mark.type === KEPT_MARK) {
    return (isPlainObject(mark.attrs) ? mark.attrs.json : null) as RichTextMark;
  }
  if (mark.type === 'bold') return { type: 'bold' };
  if (mark.type === 'link') {
    const href = isPlainObject(mark.attrs) ? mark.attrs.href : undefined;
    return { type: 'link', attrs: { href: href as string, ...LINK_ATTRS } };
  }
  return mark as RichTextMark;
}

/** A part of loaded content that the editor keeps locked, as it is. */
export interface KeptPart {
  kind: 'node' | 'mark';
  /** The node or mark type, or `?` when the part is not even an object with a type. */
  type: string;
}

/** The kept parts of an editor document, each type once, in document order. */
export function findKeptParts(doc: TiptapNode): KeptPart[] {
  const found = new Map<string, KeptPart>();
  const add = (kind: KeptPart['kind'], json: unknown) => {
    const type = isPlainObject(json) && typeof json.type === 'string' ? json.type : '?';
    found.set(`${kind}:${type}`, { kind, type });
  };
  const walk = (node: TiptapNode) => {
    if (node.type === KEPT_BLOCK || node.type === KEPT_INLINE) add('node', node.attrs?.json);
    for (const mark of node.marks ?? []) if (mark.type === KEPT_MARK) add('mark', mark.attrs?.json);
    for (const child of node.content ?? []) walk(child);
  };
  walk(doc);
  return [...found.values()];
}
