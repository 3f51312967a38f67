import { pointerTokens } from '../../../mind';

/** Where an issue's JSON pointer points inside an interactive message. */
export type IssueLocation =
  | { target: 'card' }
  | { target: 'element'; index: number; rest: string[] }
  | { target: 'elsewhere' };

/**
 * Reads a pointer from `validateMessage({ msg_type: 'interactive', content: card })`:
 * `/content/elements/2/action/0/url` is element 2, field `action/0/url`.
 */
export function locateIssue(path: string): IssueLocation {
  const [root, field, index, ...rest] = pointerTokens(path);
  if (root !== 'content') return { target: 'elsewhere' };
  if (field === 'elements' && index !== undefined && /^\d+$/.test(index)) {
    return { target: 'element', index: Number(index), rest };
  }
  return { target: 'card' };
}

/** The pointer of card element `index`, as the validator writes it. */
export const elementPointer = (index: number): string => `/content/elements/${index}`;
