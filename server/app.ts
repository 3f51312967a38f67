import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import Fastify, {
  type FastifyHttpOptions,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { STATUS_CODES, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { resolve } from 'node:path';
import { version } from '../package.json';
import type { ServerStatus } from '../src/api/schemas';
import { ENDPOINTS, endpointUrl, type Endpoint } from '../src/mind';
import { isLoopback, maskAppId, type Config } from './config';
import { directoryFields, loadDirectory } from './directory';
import { loadEmoji } from './emoji';
import { loadGroups } from './groups';
import { installErrorHandler, sendError } from './errors';
import { installExactJson } from './exactJson';
import { loggerOptions, type LoggerSettings } from './logger';
import { createMindClient, type MindTarget } from './mindClient';
import { authRoutes } from './routes/authRoutes';
import { exportRoutes } from './routes/exportRoutes';
import { lookupRoutes } from './routes/lookupRoutes';
import { messageRoutes } from './routes/messageRoutes';
import { templateRoutes } from './routes/templateRoutes';
import {
  SANDBOX_APP_ID,
  SANDBOX_MIND_PATHS,
  inboxRoutes,
  sandboxMind,
} from './routes/sandboxRoutes';
import { isFilePath } from './requestPath';
import { loadAssets, pickEncoding } from './assetFiles';
import { createPageHtml } from './pageHtml';
import { PRELOADS_FILE } from '../src/app/routeManifest';
import { installDoor, classify } from './security';
import { inlineScriptHashes, installSecurityHeaders, staticCacheControl } from './securityHeaders';
import { createPacer } from './pacer';
import { createSender, type Sender } from './sender';
import { installZodValidation } from './validation';
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

/** Where the sandbox's Mind is reached: this server's own address, over real HTTP. */
function sandboxUrls(app: FastifyInstance): Record<Endpoint, string> {
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
  const origin = `http://${host}:${address.port}`;
  return Object.fromEntries(
    ENDPOINTS.map((endpoint) => [endpoint, `${origin}${SANDBOX_MIND_PATHS[endpoint]}`]),
  ) as Record<Endpoint, string>;
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
  const options: FastifyHttpOptions<Server> = {
    logger: log === false ? false : loggerOptions({ ...log, secrets }),
    bodyLimit: config.bodyLimit,
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (_address: string, hop: number) => hop < (config.trustProxy as number)
        : config.trustProxy,
    // Fastify's own 503 while closing is not the app's error shape; a stop drains first
    // (startServer's close), so a request still arriving then is answered as usual.
    return503OnClosing: false,
    clientErrorHandler: answerMalformedHttp,
    // A request without Host reaches the door, which answers it in JSON (Node's own 400 is bare).
    http: { requireHostHeader: false },
    // A URL the router cannot decode (`/%zz`) is answered before any hook: in our shape too.
    frameworkErrors: (error, _request, reply) =>
      sendError(reply, 400, 'bad-url', `The address is not valid: ${error.message}`),
  };
  const app = Fastify(options);
  installErrorHandler(app);
  installZodValidation(app);
  if (!isLoopback(config.host) && config.allowedHosts.length === 0) {
    app.log.warn(
      `HOST=${config.host} listens beyond this machine, but only loopback names are answered: ` +
        'set ALLOWED_HOSTS (or PUBLIC_URL) to the names users open',
    );
  }
  installExactJson(app);

  await app.register(fastifyCookie);
  // Only routes that ask for their own limit (login) get one from the plugin; the API's limit is
  // counted at the door, which knows what is an API call however its path is spelled.
  await app.register(fastifyRateLimit, {
    global: false,
    max: config.rateLimitPerMinute,
    timeWindow: '1 minute',
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      code: 'rate-limited',
      message: `Too many requests; try again in ${context.after}`,
    }),
  });
  const countApiCall = app.createRateLimit();
  installDoor(app, {
    accessToken: config.accessToken,
    allowedHosts: config.allowedHosts,
    db,
    async limit(request) {
      const counted = await countApiCall(request);
      return counted.isAllowed || !counted.isExceeded
        ? { over: false }
        : { over: true, retryAfter: counted.ttlInSeconds };
    },
  });

  // Live, the same for every request: its URLs made once, not for each batch.
  let live: MindTarget | undefined;
  const target = (): MindTarget =>
    config.credentials
      ? (live ??= {
          urls: Object.fromEntries(
            ENDPOINTS.map((endpoint) => [endpoint, endpointUrl(endpoint, config.mindApiUrl)]),
          ) as Record<Endpoint, string>,
          ...config.credentials,
        })
      : { urls: sandboxUrls(app), appId: SANDBOX_APP_ID, appSecret: sandboxSecret };
  const pacer = createPacer(db, config.ratePerSecond);
  const mind = createMindClient({
    target,
    timeoutMs: config.timeoutMs,
    retries: config.retries,
    backoffMs: config.backoffMs,
    logger: app.log,
    onRateLimited: (ms) => pacer.pause(ms),
  });
  const sender = createSender({
    db,
    mind,
    batchSize: config.batchSize,
    concurrency: config.concurrency,
    leaseMs: config.batchLeaseMs,
    logger: app.log,
    pacer,
  });
  // Leftover work (a previous run's pending batches, sends now due) starts once this server
  // listens: in sandbox mode its Mind is this server, and a batch sent before then never left
  // yet was recorded failed ("The server is not listening yet").
  app.addHook('onListen', async () => sender.start());

  const people = loadDirectory(config.directoryFile, config.mode);
  const status: ServerStatus = {
    mode: config.mode,
    appId: config.credentials ? maskAppId(config.credentials.appId) : null,
    version,
    batchSize: config.batchSize,
    authRequired: config.accessToken !== null,
    assetBase: config.assetBase,
    mindRatePerSecond: config.ratePerSecond,
    maxContentBytes: config.maxContentBytes,
    directoryFields: directoryFields(people),
    directorySize: people.length,
  };
  const staticDir = resolve(config.staticDir);
  const indexFile = resolve(staticDir, 'index.html');
  const hasApp = existsSync(indexFile);
  installSecurityHeaders(app, hasApp ? inlineScriptHashes(readFileSync(indexFile, 'utf8')) : []);
  // Each part of the API is a plugin whose routes declare their schemas (server/validation.ts);
  // registered after the door and the headers, whose hooks they inherit.
  await app.register(lookupRoutes, {
    status,
    people,
    groups: loadGroups(config.groupsFile, config.mode),
    emoji: loadEmoji(config.emojiFile),
  });
  await app.register(authRoutes, { accessToken: config.accessToken, db });
  await app.register(messageRoutes, { db, sender, people });
  await app.register(templateRoutes, { db });
  await app.register(exportRoutes, { config });
  await app.register(inboxRoutes, { db, sandbox: config.mode === 'sandbox' });
  if (config.mode === 'sandbox') await app.register(sandboxMind, { db, appSecret: sandboxSecret });
  // A page's HTML names the files it starts with (server/pageHtml.ts), so it is made here, not
  // served as the file.
  const pageHtml = hasApp ? createPageHtml(staticDir) : null;
  const sendPage = (request: FastifyRequest, reply: FastifyReply) => {
    if (!pageHtml) throw new Error('No app to serve');
    const [path = '/', query = ''] = request.url.split('?', 2);
    const page = pageHtml(
      path,
      new URLSearchParams(query).get('lang'),
      request.headers['accept-language'],
    );
    void reply
      .header('cache-control', 'no-cache')
      .header('vary', 'Accept-Language')
      .header('etag', page.etag)
      .type('text/html; charset=utf-8');
    if (request.headers['if-none-match'] === page.etag) return reply.code(304).send();
    return reply.code(200).send(page.html);
  };
  if (hasApp) {
    await app.register(fastifyStatic, {
      root: staticDir,
      wildcard: false,
      index: false,
      globIgnore: ['index.html', PRELOADS_FILE, 'assets/**'],
      // The build's `.br` and `.gz` copies (vite.config.ts), to a browser that accepts them.
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, path) => void reply.header('cache-control', staticCacheControl(path)),
    });
    app.get('/', sendPage);
    app.get('/index.html', sendPage);
    // The build's hashed files, from memory (server/assetFiles.ts).
    const assets = loadAssets(staticDir);
    app.get('/assets/*', (request, reply) => {
      const path = request.url.split('?', 1)[0] ?? '';
      const file = assets.get(path);
      if (!file) return reply.callNotFound();
      const { body, encoding } = pickEncoding(file, request.headers['accept-encoding']);
      void reply
        .header('cache-control', staticCacheControl(path))
        .header('etag', file.etag)
        .type(file.type);
      if (file.br || file.gzip) void reply.header('vary', 'accept-encoding');
      if (encoding) void reply.header('content-encoding', encoding);
      if (request.headers['if-none-match'] === file.etag) return reply.code(304).send();
      return reply.send(body);
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const judged = classify(request);
    // A page's address gets the app; a missing file (a chunk an older build named, asked for by
    // a tab opened before an update) gets a 404, not HTML the browser would try to run.
    if (hasApp && request.method === 'GET' && judged && !judged.isApi && !isFilePath(judged.path)) {
      return sendPage(request, reply);
    }
    const path = request.url.split('?')[0] ?? '';
    return sendError(reply, 404, 'not-found', `No route ${request.method} ${path.slice(0, 100)}`);
  });
  return { app, sender };
}
