import { useTranslation } from 'react-i18next';
import { issueText } from '../../../app/issueText';
import { useFieldIssues } from '../useCardIssues';

/** The validator's errors and warnings for the field at `pointer`, in the user's language. */
export function useFieldMessages(pointer: string): { error?: string; warning?: string } {
  const { t } = useTranslation('issues');
  const issues = useFieldIssues(pointer);
  const text = (severity: 'error' | 'warning') =>
    issues
      .filter((item) => item.severity === severity)
      .map((item) => issueText(t, item))
      .join(' ') || undefined;
  return { error: text('error'), warning: text('warning') };
}
