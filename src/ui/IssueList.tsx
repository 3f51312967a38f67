import { AlertCircle, AlertTriangle } from 'lucide-react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { issueText } from '../app/issueText';
import type { MindIssue } from '../mind';
import { lazyComponent } from './lazyComponent';

export interface IssueListProps {
  issues: readonly MindIssue[];
  /** When given, each issue is a button that selects what it concerns. */
  onSelect?: (item: MindIssue) => void;
  /** Shows each issue's JSON pointer, for people who read JSON. */
  showPaths?: boolean;
  /**
   * Where the issue is, in words ("Block 3 · Button 2"), shown before it with its JSON pointer
   * as its title; null for none.
   */
  placeOf?: (item: MindIssue) => string | null;
  /** The issue in words of the reader's own; by default the model's (issueText). */
  textOf?: (item: MindIssue) => string;
  /** A one-step fix for the issue, shown as a button of its own beside it; null for none. */
  fixOf?: (item: MindIssue) => { label: string; apply: () => void } | null;
}

/** Problems found in a message, errors first, each located by its JSON path. */
export function IssueList({
  issues,
  onSelect,
  showPaths = true,
  placeOf,
  textOf,
  fixOf,
}: IssueListProps) {
  const { t } = useTranslation('issues');
  const sorted = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  return (
    <ul className="ui-issues">
      {sorted.map((item, index) => {
        const Icon = item.severity === 'error' ? AlertCircle : AlertTriangle;
        const place = placeOf?.(item) ?? null;
        const fix = fixOf?.(item) ?? null;
        const body = (
          <>
            <Icon
              size={14}
              aria-hidden="true"
              className={`ui-issues__icon ui-issues__icon--${item.severity}`}
            />
            <span className="visually-hidden">{t(`severity.${item.severity}`)}: </span>
            <span className="ui-issues__text">
              {place ? (
                <span className="ui-issues__place" title={item.path || undefined}>
                  {place}
                </span>
              ) : null}
              {textOf ? textOf(item) : issueText(t, item)}
            </span>
            {showPaths ? <code className="ui-issues__path">{item.path || t('whole')}</code> : null}
          </>
        );
        return (
          <li
            key={`${item.path}-${item.code}-${index}`}
            className={`ui-issues__item${fix ? ' ui-issues__item--fixable' : ''}`}
          >
            {onSelect ? (
              <button type="button" className="ui-issues__button" onClick={() => onSelect(item)}>
                {body}
              </button>
            ) : (
              <div className="ui-issues__row">{body}</div>
            )}
            {fix ? (
              <button type="button" className="ui-issues__fix" onClick={fix.apply}>
                {fix.label}
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Problems in a message refused, for people who do not read JSON: each says where it is in
 * words ("The text of block 4"); its JSON pointer is the place's title, for engineers. Its
 * code and words download when a refusal is first shown. Defined here, beside the list a first
 * visit has already, not in a file of its own (a chunk more on the designer's first visit).
 */
export function PlacedIssues({ issues }: { issues: readonly MindIssue[] }) {
  return <PlacedIssuesPanel issues={issues} />;
}

const PlacedIssuesPanel = lazyComponent<{ issues: readonly MindIssue[] }>(() =>
  import('./PlacedIssuesPanel').then((module) => module.PlacedIssuesPanel),
);
