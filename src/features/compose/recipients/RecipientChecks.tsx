import { AlertCircle, AlertTriangle, CheckCircle2, X } from 'lucide-react';
import { useTranslation } from '../../../lib/i18n/useTranslation';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { IconButton } from '../../../ui/IconButton';
import type { OpenIdCheck } from '../../../mind/checkOpenId';
import type { CleanUp } from './cleanRecipients';
import type { ParsedRecipients, RecipientEntry } from './parseRecipients';
import './RecipientChecks.css';

/** How many problem ids are listed one by one; the rest are counted. */
const SHOWN = 20;

function EntryList({
  entries,
  tone,
  onRemove,
}: {
  entries: RecipientEntry[];
  tone: 'danger' | 'warning';
  onRemove: (id: string, next?: string) => void;
}) {
  const { t } = useTranslation('compose');
  return (
    <ul className="cp-checks__entries">
      {entries.slice(0, SHOWN).map((entry, index) => (
        <li key={entry.id} className={`cp-checks__entry cp-checks__entry--${tone}`}>
          <span className="cp-checks__line">{t('checks.line', { line: entry.line })}</span>
          <code className="cp-checks__id">{entry.id}</code>
          <span className="cp-checks__why">{t(...reasonKey(entry.check))}</span>
          <IconButton
            className="cp-checks__remove"
            label={t('checks.removeOne', { id: entry.id })}
            icon={<X size={14} />}
            data-entry={entry.id}
            onClick={() => onRemove(entry.id, (entries[index + 1] ?? entries[index - 1])?.id)}
          />
        </li>
      ))}
      {entries.length > SHOWN ? (
        <li className="cp-checks__more">{t('checks.more', { count: entries.length - SHOWN })}</li>
      ) : null}
    </ul>
  );
}

function reasonKey(check: OpenIdCheck): [string, Record<string, string>] {
  if (check.verdict === 'ok') return ['ids.ok', {}];
  if (check.verdict === 'warning') return [`ids.${check.reason}`, {}];
  return [`ids.${check.reason}`, { char: check.char ?? '' }];
}

/** The list's checks: counts, and one click to remove each kind of problem. */
export function RecipientChecks({
  parsed,
  onClean,
}: {
  parsed: ParsedRecipients;
  /** `next`: the entry whose remove button takes the focus (the next, else the previous). */
  onClean: (what: CleanUp, next?: string) => void;
}) {
  const { t } = useTranslation('compose');
  const { ids, malformed, doubtful, duplicates, blanks } = parsed;
  const clean = malformed.length === 0 && doubtful.length === 0 && duplicates === 0 && blanks === 0;
  return (
    <div className="cp-checks" aria-label={t('checks.label')} role="group">
      <p className="cp-checks__total" aria-live="polite" data-testid="recipient-count">
        {t('checks.total', { count: ids.length })}
      </p>
      {clean && ids.length > 0 ? (
        <p className="cp-checks__ok">
          <CheckCircle2 size={14} aria-hidden="true" /> {t('checks.allGood')}
        </p>
      ) : null}
      {/* The groups are not live regions of their own: the total above is, and speaks first. */}
      {malformed.length > 0 ? (
        <Banner
          tone="error"
          role={undefined}
          icon={<AlertCircle size={16} />}
          action={
            <Button size="sm" onClick={() => onClean('malformed')}>
              {t('checks.removeMalformed', { count: malformed.length })}
            </Button>
          }
          details={
            <EntryList
              entries={malformed}
              tone="danger"
              onRemove={(id, next) => onClean({ id }, next)}
            />
          }
        >
          {t('checks.malformed', { count: malformed.length })}
        </Banner>
      ) : null}
      {doubtful.length > 0 ? (
        <Banner
          tone="warning"
          role={undefined}
          icon={<AlertTriangle size={16} />}
          action={
            <Button size="sm" onClick={() => onClean('doubtful')}>
              {t('checks.removeDoubtful', { count: doubtful.length })}
            </Button>
          }
          details={
            <EntryList
              entries={doubtful}
              tone="warning"
              onRemove={(id, next) => onClean({ id }, next)}
            />
          }
        >
          {t('checks.doubtful', { count: doubtful.length })}
        </Banner>
      ) : null}
      {duplicates > 0 ? (
        <Banner
          tone="neutral"
          role={undefined}
          action={
            <Button size="sm" onClick={() => onClean('duplicates')}>
              {t('checks.removeDuplicates', { count: duplicates })}
            </Button>
          }
        >
          {t('checks.duplicates', { count: duplicates })}
        </Banner>
      ) : null}
      {blanks > 0 ? (
        <Banner
          tone="neutral"
          role={undefined}
          action={
            <Button size="sm" onClick={() => onClean('blanks')}>
              {t('checks.removeBlanks', { count: blanks })}
            </Button>
          }
        >
          {t('checks.blanks', { count: blanks })}
        </Banner>
      ) : null}
    </div>
  );
}
