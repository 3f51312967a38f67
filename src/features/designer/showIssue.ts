import type { MindIssue } from '../../mind';
import { focusField } from './focusTarget';
import { locateIssue } from '../../work/card/model/locateIssue';
import { VALUE_NOT_JSON } from '../../work/card/model/unparsedIssues';
import { createdStore } from '../../work/card/store/createdStore';
import { designerActions, designerStore } from '../../work/card/store/useDesignerStore';
import { unparsedStore } from '../../work/card/store/useUnparsed';
import { selectDesignerIssues } from './useCardIssues';

/** Selects what `item` concerns, shows the Edit panel and focuses its field. */
export function showIssue(item: MindIssue): void {
  const location = locateIssue(item.path);
  const actions = designerActions();
  if (location.target === 'element') {
    const id = designerStore.getState().doc.elementIds[location.index];
    actions.select(id ?? null);
    // The element is marked on the canvas: bring it into view there too.
    document
      .querySelector(`[data-canvas-drop] [data-block-id="${id ?? ''}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  } else {
    actions.select(null);
  }
  actions.showPanel('edit');
  focusField(item.path);
}

/** The first button value whose text is not JSON yet, read now: the card does not hold it. */
export function firstUnparsedIssue(): MindIssue | undefined {
  const issues = selectDesignerIssues(
    designerStore.getState().doc,
    unparsedStore.getState().values,
  );
  return issues.find((item) => item.code === VALUE_NOT_JSON);
}

/** How many errors Checks lists for the document as it is now (not a moment later). */
export function errorCountNow(): number {
  return selectDesignerIssues(
    designerStore.getState().doc,
    unparsedStore.getState().values,
    createdStore.getState().created,
  ).filter((item) => item.severity === 'error').length;
}
