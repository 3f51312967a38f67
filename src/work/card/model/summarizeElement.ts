import { isPlainObject, type CardElement, type RichTextNode } from '../../../mind';

const MAX = 160;

/** A short plain-text excerpt of a markdown or rich text element, for the canvas. */
export function summarizeElement(element: CardElement): string {
  if (typeof element.content === 'string') return clip(stripMarkdown(element.content));
  if (Array.isArray(element.content))
    return clip(richTextToPlain(element.content as RichTextNode[]));
  return '';
}

function clip(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length > MAX ? `${single.slice(0, MAX - 1)}…` : single;
}

function stripMarkdown(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_~`#>]+/g, '');
}

function richTextToPlain(nodes: readonly unknown[]): string {
  return nodes
    .map((node) => {
      if (!isPlainObject(node)) return '';
      if (typeof node.text === 'string') return node.text;
      if (node.type === 'hardBreak') return ' ';
      if (node.type === 'mention' && isPlainObject(node.attrs))
        return `@${String(node.attrs.label ?? '')}`;
      if (node.type === 'emoji' && isPlainObject(node.attrs))
        return `[${String(node.attrs.alt ?? '')}]`;
      return Array.isArray(node.content) ? `${richTextToPlain(node.content)} ` : '';
    })
    .join('');
}
