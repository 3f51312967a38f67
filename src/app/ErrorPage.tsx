import { AlertTriangle, RefreshCw } from 'lucide-react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { Button } from '../ui/Button';
import { CodeBlock } from '../ui/CodeBlock';
import { Placeholder } from '../ui/Placeholder';

/**
 * A part of the app that could not be downloaded: the usual cause is an update deployed while
 * this tab was open, whose files have new names (Vite's and the browsers' own wordings).
 */
const isStaleChunk = (error: Error | undefined): boolean =>
  error !== undefined &&
  /dynamically imported module|Importing a module script failed|Unable to preload CSS/i.test(
    error.message,
  );

/** A page that failed, or an address with no page; drafts are saved, so reloading is safe. */
export function ErrorPage({ error, notFound = false }: { error?: Error; notFound?: boolean }) {
  const { t } = useTranslation();
  if (isStaleChunk(error)) {
    return (
      <div className="shell-error" role="alert">
        <Placeholder icon={<RefreshCw size={28} />} title={t('error.updatedTitle')} level={1}>
          <p>{t('error.updatedText')}</p>
          <p className="shell-error__actions">
            <Button variant="primary" onClick={() => window.location.reload()}>
              {t('error.reload')}
            </Button>
          </p>
        </Placeholder>
      </div>
    );
  }
  return (
    <div className="shell-error" role="alert">
      <Placeholder
        icon={<AlertTriangle size={28} />}
        level={1}
        title={notFound ? t('error.notFoundTitle') : t('error.title')}
      >
        <p>{notFound ? t('error.notFoundText') : t('error.text')}</p>
        {error ? <CodeBlock code={error.message} label={t('error.detail')} wrap /> : null}
        <p className="shell-error__actions">
          {notFound ? null : (
            <Button variant="primary" onClick={() => window.location.reload()}>
              {t('error.reload')}
            </Button>
          )}
          <Button onClick={() => window.location.assign('/designer')}>{t('error.home')}</Button>
        </p>
      </Placeholder>
    </div>
  );
}
