import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Placeholder } from '../ui/Placeholder';

/** A page that failed, or an address with no page; drafts are saved, so reloading is safe. */
export function ErrorPage({ error, notFound = false }: { error?: Error; notFound?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="shell-error" role="alert">
      <Placeholder
        icon={<AlertTriangle size={28} />}
        title={notFound ? t('error.notFoundTitle') : t('error.title')}
      >
        <p>{notFound ? t('error.notFoundText') : t('error.text')}</p>
        {error ? <pre className="shell-error__detail">{error.message}</pre> : null}
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
