import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_ROUTES, startupNamespaces } from './routeManifest';

/*
 * A translation namespace a page shows without saying so in routeManifest.ts is downloaded the
 * first time a part of the page needs it, and until then the whole page gives way to the
 * loading line (react-i18next suspends to the page's boundary): the focus falls to <body>
 * (found with History's Duplicate, whose question needed `exchange`). Parts the page imports
 * lazily (`import()`, each inside a Suspense of its own) may load theirs later; every module a
 * page imports statically must find its namespaces loaded with the page.
 */

const SRC = resolve(__dirname, '..');
const EXTENSIONS = ['.tsx', '.ts', '/index.tsx', '/index.ts'];

function resolveModule(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  if (/\.(tsx?)$/.test(base) && existsSync(base)) return base;
  return EXTENSIONS.map((extension) => base + extension).find((file) => existsSync(file));
}

/** The source files a module reaches by static, non-type imports (and re-exports). */
function staticModules(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const [statement, specifier] of text.matchAll(
      /^\s*(?:import|export)\b[^;]*?\bfrom\s+'(\.{1,2}\/[^']+)'/gm,
    )) {
      if (/^\s*(?:import|export)\s+type\b/.test(statement) || !specifier) continue;
      const target = resolveModule(file, specifier);
      if (target) visit(target);
    }
    // Side-effect imports of code (`import './x'`), not of styles.
    for (const [, specifier] of text.matchAll(/^\s*import\s+'(\.{1,2}\/[^']+)'/gm)) {
      const target = specifier ? resolveModule(file, specifier) : undefined;
      if (target) visit(target);
    }
  };
  visit(entry);
  return [...seen];
}

/** The namespaces a module asks `useTranslation` for (none given: `common`). */
function namespacesOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/useTranslation\(\s*(?:'([^']+)'|\[([^\]]*)\])?\s*\)/g)].flatMap(
    ([, one, many]) =>
      one
        ? [one]
        : many
          ? [...many.matchAll(/'([^']+)'/g)].map(([, name]) => name ?? '')
          : ['common'],
  );
}

/** Each namespace a page's static modules use that the page does not load, with who uses it. */
function unloaded(module: string, loaded: readonly string[]): string[] {
  return staticModules(resolve(SRC, `${module}.tsx`)).flatMap((file) =>
    namespacesOf(file)
      .filter((namespace) => !loaded.includes(namespace))
      .map((namespace) => `${namespace} (${relative(SRC, file)})`),
  );
}

describe('the namespaces a page loads with it', () => {
  it('hold every namespace its statically imported parts use', () => {
    for (const route of PAGE_ROUTES) {
      expect(
        unloaded(route.module, startupNamespaces(route)),
        `${route.path}: add these to its namespaces in routeManifest.ts`,
      ).toEqual([]);
    }
  });

  it('would name a namespace left out, and the part that uses it', () => {
    const detail = PAGE_ROUTES.find((route) => route.path === '/history/:id');
    expect(detail).toBeDefined();
    const withoutExchange = startupNamespaces(detail).filter((name) => name !== 'exchange');
    expect(unloaded(detail?.module ?? '', withoutExchange)).toContain(
      'exchange (work/ReplaceWorkDialog.tsx)',
    );
  });

  it('follows static imports and not lazy ones', () => {
    const modules = staticModules(resolve(SRC, 'features/templates/SaveTemplateButton.tsx')).map(
      (file) => relative(SRC, file),
    );
    expect(modules).toContain('ui/Button.tsx');
    // Loaded with import() inside a Suspense of its own: its namespaces may come later.
    expect(modules).not.toContain('features/templates/SaveTemplateDialog.tsx');
  });
});
