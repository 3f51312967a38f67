import { validateMessage, type Card, type IssueSeverity, type MindIssue } from '../../mind';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { elementPointer, locateIssue } from '../../work/card/model/locateIssue';
import type { UnparsedValues } from '../../work/card/model/reconcileUnparsed';
import type { DesignerDocument } from '../../work/card/model/types';
import { mergeIssues, unparsedIssues } from '../../work/card/model/unparsedIssues';
import { untouchedIssues, type CreatedElements } from '../../work/card/model/untouchedIssues';
import { createdStore } from '../../work/card/store/createdStore';
import { designerStore } from '../../work/card/store/useDesignerStore';
import { useUnparsed } from '../../work/card/store/useUnparsed';

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
  { values: UnparsedValues; created: CreatedElements; issues: MindIssue[] }
>();
const NONE_CREATED: CreatedElements = new Map();

/**
 * What the designer shows as the card's issues: the validator's, an error for each button
 * value whose text is not JSON yet (the card still holds its last valid value) and one for
 * each new element not filled in yet. Computed once per version of the document, of the
 * unparsed values and of the elements added.
 */
export function selectDesignerIssues(
  doc: DesignerDocument,
  values: UnparsedValues,
  created: CreatedElements = NONE_CREATED,
): MindIssue[] {
  const issues = selectIssues(doc.card);
  if (values.size === 0 && created.size === 0) return issues;
  const cached = designerCache.get(doc);
  if (cached?.values === values && cached.created === created) return cached.issues;
  const extra = [...untouchedIssues(doc, created), ...unparsedIssues(doc, values)].sort(
    (a, b) => elementIndexOf(a) - elementIndexOf(b),
  );
  const merged = extra.length === 0 ? issues : mergeIssues(issues, extra);
  designerCache.set(doc, { values, created, issues: merged });
  return merged;
}

const elementIndexOf = (issue: MindIssue): number => {
  const location = locateIssue(issue.path);
  return location.target === 'element' ? location.index : -1;
};

/**
 * The document the designer's checks describe: the designer's own, a moment later when only
 * text changed. A keystroke is drawn first and checked in the next task (a burst of keys once),
 * so validating the whole card is not on the path from the key to the screen. When elements
 * are added, removed or moved the checks follow at once, so an index never names the wrong
 * element. Sending, exporting and showing an issue validate the live document themselves.
 */
const checkedStore = createStore<{ doc: DesignerDocument }>(() => ({
  doc: designerStore.getState().doc,
}));
let checkPending = false;
designerStore.subscribe((state) => {
  const checked = checkedStore.getState().doc;
  if (state.doc === checked) return;
  if (state.doc.elementIds !== checked.elementIds) {
    checkedStore.setState({ doc: state.doc });
    return;
  }
  if (checkPending) return;
  checkPending = true;
  setTimeout(() => {
    checkPending = false;
    checkedStore.setState({ doc: designerStore.getState().doc });
  }, 0);
});

const useChecked = <T>(selector: (doc: DesignerDocument) => T): T =>
  useStore(checkedStore, (state) => selector(state.doc));

const sameParams = (a: MindIssue['params'], b: MindIssue['params']): boolean => {
  if (a === b) return true;
  if (!a || !b) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
};

const sameIssue = (a: MindIssue, b: MindIssue): boolean =>
  a === b ||
  (a.path === b.path &&
    a.code === b.code &&
    a.severity === b.severity &&
    a.message === b.message &&
    sameParams(a.params, b.params));

/** Whether two lists of issues say the same things in the same order. */
export const sameIssues = (a: readonly MindIssue[], b: readonly MindIssue[]): boolean =>
  a === b ||
  (a.length === b.length &&
    a.every((item, index) => {
      const other = b[index];
      return other !== undefined && sameIssue(item, other);
    }));

let lastIssues: MindIssue[] = [];

/**
 * The list last handed out while it says the same things: a keystroke that changes a text but
 * no issue then re-renders neither the Checks list nor any inspector field.
 */
function steadyIssues(issues: MindIssue[]): MindIssue[] {
  if (!sameIssues(lastIssues, issues)) lastIssues = issues;
  return lastIssues;
}

export function useCardIssues(): MindIssue[] {
  const values = useUnparsed((state) => state.values);
  const created = useStore(createdStore, (state) => state.created);
  return useChecked((doc) => steadyIssues(selectDesignerIssues(doc, values, created)));
}

/** How many errors the designer shows, re-rendering only when the number changes. */
export function useErrorCount(): number {
  const values = useUnparsed((state) => state.values);
  const created = useStore(createdStore, (state) => state.created);
  return useChecked(
    (doc) =>
      selectDesignerIssues(doc, values, created).filter((item) => item.severity === 'error').length,
  );
}

/** Whether element `index` was added in this tab (its untouched fields are not shown in red). */
export function useAddedHere(index: number | null): boolean {
  const id = useChecked((doc) => (index === null ? undefined : doc.elementIds[index]));
  return useStore(createdStore, (state) => id !== undefined && state.created.has(id));
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
 * A block still exactly as it was added is not wrong yet, only not ready: a warning until it is
 * touched, as its fields are not shown in red (Checks list it).
 */
export function useElementSeverity(index: number): IssueSeverity | null {
  const severity = useChecked((doc) => selectElementSeverities(doc.card).get(index) ?? null);
  const elementId = useChecked((doc) => doc.elementIds[index]);
  const element = useChecked((doc) => doc.card.elements?.[index]);
  const untouched = useStore(
    createdStore,
    (state) => elementId !== undefined && state.created.get(elementId) === element,
  );
  const unparsed = useUnparsed((state) => hasUnparsed(state.values, elementId));
  if (unparsed) return 'error';
  return untouched && severity === 'error' ? 'warning' : severity;
}

/** The issues at one field, re-rendering only when they change. */
export function useFieldIssues(pointer: string): MindIssue[] {
  const issues = useCardIssues();
  return issuesAt(issues, pointer);
}
