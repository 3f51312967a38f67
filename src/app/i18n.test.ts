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

  it('puts no space between Chinese and an inserted word that may itself be Chinese', () => {
    // Numbers, ids and addresses keep theirs; text-autospace spaces Latin words out anyway.
    const words =
      /^(name|who|people|type|what|kind|phrase|editor|label|work|incoming|start|title)$/;
    const cjk = '[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]';
    const spaced = new RegExp(`${cjk} \\{\\{(\\w+)\\}\\}|\\{\\{(\\w+)\\}\\} ${cjk}`, 'g');
    const found: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
      } else if (typeof value === 'string') {
        for (const match of value.matchAll(spaced)) {
          if (words.test(match[1] ?? match[2] ?? '')) found.push(`${where}: ${value}`);
        }
      }
    };
    for (const namespace of namespacesOf('zh')) {
      walk(JSON.parse(readFileSync(join(dir, 'zh', `${namespace}.json`), 'utf8')), namespace);
    }
    expect(found).toEqual([]);
  });

  it('counts requests with one measure word in Chinese (次, never 个)', () => {
    // "1 次请求" beside "1 个请求" in the same review reads as two different things.
    const counted = /(\d|\}\})\s*个请求|每秒\s*\{\{rate\}\}\s*个/;
    const found: string[] = [];
    const walk = (value: unknown, where: string) => {
      if (typeof value === 'object' && value !== null) {
        for (const [key, inner] of Object.entries(value)) walk(inner, `${where}.${key}`);
      } else if (typeof value === 'string' && counted.test(value)) {
        found.push(`${where}: ${value}`);
      }
    };
    for (const namespace of namespacesOf('zh')) {
      walk(JSON.parse(readFileSync(join(dir, 'zh', `${namespace}.json`), 'utf8')), namespace);
    }
    expect(found).toEqual([]);
  });
});
