import { Suspense, useEffect, useRef } from 'react';
import { useTranslation } from '../lib/i18n/useTranslation';
import { Link, useLocation } from 'wouter';
import { NAV_ITEMS } from './navigation';
import { AppRoutes } from './routes';
import { StatusBadge } from './StatusBadge';
import { StorageNotice } from './StorageNotice';
import { TopBarControls } from './TopBarControls';
import { useAppliedTheme } from './useAppliedTheme';

const inSight = (element: Element | null | undefined) =>
  element?.scrollIntoView({ block: 'nearest', inline: 'nearest' });

export function Layout() {
  const { t } = useTranslation();
  const [location] = useLocation();
  const navList = useRef<HTMLUListElement>(null);
  useAppliedTheme();
  // On a phone the links are one row that scrolls sideways: the current page's link stays in
  // sight, and so does a focused one (the browser leaves a link half hidden when it gets focus).
  useEffect(() => {
    inSight(navList.current?.querySelector('[aria-current="page"]'));
  }, [location]);
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
        <nav aria-label={t('nav.label')} className="shell-sidebar__nav">
          <ul className="shell-nav" ref={navList} onFocus={(event) => inSight(event.target)}>
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
