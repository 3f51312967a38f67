import type { CardElement, MindIssue } from '../../../mind';
import { elementKind } from './elementKind';
import { elementPointer } from './locateIssue';
import type { DesignerDocument } from './types';

/** The issue code of a new element nobody has filled in yet (translated in `issues.json`). */
export const ELEMENT_UNTOUCHED = 'element-untouched';

/** Elements added in this session, each as it was created (by id). */
export type CreatedElements = ReadonlyMap<string, CardElement>;

/**
 * An error for each element that is still exactly as it was added (nothing typed into it yet,
 * or undone back to that), in card order: the card is not ready while one is.
 */
export function untouchedIssues(doc: DesignerDocument, created: CreatedElements): MindIssue[] {
  const issues: MindIssue[] = [];
  doc.elementIds.forEach((id, index) => {
    const element = doc.card.elements?.[index];
    if (element === undefined || created.get(id) !== element) return;
    issues.push({
      path: elementPointer(index),
      severity: 'error',
      code: ELEMENT_UNTOUCHED,
      message: `This new ${elementKind(element)} block is not filled in yet`,
    });
  });
  return issues;
}
