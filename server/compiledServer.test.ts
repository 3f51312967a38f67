import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { dependencies, devDependencies } from '../package.json';

/* `npm start` runs the compiled server with plain node; a production install has no devDependency. */

const serverDir = inject('compiledServerDir');
const code = readFileSync(join(serverDir, 'main.js'), 'utf8');

/** The package each bare import of the bundle names (`@scope/name/sub` → `@scope/name`). */
function importedPackages(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']/gm),
    ...source.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((match) => match[1] ?? '');
  return [
    ...new Set(
      specifiers
        .filter((name) => !name.startsWith('.') && !name.startsWith('node:'))
        .map((name) =>
          name
            .split('/')
            .slice(0, name.startsWith('@') ? 2 : 1)
            .join('/'),
        ),
    ),
  ].sort();
}

/** A string literal naming the tsx loader or a `.ts` file (comments naming sources are fine). */
const TYPESCRIPT_AT_RUN_TIME = /["']tsx["']|["'][^"'\n]*\.ts["']/;

describe('the compiled server', () => {
  it('is one module that imports only Node built-ins and production dependencies', () => {
    const packages = importedPackages(code);
    // The bundle does import packages (the parse above finds them)…
    expect(packages).toEqual(expect.arrayContaining(['fastify', 'kysely', 'better-sqlite3']));
    // …and none of them is a devDependency or missing from package.json.
    const allowed = new Set([...Object.keys(dependencies), ...builtinModules]);
    expect(packages.filter((name) => !allowed.has(name))).toEqual([]);
    expect(packages.filter((name) => name in devDependencies)).toEqual([]);
  });

  it('names no TypeScript loader and no TypeScript file to load at run time', () => {
    // The check itself finds both when they are there.
    expect(`spawn(node, ['--import', 'tsx', 'server/main.ts'])`).toMatch(TYPESCRIPT_AT_RUN_TIME);
    expect(code).not.toMatch(TYPESCRIPT_AT_RUN_TIME);
  });
});
