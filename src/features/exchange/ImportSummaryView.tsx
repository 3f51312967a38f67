import { CheckCircle2, Info, Lock } from 'lucide-react';
import { useTranslation } from '../../lib/i18n/useTranslation';
import { PlacedIssues } from '../../ui/IssueList';
import type { ImportSummary } from './describeImport';

const SHOWN = 6;

function Paths({ paths }: { paths: string[] }) {
  const { t } = useTranslation('exchange');
  return (
    <span className="ex-paths">
      {paths.slice(0, SHOWN).map((path) => (
        <code key={path}>{path}</code>
      ))}
      {paths.length > SHOWN ? t('import.more', { count: paths.length - SHOWN }) : null}
    </span>
  );
}

/** What an import holds and what will happen to each part of it. */
export function ImportSummaryView({ summary, target }: { summary: ImportSummary; target: string }) {
  const { t } = useTranslation('exchange');
  const type = t(`type.${summary.msgType}`);
  const size =
    summary.msgType === 'interactive'
      ? t('import.cardSize', {
          blocks: t('import.blocks', { count: summary.blocks }),
          buttons: t('import.buttons', { count: summary.buttons }),
        })
      : summary.msgType === 'rich_text'
        ? t('import.richSize', { count: summary.blocks })
        : null;
  return (
    <div className="ex-found" data-testid="import-found">
      <p className="ex-found__title">
        <CheckCircle2 size={16} aria-hidden="true" />
        {t('import.found', { what: t(`kind.${summary.kind}`), type, context: summary.msgType })}
      </p>
      <ul className="ex-found__list">
        {size ? <li>{size}</li> : null}
        <li>{t('import.opensIn', { editor: t(`editor.${summary.msgType}`), path: target })}</li>
        {summary.recipients > 0 ? (
          <li>
            <Info size={14} aria-hidden="true" />{' '}
            {t('import.recipients', { count: summary.recipients })}
          </li>
        ) : null}
        {summary.kept.length > 0 ? (
          <li data-testid="import-kept">
            <Lock size={14} aria-hidden="true" /> {t('import.kept', { count: summary.kept.length })}{' '}
            <Paths paths={summary.kept} />
          </li>
        ) : null}
        {summary.dropped.length > 0 ? (
          <li data-testid="import-dropped">
            <Info size={14} aria-hidden="true" />{' '}
            {t('import.dropped', { count: summary.dropped.length })}{' '}
            <Paths paths={summary.dropped} />
          </li>
        ) : null}
      </ul>
      {summary.errors.length > 0 ? (
        <div className="ex-found__errors" data-testid="import-errors">
          <p className="ex-found__subtitle">
            {t('import.errors', { count: summary.errors.length })}
          </p>
          <PlacedIssues issues={summary.errors} />
        </div>
      ) : null}
      {summary.warnings.length > 0 ? (
        <>
          <p className="ex-found__subtitle">{t('import.warnings')}</p>
          <PlacedIssues issues={summary.warnings} />
        </>
      ) : null}
    </div>
  );
}
