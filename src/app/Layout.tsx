import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { NAV_ITEMS } from './navigation';
import { StatusBadge } from './StatusBadge';
import { TopBarControls } from './TopBarControls';
import { useAppliedTheme } from './useAppliedTheme';

export function Layout() {
  const { t } = useTranslation();
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
                <NavLink to={path} className="shell-nav__link">
                  <Icon size={18} aria-hidden="true" />
                  <span>{t(labelKey)}</span>
                </NavLink>
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
        <main id="main" className="shell-content" tabIndex={-1}>
          <Suspense fallback={<p className="shell-loading">{t('loading')}</p>}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
