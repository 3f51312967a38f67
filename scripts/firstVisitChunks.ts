import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';

/*
 * A page's first visit asked for ~40 files (the designer 42, compose 45): rolldown gives every
 * set of lazy chunks that shares a module a chunk of its own, most of them a few hundred bytes
 * (an icon, a field). Each is a request, and Chromium asks for six at a time. This groups the
 * modules of the pages' first visits by the pages whose first visit has them, so each page
 * downloads exactly the modules it did, in fewer files.
 *
 * Which modules a first visit has is known only once a build has tree-shaken them (the module
 * graph before it names every re-export of a barrel), so the plugin first builds the app as it
 * would be without it, into a temporary folder, and reads each page's first-visit files
 * (`firstVisitFiles`, as the page-weight guard counts them) and their modules (from the source
 * maps). What a page loads later (a dialog, the inspector, the editors) keeps its own chunks; a
 * later chunk that needs a grouped module imports its group, which the page has loaded already.
 */

/** Set in the first build, which chunks the app as before (and so does nothing here). */
const FIRST_PASS = 'MCS_FIRST_VISIT_PASS';

/** Whether this build is the first one, whose files are only read (a plugin may skip work). */
export const isFirstVisitPass = (): boolean => Boolean(process.env[FIRST_PASS]);

export interface FirstVisitChunks {
  plugin: Plugin;
  /** A codeSplitting group's `name`: the module's group, or null for a module in none. */
  groupOf: (id: string) => string | null;
}

/**
 * `pages`: each page's name and the files of its first visit in a build in `dist`; `grouped`:
 * whether a module (an absolute path) may be grouped (not the pages' own modules, which each
 * stay a chunk, nor what the entry or a named vendor group holds).
 */
export function firstVisitChunks(options: {
  /** The Vite config file the first build reads (this one's). */
  configFile: string;
  firstVisitFiles: (dist: string) => Record<string, string[]>;
  grouped: (id: string) => boolean;
  /** A group smaller than this (rendered bytes) joins the nearest group of more pages. */
  minGroupBytes?: number;
}): FirstVisitChunks {
  const groups = new Map<string, string>();
  const plugin: Plugin = {
    name: 'mcs-first-visit-chunks',
    apply: 'build',
    async config(config, { mode }) {
      if (process.env[FIRST_PASS]) return;
      const dist = mkdtempSync(join(tmpdir(), 'mcs-first-visit-'));
      process.env[FIRST_PASS] = '1';
      try {
        const output = await build({
          root: config.root,
          mode,
          configFile: options.configFile,
          logLevel: 'silent',
          build: { outDir: dist, emptyOutDir: true, manifest: true },
        });
        const chunks = (Array.isArray(output) ? output : [output]).flatMap((item) =>
          'output' in item ? item.output : [],
        );
        /** Each built file's modules and their rendered sizes. */
        const modulesOf = new Map<string, [string, number][]>();
        // What is imported dynamically somewhere keeps its own chunk: in a group, the chunk
        // a dynamic import returns would be the group's, not the module's (the markdown
        // renderer, which the preview lab imports and every other page loads on demand,
        // rendered nothing).
        const dynamicEntries = new Set<string>();
        for (const chunk of chunks) {
          if (chunk.type !== 'chunk') continue;
          if (chunk.isDynamicEntry && chunk.facadeModuleId)
            dynamicEntries.add(chunk.facadeModuleId);
        }
        for (const chunk of chunks) {
          if (chunk.type !== 'chunk') continue;
          modulesOf.set(
            chunk.fileName,
            Object.entries(chunk.modules).map(([id, info]) => [id, info.renderedLength]),
          );
        }
        const pagesOf = new Map<string, string[]>();
        const sizeOf = new Map<string, number>();
        for (const [page, files] of Object.entries(options.firstVisitFiles(dist))) {
          for (const file of files) {
            for (const [id, size] of modulesOf.get(file) ?? []) {
              if (!options.grouped(id) || dynamicEntries.has(id)) continue;
              sizeOf.set(id, size);
              const pages = pagesOf.get(id) ?? [];
              if (!pages.includes(page)) pagesOf.set(id, [...pages, page]);
            }
          }
        }
        groups.clear();
        for (const [id, pages] of mergeSmall(pagesOf, sizeOf, options.minGroupBytes ?? 0)) {
          groups.set(id, `first-${pages.join('-')}`);
        }
      } finally {
        delete process.env[FIRST_PASS];
        rmSync(dist, { recursive: true, force: true });
      }
    },
  };
  return { plugin, groupOf: (id) => groups.get(id) ?? null };
}

/**
 * Each module's pages (sorted), with the modules of a group under `minBytes` moved to the
 * smallest group whose pages include all of its pages (the fewest pages that then download
 * what they do not use), until no small group has such a neighbour.
 */
export function mergeSmall(
  pagesOf: Map<string, string[]>,
  sizeOf: Map<string, number>,
  minBytes: number,
): Map<string, string[]> {
  const groups = new Map<string, { pages: string[]; ids: string[]; bytes: number }>();
  for (const [id, pages] of pagesOf) {
    const sorted = [...pages].sort();
    const key = sorted.join(' ');
    const group = groups.get(key) ?? { pages: sorted, ids: [], bytes: 0 };
    group.ids.push(id);
    group.bytes += sizeOf.get(id) ?? 0;
    groups.set(key, group);
  }
  for (;;) {
    const small = [...groups.values()]
      .filter((group) => group.bytes < minBytes)
      .sort((a, b) => a.bytes - b.bytes);
    let moved = false;
    for (const group of small) {
      const into = [...groups.values()]
        .filter(
          (other) =>
            other !== group &&
            other.pages.length > group.pages.length &&
            group.pages.every((page) => other.pages.includes(page)),
        )
        .sort((a, b) => a.pages.length - b.pages.length || b.bytes - a.bytes)[0];
      if (!into) continue;
      into.ids.push(...group.ids);
      into.bytes += group.bytes;
      groups.delete(group.pages.join(' '));
      moved = true;
      break;
    }
    if (!moved) break;
  }
  const result = new Map<string, string[]>();
  for (const group of groups.values()) for (const id of group.ids) result.set(id, group.pages);
  return result;
}
