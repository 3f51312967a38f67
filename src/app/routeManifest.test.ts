import { describe, expect, it } from 'vitest';
import { pageLoader } from './pages';
import { NAMESPACES } from './i18n';
import {
  LANDING_PATH,
  PAGE_ROUTES,
  routeOf,
  routePattern,
  startupNamespaces,
} from './routeManifest';

describe('the route manifest', () => {
  it('names, for every route, a page module that exports its page', async () => {
    for (const { module, exportName } of PAGE_ROUTES) {
      const loaded = await pageLoader(module)();
      expect(typeof loaded[exportName], `${module} exports ${exportName}`).toBe('function');
    }
  }, 60_000);

  it('refuses a module that is not a page', () => {
    expect(() => pageLoader('features/designer/NoSuchPage')).toThrow(/not a page module/);
  });

  it('matches addresses as the router does, and / for the landing page', () => {
    const matches = (path: string, address: string) => new RegExp(routePattern(path)).test(address);
    expect(matches(LANDING_PATH, '/')).toBe(true);
    expect(matches(LANDING_PATH, LANDING_PATH)).toBe(true);
    expect(matches('/history/:id', '/history/abc')).toBe(true);
    expect(matches('/history/:id', '/history/abc/more')).toBe(false);
    expect(matches('/history', '/history/')).toBe(true);
    expect(matches('/history', '/')).toBe(false);
  });

  it('starts each page with common and namespaces that exist; an unknown address with common', () => {
    for (const route of PAGE_ROUTES) {
      for (const namespace of startupNamespaces(route)) {
        expect(NAMESPACES as readonly string[], `${route.path}: ${namespace}`).toContain(namespace);
      }
    }
    expect(routeOf('/')?.path).toBe(LANDING_PATH);
    expect(routeOf('/history/abc')?.path).toBe('/history/:id');
    expect(startupNamespaces(routeOf('/no-such-page'))).toEqual(['common']);
  });
});
