import { Redirect, Route, Switch, useLocation, useSearch } from 'wouter';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPage } from './ErrorPage';
import { ROUTES } from './pages';
import { LANDING_PATH } from './routeManifest';

export function AppRoutes() {
  const [location] = useLocation();
  // The address's query goes along (a shared `/?lang=zh` lands on `/designer?lang=zh`).
  const search = useSearch();
  return (
    <ErrorBoundary key={location}>
      <Switch>
        <Route path="/">
          <Redirect to={search ? `${LANDING_PATH}?${search}` : LANDING_PATH} replace />
        </Route>
        {ROUTES.map(({ path, Component }) => (
          <Route key={path} path={path} component={Component} />
        ))}
        <Route>
          <ErrorPage notFound />
        </Route>
      </Switch>
    </ErrorBoundary>
  );
}
