import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/*
 * The folders of src/features/* as a graph: an edge from a feature to every other feature one of
 * its files imports (static, type-only or dynamic `import()`; tests too). The lint rule refuses
 * most of them (FEATURE_JOINS in eslint.config.js); this reports the cycles among those left,
 * which issue 15 wants none of. `npx tsx scripts/featureCycles.ts` prints the graph and cycles.
 */

const SOURCE = /\.(ts|tsx)$/;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

/** The feature a path under `featuresDir` belongs to, if any. */
function featureOf(featuresDir: string, path: string): string | undefined {
  const inside = relative(featuresDir, path);
  if (inside.startsWith('..')) return undefined;
  return inside.split(sep)[0];
}

/** Each feature and the other features it imports (sorted). */
export function featureGraph(featuresDir = 'src/features'): Map<string, string[]> {
  const root = resolve(featuresDir);
  const graph = new Map<string, Set<string>>();
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (entry.isDirectory()) graph.set(entry.name, new Set());
  }
  for (const file of sourceFiles(root)) {
    const from = featureOf(root, file);
    const targets = from === undefined ? undefined : graph.get(from);
    if (!targets) continue;
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    for (const { fileName } of importedFiles) {
      if (!fileName.startsWith('.')) continue;
      const to = featureOf(root, resolve(dirname(file), fileName));
      if (to !== undefined && to !== from && graph.has(to)) targets.add(to);
    }
  }
  return new Map([...graph].map(([feature, targets]) => [feature, [...targets].sort()]));
}

/** The cycles of `graph`: its strongly connected components of more than one feature (Tarjan). */
export function featureCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node)!, index.get(next)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== node);
    if (component.length > 1) cycles.push(component.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return cycles.sort((a, b) => a.join().localeCompare(b.join()));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  const graph = featureGraph();
  for (const [feature, targets] of graph) console.log(`${feature} → ${targets.join(', ') || '-'}`);
  const cycles = featureCycles(graph);
  console.log(
    cycles.length ? `cycles: ${cycles.map((c) => c.join(' ⇄ ')).join('; ')}` : 'cycles: none',
  );
}
