#!/usr/bin/env node
// Builds the app when the build is missing or older than its sources, then starts the server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const built = join(root, 'dist', 'index.html');

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((name) =>
  join(root, name),
);
// A STATIC_DIR of one's own is served as it is; only the default dist/ is rebuilt here.
const stale =
  !process.env.STATIC_DIR &&
  (!existsSync(built) ||
    sources.some((path) => existsSync(path) && newestMtime(path) > statSync(built).mtimeMs));

if (stale) {
  console.log('Building the app…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', join(root, 'server', 'main.ts')], {
  cwd: root,
  stdio: 'inherit',
});
// Pass a stop on to the server, so it can finish the batches in flight.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
