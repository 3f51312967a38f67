import type { MarkdownIt, StateCore, StateInline, Token } from 'markdown-it';
import { readTagAttributes } from './readTagAttributes';
import { sanitizeColor, sanitizeStyle } from './sanitizeStyle';

/*
 * Mind's markdown dialect adds three HTML-like tags to CommonMark: `<font color>`, `<small>`
 * and `<content style>`. Raw HTML stays off; this plugin recognises only those three (any
 * letter case, attributes quoted with ", ' or not at all) and turns them into safe spans.
 * Every other tag stays text. Tags are balanced like a browser would: a tag closed across
 * emphasis or a link is closed and reopened around it, an unclosed tag runs on to the end of
 * the message (across paragraphs, as HTML's <font> does), a stray closing tag is dropped.
 */

export type MindTagName = 'font' | 'small' | 'content';

interface MindTagMeta {
  name: MindTagName;
  closing: boolean;
  attributes: Record<string, string>;
}

const ATTRIBUTES = String.raw`(?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*`;
const OPEN_TAG = new RegExp(String.raw`<(font|small|content)(${ATTRIBUTES})\s*\/?>`, 'iy');
const CLOSE_TAG = /<\/(font|small|content)\s*>/iy;

function mindTagRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x3c /* < */) return false;
  CLOSE_TAG.lastIndex = state.pos;
  let match = CLOSE_TAG.exec(state.src);
  const closing = match !== null;
  if (!match) {
    OPEN_TAG.lastIndex = state.pos;
    match = OPEN_TAG.exec(state.src);
  }
  if (!match || state.pos + match[0].length > state.posMax) return false;
  if (!silent) {
    const token = state.push('mind_tag', '', 0);
    const meta: MindTagMeta = {
      name: (match[1] ?? 'font').toLowerCase() as MindTagName,
      closing,
      attributes: closing ? {} : readTagAttributes(match[2] ?? ''),
    };
    token.meta = meta as unknown as Record<string, unknown>;
    token.content = match[0];
  }
  state.pos += match[0].length;
  return true;
}

interface OpenEntry {
  open: Token;
  /** Set for Mind tags; markdown's own inline elements (strong, em, s, link) have none. */
  mind?: MindTagName;
}

type TokenConstructor = StateCore['Token'];

const MAX_OPEN = 24;

function mindOpenToken(Token: TokenConstructor, meta: MindTagMeta): Token {
  const tag = meta.name === 'small' ? 'small' : 'span';
  const token = new Token(`mind_${meta.name}_open`, tag, 1);
  token.attrPush(['class', `mp-${meta.name}`]);
  if (meta.name === 'font') {
    const color = sanitizeColor(meta.attributes.color ?? '');
    if (color) token.attrPush(['style', `color: ${color}`]);
  } else if (meta.name === 'content') {
    const style = sanitizeStyle(meta.attributes.style ?? '');
    if (style) token.attrPush(['style', style]);
  }
  return token;
}

function closeTokenFor(Token: TokenConstructor, open: Token): Token {
  const token = new Token(open.type.replace(/_open$/, '_close'), open.tag, -1);
  token.markup = open.markup;
  return token;
}

function cloneOpen(Token: TokenConstructor, open: Token): Token {
  const token = new Token(open.type, open.tag, 1);
  token.attrs = open.attrs ? open.attrs.map(([name, value]) => [name, value]) : null;
  token.markup = open.markup;
  token.info = open.info;
  return token;
}

function balanceInline(Token: TokenConstructor, children: Token[], carried: OpenEntry[]) {
  const out: Token[] = [];
  const stack: OpenEntry[] = [];
  const reopen = (entries: OpenEntry[]) => {
    for (const entry of entries) {
      const open = cloneOpen(Token, entry.open);
      out.push(open);
      stack.push({ ...entry, open });
    }
  };
  /** Closes the entry at `index`, closing and then reopening whatever was opened after it. */
  const closeAt = (index: number, ownClose?: Token) => {
    const above = stack.splice(index + 1);
    for (const entry of [...above].reverse()) out.push(closeTokenFor(Token, entry.open));
    const [target] = stack.splice(index, 1);
    if (target) out.push(ownClose ?? closeTokenFor(Token, target.open));
    reopen(above);
  };

  reopen(carried);
  for (const token of children) {
    if (token.type === 'mind_tag') {
      const meta = token.meta as unknown as MindTagMeta;
      if (!meta.closing) {
        // Deeper nesting than any message needs is ignored, so no input can exhaust the stack.
        if (stack.length >= MAX_OPEN) continue;
        const open = mindOpenToken(Token, meta);
        out.push(open);
        stack.push({ open, mind: meta.name });
      } else {
        const index = stack.findLastIndex((entry) => entry.mind === meta.name);
        if (index >= 0) closeAt(index);
      }
    } else if (token.nesting === 1) {
      out.push(token);
      stack.push({ open: token });
    } else if (token.nesting === -1) {
      const index = stack.findLastIndex((entry) => entry.mind === undefined);
      if (index >= 0) closeAt(index, token);
      else out.push(token);
    } else {
      out.push(token);
    }
  }
  const stillOpen = stack.filter((entry) => entry.mind !== undefined);
  for (const entry of [...stack].reverse()) out.push(closeTokenFor(Token, entry.open));
  return { children: out, carried: stillOpen };
}

function balanceMindTags(state: StateCore): void {
  let carried: OpenEntry[] = [];
  for (const token of state.tokens) {
    if (token.type !== 'inline' || !token.children) continue;
    const hasTags = token.children.some((child) => child.type === 'mind_tag');
    if (!hasTags && carried.length === 0) continue;
    const result = balanceInline(state.Token, token.children, carried);
    token.children = result.children;
    carried = result.carried;
  }
}

/** markdown-it plugin: Mind's `<font>`, `<small>` and `<content>` tags. */
export function mindTags(md: MarkdownIt): void {
  md.inline.ruler.before('autolink', 'mind_tag', mindTagRule);
  md.core.ruler.push('mind_tag_balance', balanceMindTags);
}
