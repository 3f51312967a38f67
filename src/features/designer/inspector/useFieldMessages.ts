import { useState } from 'react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { issueText } from '../../../app/issueText';
import type { MindIssue } from '../../../mind';
import { isFixable } from '../../../work/card/model/fixIssue';
import { locateIssue } from '../../../work/card/model/locateIssue';
import { useAddedHere, useFieldIssues } from '../useCardIssues';

/**
 * The validator's errors and warnings for the field at `pointer`, in the user's language.
 * A field of an element added in this tab, or a field that is still empty (`value` is `''`, say
 * the title of a new card), shows no error until `touch` is called (the field was changed or
 * left): an empty new button is not a mistake yet. Checks still list it.
 * An issue with a one-step fix is offered as `fix`.
 */
export function useFieldMessages(
  pointer: string,
  value?: string,
): {
  error?: string;
  warning?: string;
  /** The field's first issue that has a one-step fix. */
  fix?: MindIssue;
  touch: () => void;
} {
  const { t } = useTranslation('issues');
  const issues = useFieldIssues(pointer);
  const location = locateIssue(pointer);
  const addedHere = useAddedHere(location.target === 'element' ? location.index : null);
  const [touched, setTouched] = useState(false);
  const text = (severity: 'error' | 'warning') =>
    issues
      .filter((item) => item.severity === severity)
      .map((item) => issueText(t, item))
      .join(' ') || undefined;
  return {
    error: (addedHere || value === '') && !touched ? undefined : text('error'),
    warning: text('warning'),
    fix: issues.find(isFixable),
    touch: () => setTouched(true),
  };
}
