import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { NAV_ITEMS } from './navigation';
import { AppRoutes } from './routes';
import { StatusBadge } from './StatusBadge';
import { StorageNotice } from './StorageNotice';
import { TopBarControls } from './TopBarControls';
import { useAppliedTheme } from './useAppliedTheme';

export function Layout() {
  const { t } = useTranslation();
  const [location] = useLocation();
  useAppliedTheme();
  return (
    <div className="shell">
      <a href="#main" className="shell-skip">
        {t('skipToContent')}
      </a>
      <aside className="shell-sidebar">
        <div className="shell-brand">
          <img src="/logo.svg" alt="" width={28} height={28} />
          <span>{t('appName')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul className="shell-nav">
            {NAV_ITEMS.map(({ path, labelKey, icon: Icon }) => (
              <li key={path}>
                <Link
                  href={path}
                  className="shell-nav__link"
                  aria-current={
                    location === path || location.startsWith(`${path}/`) ? 'page' : undefined
                  }
                >
                  <Icon size={18} aria-hidden="true" />
                  <span>{t(labelKey)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </aside>
      <div className="shell-main">
        <header className="shell-topbar">
          <StatusBadge />
          <TopBarControls />
        </header>
        <StorageNotice />
        <main id="main" className="shell-content" tabIndex={-1}>
          <Suspense fallback={<p className="shell-loading">{t('loading')}</p>}>
            <AppRoutes />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
