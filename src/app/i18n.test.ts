import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = join(process.cwd(), 'src', 'locales');
const namespacesOf = (language: string) =>
  readdirSync(join(dir, language))
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();

/** Every key, dotted, with i18next's plural suffixes folded into their base key. */
function keysOf(language: string, namespace: string): Set<string> {
  const keys = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) walk(inner, `${prefix}${key}.`);
    } else {
      keys.add(prefix.slice(0, -1).replace(/_(zero|one|two|few|many|other)$/, ''));
    }
  };
  walk(JSON.parse(readFileSync(join(dir, language, `${namespace}.json`), 'utf8')), '');
  return keys;
}

describe('translations', () => {
  it('lists every namespace file, the same in both languages', async () => {
    const { NAMESPACES } = await import('./i18n');
    expect([...NAMESPACES].sort()).toEqual(namespacesOf('en'));
    expect(namespacesOf('zh')).toEqual(namespacesOf('en'));
  });

  it('has every key in both languages, so Chinese needs no English fallback', () => {
    for (const namespace of namespacesOf('en')) {
      expect([...keysOf('zh', namespace)].sort(), namespace).toEqual(
        [...keysOf('en', namespace)].sort(),
      );
    }
  });
});
