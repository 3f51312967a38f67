import {
  LINK_ATTRS,
  editableBlockSchema,
  editableInlineSchema,
  editableListItemSchema,
  editableMarkSchema,
} from './editorSchemas';
import { stringifyJson } from './exactJson';
import { isPlainObject } from './issues';
import type { RichTextDoc, RichTextMark, RichTextNode } from './types';

/*
 * Mind's rich_text array <-> the TipTap document the editor holds.
 *
 * `toTiptapDoc` hands the editor only what its schema can hold exactly (editorSchemas.ts);
 * anything else (an unknown node or mark, a known one with fields the editor cannot
 * represent, a node in a place the schema does not allow) travels inside a "kept" node or
 * mark that carries the original JSON untouched. `fromTiptapDoc` unwraps those and writes Mind's attributes in
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

/** The editor's JSON is ProseMirror's, as Mind's rich_text is (`richTextNodeSchema`). */
export type TiptapNode = RichTextNode;
export type TiptapMark = RichTextMark;
export type TiptapDoc = TiptapNode & { type: 'doc'; content: TiptapNode[] };

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

function toBlock(node: unknown): TiptapNode {
  return convertBlock(node) ?? kept(KEPT_BLOCK, node);
}

function toInline(node: unknown): TiptapNode {
  return convertInline(node) ?? kept(KEPT_INLINE, node);
}

function convertBlock(node: unknown): TiptapNode | null {
  const parsed = editableBlockSchema.safeParse(node);
  if (!parsed.success) return null;
  const block = parsed.data;
  switch (block.type) {
    case 'paragraph':
      return textblock({ type: 'paragraph' }, block.content);
    case 'heading': {
      const attrs = { level: block.attrs.level, id: block.attrs.id ?? null };
      return textblock({ type: 'heading', attrs }, block.content);
    }
    case 'bulletList':
      return list({ type: 'bulletList' }, block.content);
    case 'orderedList':
      return list(
        { type: 'orderedList', attrs: { start: block.attrs?.start ?? null } },
        block.content,
      );
    case 'image':
      return { type: 'image', attrs: block.attrs };
  }
}

const textblock = (node: TiptapNode, content: unknown[] | undefined): TiptapNode =>
  content ? { ...node, content: content.map(toInline) } : node;

function list(node: TiptapNode, children: unknown[]): TiptapNode | null {
  const items: TiptapNode[] = [];
  for (const child of children) {
    const item = editableListItemSchema.safeParse(child);
    if (!item.success) return null;
    items.push({ type: 'listItem', content: item.data.content.map(toBlock) });
  }
  return { ...node, content: items };
}

function convertInline(node: unknown): TiptapNode | null {
  const parsed = editableInlineSchema.safeParse(node);
  if (!parsed.success) return null;
  const inline = parsed.data;
  switch (inline.type) {
    case 'text': {
      if (inline.marks === undefined) return { type: 'text', text: inline.text };
      const marks = convertMarks(inline.marks);
      return marks ? { type: 'text', marks, text: inline.text } : null;
    }
    case 'mention':
      return { type: 'mention', attrs: { id: inline.attrs.id, label: inline.attrs.label ?? null } };
    case 'emoji':
      return { type: 'emoji', attrs: inline.attrs };
  }
}

/** The editor's marks for a text node, or null when the set cannot live on one text node. */
function convertMarks(marks: unknown[]): TiptapMark[] | null {
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
  const parsed = editableMarkSchema.safeParse(mark);
  return parsed.success ? parsed.data : { type: KEPT_MARK, attrs: { json: mark } };
}

/**
 * Mind's rich_text array for a TipTap document, from this editor or any TipTap editor:
 * kept parts are unwrapped, attributes take the spec's shape (a link is exactly `href`,
 * `target: "_blank"`, `class: "me-link"`; editor-only attributes such as `rel`, `title`,
 * `mentionSuggestionChar` and null defaults are removed), trailing empty paragraphs go.
 */
export function fromTiptapDoc(doc: Record<string, unknown>): RichTextDoc {
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
