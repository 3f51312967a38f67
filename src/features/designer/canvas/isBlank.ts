import { isPlainObject } from '../../../mind';

/** True for text with nothing to show yet: an empty paragraph holds no text, nor a list. */
function hasText(node: unknown): boolean {
  if (!isPlainObject(node)) return false;
  if (node.type === 'text') return typeof node.text === 'string' && node.text.trim() !== '';
  if (node.type !== 'paragraph') return true;
  return Array.isArray(node.content) && node.content.some(hasText);
}

/** A markdown or rich text element with no text yet: the canvas shows a hint in its place. */
export function isBlank(element: unknown): boolean {
  if (!isPlainObject(element)) return false;
  if (element.tag === 'markdown') {
    return typeof element.content === 'string' && element.content.trim() === '';
  }
  if (element.tag === 'rich_text') {
    return Array.isArray(element.content) && !element.content.some(hasText);
  }
  return false;
}
