// Runs every bench/*.bench.ts once, one after another, and writes BENCHMARKS.md; with names
// (`npm run bench -- send`) only the matching benches, into artifacts/BENCHMARKS.partial.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { builtApp } from '../bench/support/server';
import { RESULT_PREFIX, type BenchResult } from '../bench/support/report';
import { findChromium } from '../e2e/support/findChromium';

const root = new URL('..', import.meta.url).pathname;
const only = process.argv.slice(2);
const files = readdirSync(join(root, 'bench'))
  .filter((name) => name.endsWith('.bench.ts'))
  .filter((name) => only.length === 0 || only.some((part) => name.includes(part)))
  .sort();

console.log('Building the app once for every bench…');
process.env.BENCH_DIST_DIR = builtApp();

const results: BenchResult[] = [];
const failures: string[] = [];
const started = Date.now();
for (const file of files) {
  console.log(`\n▶ ${file}`);
  // Node itself with tsx's loader (not npx, which does not pass a signal on), so the timeout's
  // SIGTERM reaches the bench, which closes its servers and browser.
  const run = spawnSync(process.execPath, ['--import', 'tsx', join('bench', file)], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
    timeout: 5 * 60_000,
  });
  const lines = (run.stdout ?? '').split('\n');
  for (const line of lines) {
    if (line.startsWith(RESULT_PREFIX))
      results.push(JSON.parse(line.slice(RESULT_PREFIX.length)) as BenchResult);
    else if (line.trim()) console.log(`  ${line}`);
  }
  if (run.status !== 0) failures.push(`${file} exited with ${run.status ?? run.signal}`);
}

// Sizes print to the 0.1 KB they are measured to, so a page at 219.8 KB does not read as its
// 220 KB budget; times keep three significant figures.
const format = (value: number, unit = ''): string =>
  Number.isFinite(value)
    ? unit === 'KB'
      ? value.toFixed(1)
      : value >= 100
        ? value.toFixed(0)
        : value >= 10
          ? value.toFixed(1)
          : value.toFixed(2)
    : '–';

function chromiumVersion(): string {
  const path = findChromium();
  if (!path) return 'not found';
  const result = spawnSync(path, ['--version'], { encoding: 'utf8' });
  return result.stdout.trim() || path;
}

/** What follows HAND_WRITTEN in the record (before/after comparisons): kept as it is. */
const HAND_WRITTEN = '<!-- Written by hand below this line: npm run bench keeps it as it is. -->';
function handWritten(target: string): string {
  let record = '';
  try {
    record = readFileSync(join(root, target), 'utf8');
  } catch {
    return '';
  }
  const at = record.indexOf(HAND_WRITTEN);
  return at === -1 ? '' : `\n${record.slice(at)}`;
}

const cpu = cpus();
const lines = [
  '# Benchmarks',
  '',
  'Written by `npm run bench` (`scripts/bench.ts`); do not edit by hand. Each figure is the median',
  'and 95th percentile (nearest rank) of the repeated runs stated in its method.',
  '',
  '## Machine',
  '',
  `- Date: ${new Date().toISOString()}`,
  `- CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
  `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
  `- Node.js ${process.version}; ${chromiumVersion()}`,
  `- Whole run: ${((Date.now() - started) / 1000).toFixed(0)} s`,
  '',
];
for (const result of results) {
  lines.push(
    `## ${result.suite}`,
    '',
    '| figure | median | p95 | n | target | met | baseline |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const figure of result.figures) {
    const met = figure.met === undefined ? '' : figure.met ? 'yes' : '**no**';
    lines.push(
      `| ${figure.name} | ${format(figure.median, figure.unit)} ${figure.unit} | ${format(figure.p95, figure.unit)} ${figure.unit} | ${figure.n} | ${figure.target ?? ''} | ${met} | ${figure.baseline ?? ''} |`,
    );
  }
  if (result.notes?.length) lines.push('', ...result.notes);
  lines.push('', '**Method.**', '');
  for (const figure of result.figures) lines.push(`- *${figure.name}*: ${figure.method}`);
  lines.push('');
}
if (failures.length)
  lines.push('## Failed benches', '', ...failures.map((failure) => `- ${failure}`), '');
// A run of some benches only must not replace the full record with part of it.
const target = only.length === 0 ? 'BENCHMARKS.md' : join('artifacts', 'BENCHMARKS.partial.md');
mkdirSync(join(root, 'artifacts'), { recursive: true });
writeFileSync(join(root, target), `${lines.join('\n')}\n${handWritten(target)}`);
console.log(
  `\nWrote ${target} (${results.length} suites${failures.length ? `, ${failures.length} failed` : ''}).`,
);
if (failures.length) process.exit(1);
