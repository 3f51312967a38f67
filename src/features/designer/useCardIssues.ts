import { validateMessage, type Card, type IssueSeverity, type MindIssue } from '../../mind';
import { elementPointer } from './model/locateIssue';
import type { UnparsedValues } from './model/reconcileUnparsed';
import type { DesignerDocument } from './model/types';
import { mergeIssues, unparsedIssues } from './model/unparsedIssues';
import { useDesigner } from './store/useDesignerStore';
import { useUnparsed } from './store/useUnparsed';

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

const designerCache = new WeakMap<
  DesignerDocument,
  { values: UnparsedValues; issues: MindIssue[] }
>();

/**
 * What the designer shows as the card's issues: the validator's, and an error for each button
 * value whose text is not JSON yet (the card still holds its last valid value). Computed once
 * per version of the document and of the unparsed values.
 */
export function selectDesignerIssues(doc: DesignerDocument, values: UnparsedValues): MindIssue[] {
  const issues = selectIssues(doc.card);
  if (values.size === 0) return issues;
  const cached = designerCache.get(doc);
  if (cached?.values === values) return cached.issues;
  const extra = unparsedIssues(doc, values);
  const merged = extra.length === 0 ? issues : mergeIssues(issues, extra);
  designerCache.set(doc, { values, issues: merged });
  return merged;
}

export function useCardIssues(): MindIssue[] {
  const values = useUnparsed((state) => state.values);
  return useDesigner((state) => selectDesignerIssues(state.doc, values));
}

/** How many errors the designer shows, re-rendering only when the number changes. */
export function useErrorCount(): number {
  const values = useUnparsed((state) => state.values);
  return useDesigner(
    (state) =>
      selectDesignerIssues(state.doc, values).filter((item) => item.severity === 'error').length,
  );
}

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

/** True when element `elementId` has a button value whose text is not JSON yet. */
export const hasUnparsed = (values: UnparsedValues, elementId: string | undefined): boolean =>
  elementId !== undefined && [...values.values()].some((item) => item.elementId === elementId);

/**
 * `error`, `warning` or null: the worst issue inside element `index`, for its canvas block.
 * A card has a block per element, so this is one lookup per block, not a scan of every issue.
 */
export function useElementSeverity(index: number): IssueSeverity | null {
  const severity = useDesigner(
    (state) => selectElementSeverities(state.doc.card).get(index) ?? null,
  );
  const elementId = useDesigner((state) => state.doc.elementIds[index]);
  const unparsed = useUnparsed((state) => hasUnparsed(state.values, elementId));
  return unparsed ? 'error' : severity;
}

/** The issues at one field, re-rendering only when they change. */
export function useFieldIssues(pointer: string): MindIssue[] {
  const issues = useCardIssues();
  return issuesAt(issues, pointer);
}
