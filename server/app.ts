import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import type { ServerStatus } from '../src/api/schemas';
import { maskAppId, type Config } from './config';
import { loadDirectory } from './directory';
import { loadEmoji } from './emoji';
import { installErrorHandler, sendError } from './errors';
import { loggerOptions, type LoggerSettings } from './logger';
import { createMindClient, type MindTarget } from './mindClient';
import { registerAuthRoutes } from './routes/authRoutes';
import { registerExportRoutes } from './routes/exportRoutes';
import { registerLookupRoutes } from './routes/lookupRoutes';
import { registerMessageRoutes } from './routes/messageRoutes';
import { registerTemplateRoutes } from './routes/templateRoutes';
import {
  SANDBOX_APP_ID,
  SANDBOX_MIND_PATH,
  registerInboxRoutes,
  registerSandboxMind,
} from './routes/sandboxRoutes';
import { installSecurity } from './security';
import { createSender, type Sender } from './sender';
import type { Db } from './store/db';

export interface AppOptions {
  config: Config;
  db: Db;
  /** Log settings; `false` for silence. The secrets are added here. */
  log?: Omit<LoggerSettings, 'secrets'> | false;
  /** The sandbox's own app-secret; random per process unless a test fixes it. */
  sandboxSecret?: string;
}

export interface App {
  app: FastifyInstance;
  sender: Sender;
}

const version = (
  JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;

/** Where the sandbox's Mind is reached: this server's own address, over real HTTP. */
function sandboxUrl(app: FastifyInstance): string {
  const address = app.server.address();
  if (address === null || typeof address === 'string')
    throw new Error('The server is not listening yet');
  const host =
    address.family === 'IPv6'
      ? address.address === '::'
        ? '[::1]'
        : `[${address.address}]`
      : address.address === '0.0.0.0'
        ? '127.0.0.1'
        : address.address;
  return `http://${host}:${address.port}${SANDBOX_MIND_PATH}`;
}

/** A request Node's HTTP parser refused (a raw non-ASCII URL, a broken header): say so in JSON. */
function answerMalformedHttp(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'The request headers are too large']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'The request took too long to arrive']
        : [400, 'The request is not valid HTTP (is the URL percent-encoded?)'];
  const body = JSON.stringify({ error: { code: 'malformed-http', message } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

/** The whole server: API, sandbox, static app. Call `app.listen` to start it. */
export async function buildApp({
  config,
  db,
  log = false,
  sandboxSecret = randomBytes(24).toString('base64url'),
}: AppOptions): Promise<App> {
  const secrets = () =>
    [config.credentials?.appSecret, config.accessToken, sandboxSecret].filter(
      (value): value is string => Boolean(value),
    );
  const options: FastifyServerOptions = {
    logger: log === false ? false : loggerOptions({ ...log, secrets }),
    bodyLimit: config.bodyLimit,
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    return503OnClosing: true,
    clientErrorHandler: answerMalformedHttp,
  };
  const app = Fastify(options);
  installErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: true,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    // The API is what costs; the app's own files are cached static assets, and one page load
    // asks for a dozen of them.
    allowList: (request) => !request.url.startsWith('/api/'),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'rate-limited',
      message: `Too many requests; try again in ${context.after}`,
    }),
  });
  installSecurity(app, config.accessToken);

  const target = (): MindTarget =>
    config.credentials
      ? { url: config.mindApiUrl, ...config.credentials }
      : { url: sandboxUrl(app), appId: SANDBOX_APP_ID, appSecret: sandboxSecret };
  const mind = createMindClient({
    target,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    backoffMs: config.backoffMs,
    logger: app.log,
  });
  const sender = createSender({
    db,
    mind,
    batchSize: config.batchSize,
    concurrency: config.concurrency,
    logger: app.log,
  });

  const status: ServerStatus = {
    mode: config.mode,
    appId: config.credentials ? maskAppId(config.credentials.appId) : null,
    version,
    batchSize: config.batchSize,
    authRequired: config.accessToken !== null,
    assetBase: config.assetBase,
  };
  registerLookupRoutes(app, {
    status,
    people: loadDirectory(config.directoryFile, config.mode),
    emoji: loadEmoji(config.emojiFile),
  });
  registerAuthRoutes(app, config.accessToken);
  registerMessageRoutes(app, db, sender);
  registerTemplateRoutes(app, db);
  registerExportRoutes(app, config);
  registerInboxRoutes(app, db, config.mode === 'sandbox');
  if (config.mode === 'sandbox') registerSandboxMind(app, db, sandboxSecret);

  const staticDir = resolve(config.staticDir);
  const hasApp = existsSync(resolve(staticDir, 'index.html'));
  if (hasApp) await app.register(fastifyStatic, { root: staticDir, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // A page's address gets the app; a missing file (a chunk an older build named, asked for by
    // a tab opened before an update) gets a 404, not HTML the browser would try to run.
    const isFile = /\.[a-z0-9]+$/i.test(path);
    if (
      hasApp &&
      request.method === 'GET' &&
      !isFile &&
      !path.startsWith('/api/') &&
      path !== '/api'
    ) {
      return reply.sendFile('index.html');
    }
    return sendError(reply, 404, 'not-found', `No route ${request.method} ${path.slice(0, 100)}`);
  });
  return { app, sender };
}
