import { isPlainObject, type MindIssue } from '../../../mind';
import { setButtonField, updateButton } from './buttons';
import { locateIssue } from './locateIssue';
import type { DesignerDocument } from './types';
import { updateElement } from './updateElement';

type Fix = (doc: DesignerDocument, issue: MindIssue) => DesignerDocument;

/** Prefixes https:// to a button's schemeless address, if it still is the one the issue saw. */
const addHttps: Fix = (doc, issue) => {
  const location = locateIssue(issue.path);
  const fixed = issue.params?.fixed;
  if (location.target !== 'element' || typeof fixed !== 'string') return doc;
  const [field, position, key] = location.rest;
  if (field !== 'action' || key !== 'url' || position === undefined || !/^\d+$/.test(position)) {
    return doc;
  }
  return updateElement(doc, location.index, (element) =>
    updateButton(element, Number(position), (button) =>
      isPlainObject(button) && button.url === issue.params?.url
        ? setButtonField(button, 'url', fixed)
        : button,
    ),
  );
};

/** The issues the designer can mend in one step, by issue code. */
const FIXES: Readonly<Record<string, Fix>> = {
  'button-url-no-scheme': addHttps,
};

/** True when `issue` has a one-step fix (its label is `fixes.<code>` in the designer's texts). */
export const isFixable = (issue: MindIssue): boolean => Object.hasOwn(FIXES, issue.code);

/** `doc` with `issue` mended; `doc` itself when it has no fix or no longer applies. */
export function fixIssue(doc: DesignerDocument, issue: MindIssue): DesignerDocument {
  const fix = FIXES[issue.code];
  return fix ? fix(doc, issue) : doc;
}
