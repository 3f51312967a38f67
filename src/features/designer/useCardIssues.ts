import { validateMessage, type Card, type IssueSeverity, type MindIssue } from '../../mind';
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

const severityCache = new WeakMap<Card, Map<number, IssueSeverity>>();
const ELEMENT_PATH = new RegExp(`^${elementPointer(0).slice(0, -1)}(\\d+)(?:/|$)`);

/** The worst issue of each element that has any, by element index, once per version of the card. */
export function selectElementSeverities(card: Card): ReadonlyMap<number, IssueSeverity> {
  let severities = severityCache.get(card);
  if (!severities) {
    severities = new Map();
    for (const item of selectIssues(card)) {
      const match = ELEMENT_PATH.exec(item.path);
      if (!match) continue;
      const index = Number(match[1]);
      if (severities.get(index) !== 'error') severities.set(index, item.severity);
    }
    severityCache.set(card, severities);
  }
  return severities;
}

/**
 * `error`, `warning` or null: the worst issue inside element `index`, for its canvas block.
 * A card has a block per element, so this is one lookup per block, not a scan of every issue.
 */
export function useElementSeverity(index: number): IssueSeverity | null {
  return useDesigner((state) => selectElementSeverities(state.doc.card).get(index) ?? null);
}

/** The issues at one field, re-rendering only when they change. */
export function useFieldIssues(pointer: string): MindIssue[] {
  const issues = useCardIssues();
  return issuesAt(issues, pointer);
}
