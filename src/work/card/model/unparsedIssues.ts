import type { MindIssue } from '../../../mind';
import { elementPointer, locateIssue } from './locateIssue';
import { buttonsOf, stillApplies, type UnparsedValues } from './reconcileUnparsed';
import type { DesignerDocument } from './types';

/** The issue code of a button value whose text is not JSON (translated in `issues.json`). */
export const VALUE_NOT_JSON = 'button-value-not-json';

/** One error per unparsed value that still applies, at its pointer, in card order. */
export function unparsedIssues(doc: DesignerDocument, values: UnparsedValues): MindIssue[] {
  const found: { element: number; button: number; issue: MindIssue }[] = [];
  for (const entry of values.values()) {
    const element = doc.elementIds.indexOf(entry.elementId);
    const button = buttonsOf(doc, entry.elementId)?.[entry.buttonIndex];
    if (element < 0 || !stillApplies(button, entry)) continue;
    found.push({
      element,
      button: entry.buttonIndex,
      issue: {
        path: `${elementPointer(element)}/action/${entry.buttonIndex}/value`,
        severity: 'error',
        code: VALUE_NOT_JSON,
        message: `Button ${entry.buttonIndex + 1}'s value is not valid JSON yet: ${entry.detail}`,
        params: { position: entry.buttonIndex + 1, detail: entry.detail, ...entry.syntax },
      },
    });
  }
  return found
    .sort((a, b) => a.element - b.element || a.button - b.button)
    .map((item) => item.issue);
}

const elementOf = (issue: MindIssue): number | null => {
  const location = locateIssue(issue.path);
  return location.target === 'element' ? location.index : null;
};

/**
 * The validator's issues with `extra` (in card order) merged in: each after the issues of its
 * own element and those before it, the validator's order otherwise unchanged.
 */
export function mergeIssues(
  issues: readonly MindIssue[],
  extra: readonly MindIssue[],
): MindIssue[] {
  const pending = [...extra];
  const result: MindIssue[] = [];
  for (const issue of issues) {
    const element = elementOf(issue);
    for (let next = pending[0]; element !== null && next; next = pending[0]) {
      if (element <= (elementOf(next) ?? 0)) break;
      result.push(next);
      pending.shift();
    }
    result.push(issue);
  }
  return [...result, ...pending];
}
