import { useTranslation } from '../lib/i18n/useTranslation';
import { issueText } from '../app/issueText';
import { placeOfPath } from '../app/placeOfPath';
import { plainIssueText } from '../app/plainIssueText';
import type { MindIssue } from '../mind';
import { IssueList } from './IssueList';

/** PlacedIssues' part that downloads when first shown, with the `places` translations. */
export function PlacedIssuesPanel({ issues }: { issues: readonly MindIssue[] }) {
  const { t } = useTranslation('places');
  return (
    <IssueList
      issues={issues}
      showPaths={false}
      placeOf={(item) => placeOfPath(t, item.path)}
      textOf={(item) => plainIssueText(t, item) ?? issueText(t, item)}
    />
  );
}
