import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Button } from '../ui/Button';
import { Placeholder } from '../ui/Placeholder';

/** Shown instead of a blank screen when a page fails; drafts are saved, so reloading is safe. */
export function RouteError({ notFound: forceNotFound = false }: { notFound?: boolean }) {
  const { t } = useTranslation();
  const error = useRouteError();
  const notFound = forceNotFound || (isRouteErrorResponse(error) && error.status === 404);
  return (
    <div className="shell-error" role="alert">
      <Placeholder
        icon={<AlertTriangle size={28} />}
        title={notFound ? t('error.notFoundTitle') : t('error.title')}
      >
        <p>{notFound ? t('error.notFoundText') : t('error.text')}</p>
        {!notFound && error instanceof Error ? (
          <pre className="shell-error__detail">{error.message}</pre>
        ) : null}
        <p className="shell-error__actions">
          <Button variant="primary" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </Button>
          <Button onClick={() => window.location.assign('/designer')}>{t('error.home')}</Button>
        </p>
      </Placeholder>
    </div>
  );
}
