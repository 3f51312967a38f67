import { validateMessage, type Card, type MindIssue } from '../../mind';
import { elementPointer } from './model/locateIssue';
import { useDesigner } from './store/useDesignerStore';

const cache = new WeakMap<Card, MindIssue[]>();

/** The card's issues from `validateMessage`, computed once per version of the card. */
export function selectIssues(card: Card): MindIssue[] {
  let issues = cache.get(card);
  if (!issues) {
    issues = validateMessage({ msg_type: 'interactive', content: card });
    cache.set(card, issues);
  }
  return issues;
}

export const useCardIssues = (): MindIssue[] =>
  useDesigner((state) => selectIssues(state.doc.card));

const within = (path: string, prefix: string): boolean =>
  path === prefix || path.startsWith(`${prefix}/`);

/** Issues exactly at `pointer`, e.g. a field's. */
export const issuesAt = (issues: readonly MindIssue[], pointer: string): MindIssue[] =>
  issues.filter((item) => item.path === pointer);

/** Issues at `pointer` or anywhere inside it. */
export const issuesWithin = (issues: readonly MindIssue[], pointer: string): MindIssue[] =>
  issues.filter((item) => within(item.path, pointer));

/** `error`, `warning` or null: the worst issue inside element `index`, for its canvas block. */
export function useElementSeverity(index: number): 'error' | 'warning' | null {
  return useDesigner((state) => {
    const found = issuesWithin(selectIssues(state.doc.card), elementPointer(index));
    if (found.some((item) => item.severity === 'error')) return 'error';
    return found.length > 0 ? 'warning' : null;
  });
}

/** The issues at one field, re-rendering only when they change. */
export function useFieldIssues(pointer: string): MindIssue[] {
  const issues = useCardIssues();
  return issuesAt(issues, pointer);
}
