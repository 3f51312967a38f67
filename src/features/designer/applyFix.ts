import type { TFunction } from 'i18next';
import type { MindIssue } from '../../mind';
import { announce } from '../../work/card/store/announce';
import { designerActions } from '../../work/card/store/useDesignerStore';

/** Applies `issue`'s one-step fix to the card (one undo step) and says what it did. */
export function applyFix(t: TFunction<'designer'>, issue: MindIssue): void {
  designerActions().fixIssue(issue);
  announce(t(`fixes.${issue.code}.done`, { ...issue.params }));
}
