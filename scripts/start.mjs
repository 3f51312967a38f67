#!/usr/bin/env node
// Builds the app and the server when a build is missing or older than its sources, then
// starts the compiled server with plain node.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function newestMtime(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestMtime(join(path, name))),
    stat.mtimeMs,
  );
}

/** Whether `output` is missing or older than any of `sources` (paths relative to the root). */
function stale(output, sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((name) => {
    const path = join(root, name);
    return existsSync(path) && newestMtime(path) > built;
  });
}

/** Builds with Vite, which a production install (`npm ci --omit=dev`) does not have. */
function build(what, args) {
  const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  if (!existsSync(vite)) {
    console.error(
      `Mind Card Studio did not start: the ${what} is missing or older than its sources, and ` +
        'Vite (a devDependency) is not installed to build it. Run `npm run build` where ' +
        'devDependencies are installed, then start again.',
    );
    process.exit(1);
  }
  console.log(`Building the ${what}…`);
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A STATIC_DIR of one's own is served as it is; only the default dist/ is rebuilt here.
const appSources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];
if (!process.env.STATIC_DIR && stale(join(root, 'dist', 'index.html'), appSources)) {
  build('app', []);
}
/** The files the compiled server was built from (its source map lists them), and its config. */
function serverSources() {
  const fromMap = [];
  try {
    const map = JSON.parse(readFileSync(`${serverMain}.map`, 'utf8'));
    for (const source of map.sources) fromMap.push(relative(root, resolve(serverDir, source)));
  } catch {
    return ['server', 'src', 'vite.server.config.ts', 'package.json'];
  }
  return [...fromMap, 'vite.server.config.ts', 'package.json'];
}

// The server runs as compiled JavaScript (vite.server.config.ts); SERVER_DIR names a build of
// one's own, used as it is.
const serverDir = process.env.SERVER_DIR ?? join(root, 'dist-server');
const serverMain = join(serverDir, 'main.js');
if (!process.env.SERVER_DIR && stale(serverMain, serverSources())) {
  build('server', ['-c', 'vite.server.config.ts']);
}

// The IPC channel is the server's lifeline: when this process ends, even by SIGKILL, the
// channel closes and the server stops as it would on SIGTERM (server/main.ts).
const server = spawn(process.execPath, ['--enable-source-maps', serverMain], {
  cwd: root,
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
});
// A stop sent to this process alone is passed on. Ctrl-C reaches the server too (the whole
// process group gets it); the server takes repeats as one stop, so nothing is cut short.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
// Under `npm start` the parent is npm's shell, which a SIGTERM to npm ends without passing
// anything on: a new parent means npm is gone, and so should the server be.
if (process.env.npm_lifecycle_event) {
  const parent = process.ppid;
  const watch = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(watch);
    server.kill('SIGTERM');
  }, 250);
}
