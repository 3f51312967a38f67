import { Redirect, Route, Switch, useLocation } from 'wouter';
import { ErrorBoundary } from './ErrorBoundary';
import { ErrorPage } from './ErrorPage';
import { ROUTES } from './pages';
import { LANDING_PATH } from './routeManifest';

export function AppRoutes() {
  const [location] = useLocation();
  return (
    <ErrorBoundary key={location}>
      <Switch>
        <Route path="/">
          <Redirect to={LANDING_PATH} replace />
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
