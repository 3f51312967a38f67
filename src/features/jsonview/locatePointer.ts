import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { pointerTokens } from '../../mind';

export interface TextRange {
  from: number;
  to: number;
}

/**
 * Where the value at a JSON pointer is written in `text`; the nearest existing ancestor when
 * the value itself is missing (a required field), null when the text is not JSON.
 */
export function locatePointer(text: string, path: string): TextRange | null {
  const root = parseTree(text);
  if (!root) return null;
  const tokens = pointerTokens(path);
  for (let length = tokens.length; length >= 0; length -= 1) {
    const node = findNodeAtLocation(root, segments(root, tokens.slice(0, length)));
    if (node) return { from: node.offset, to: node.offset + node.length };
  }
  return null;
}

/** Pointer tokens as jsonc-parser wants them: array indices as numbers. */
function segments(root: Node, tokens: string[]): (string | number)[] {
  const path: (string | number)[] = [];
  let node: Node | undefined = root;
  for (const token of tokens) {
    const segment: string | number =
      node?.type === 'array' && /^\d+$/.test(token) ? Number(token) : token;
    path.push(segment);
    node = node ? findNodeAtLocation(node, [segment]) : undefined;
  }
  return path;
}
