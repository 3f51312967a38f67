import { resolve } from 'node:path';
import { z } from 'zod';
import { MIND_API_URL } from '../src/mind';

/** A configuration value that stops the start; the message names the variable. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const text = () => z.preprocess(blankToUndefined, z.string().trim().optional());

const integer = (fallback: number, min: number, max: number) => {
  const range = `must be a whole number from ${min} to ${max}`;
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d+$/, range)
      .transform(Number)
      .pipe(z.number().int().min(min, range).max(max, range))
      .optional()
      .transform((value) => value ?? fallback),
  );
};

const httpUrl = z.preprocess(
  blankToUndefined,
  z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .optional()
    .transform((value) => value ?? MIND_API_URL),
);

/** `name` or `name:port`, `[v6]` or `[v6]:port`: how a Host header names this server. */
const HOST_NAME =
  /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:\d{1,5})?$/i;

const hostList = z.preprocess(
  blankToUndefined,
  z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((name) => name.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(
      z.array(
        z
          .string()
          .regex(
            HOST_NAME,
            'must be a comma-separated list of host names, each with an optional :port',
          ),
      ),
    ),
);

const envSchema = z.object({
  HOST: text().transform((value) => value ?? '127.0.0.1'),
  PORT: integer(8080, 0, 65535),
  MIND_APP_ID: text(),
  MIND_APP_SECRET: text(),
  MIND_API_URL: httpUrl,
  MIND_TIMEOUT_MS: integer(10_000, 100, 600_000),
  MIND_BATCH_SIZE: integer(100, 1, 10_000),
  MIND_MAX_CONTENT_BYTES: integer(30_720, 1024, 10 * 1024 * 1024),
  MIND_CONCURRENCY: integer(4, 1, 64),
  MIND_RETRIES: integer(2, 0, 10),
  MIND_BACKOFF_MS: integer(500, 0, 60_000),
  MIND_RATE_PER_SECOND: integer(20, 1, 10_000),
  SHUTDOWN_GRACE_MS: integer(10_000, 0, 600_000),
  BATCH_LEASE_MS: integer(30_000, 300, 600_000),
  MIND_ASSET_BASE: text().transform((value) => value ?? ''),
  DATA_DIR: text().transform((value) => resolve(value ?? 'data')),
  DATABASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .refine(isPostgresUrl, 'must be a postgres:// or postgresql:// URL (or unset for SQLite)')
      .optional(),
  ),
  STATIC_DIR: text().transform((value) => resolve(value ?? 'dist')),
  DIRECTORY_FILE: text(),
  GROUPS_FILE: text(),
  EMOJI_FILE: text(),
  ACCESS_TOKEN: z.preprocess(
    blankToUndefined,
    z.string().min(16, 'must be at least 16 characters long').optional(),
  ),
  // Room for the most a send may hold: 100,000 open_ids are 3.8 MB of JSON, with its content.
  BODY_LIMIT_BYTES: integer(8 * 1024 * 1024, 1024, 64 * 1024 * 1024),
  RATE_LIMIT_PER_MINUTE: integer(600, 1, 1_000_000),
  PUBLIC_URL: z.preprocess(
    blankToUndefined,
    z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  ),
  ALLOWED_HOSTS: hostList,
  TRUST_PROXY: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^(true|false|\d{1,2})$/, 'must be true, false, or the number of proxies in front')
      .optional()
      .transform((value) =>
        value === undefined || value === 'false' ? false : value === 'true' ? true : Number(value),
      ),
  ),
});

export interface Config {
  host: string;
  port: number;
  /** `sandbox` when neither credential is set. */
  mode: 'sandbox' | 'live';
  /** Live credentials; null in sandbox mode (the sandbox makes its own). */
  credentials: { appId: string; appSecret: string } | null;
  /** The upstream endpoint in live mode; ignored in sandbox mode (the server's own endpoint). */
  mindApiUrl: string;
  timeoutMs: number;
  batchSize: number;
  /** The review warns about an (expanded) message whose encoded content is larger (bytes). */
  maxContentBytes: number;
  concurrency: number;
  retries: number;
  backoffMs: number;
  /**
   * Requests to Mind per second at most, across every server sharing the database
   * (server/pacer.ts). Every server on one database should be given the same value.
   */
  ratePerSecond: number;
  /** On SIGINT/SIGTERM, how long batches in flight may take to finish before they are `unknown`. */
  shutdownGraceMs: number;
  /** How long a server's claim on a batch holds unless renewed (every third of it). */
  batchLeaseMs: number;
  assetBase: string;
  /** Where the SQLite database lives (unless `databaseUrl` is set). */
  dataDir: string;
  /** A `postgres://` URL: store everything in PostgreSQL instead of SQLite. Holds a password. */
  databaseUrl: string | null;
  staticDir: string;
  directoryFile: string | null;
  /** The groups the robot posts to: JSON `[{id,name}]` or CSV `id,name`. */
  groupsFile: string | null;
  emojiFile: string | null;
  accessToken: string | null;
  bodyLimit: number;
  rateLimitPerMinute: number;
  /**
   * Names (`name` or `name:port`, lower case) this server answers on besides loopback: from
   * ALLOWED_HOSTS, PUBLIC_URL's host and a HOST that is neither loopback nor a wildcard.
   */
  allowedHosts: string[];
  /** Fastify's trustProxy: believe X-Forwarded-For/-Host/-Proto from this many proxies. */
  trustProxy: boolean | number;
}

function isPostgresUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'postgres:' || url.protocol === 'postgresql:';
  } catch {
    return false;
  }
}

/** True for addresses only this machine can reach. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127(\.\d{1,3}){3}$/.test(bare);
}

/**
 * Reads and checks the configuration. Throws `ConfigError` naming each wrong variable; the
 * message never repeats a credential's value.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((item) => {
      const name = String(item.path[0]);
      const raw = env[name];
      const shown =
        /SECRET|TOKEN|DATABASE_URL/.test(name) || raw === undefined ? '' : ` (got "${raw}")`;
      return `${name}: ${item.message}${shown}`;
    });
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const values = parsed.data;
  const { MIND_APP_ID: appId, MIND_APP_SECRET: appSecret } = values;
  if (Boolean(appId) !== Boolean(appSecret)) {
    const missing = appId ? 'MIND_APP_SECRET' : 'MIND_APP_ID';
    throw new ConfigError(
      `${missing}: must be set together with ${appId ? 'MIND_APP_ID' : 'MIND_APP_SECRET'} (or leave both unset for the sandbox)`,
    );
  }
  if (!isLoopback(values.HOST) && !values.ACCESS_TOKEN) {
    throw new ConfigError(
      `HOST: "${values.HOST}" lets other machines reach the server, so ACCESS_TOKEN must be set ` +
        `(anyone reaching it could otherwise send messages as your app). Set ACCESS_TOKEN, or HOST=127.0.0.1.`,
    );
  }
  return {
    host: values.HOST,
    port: values.PORT,
    mode: appId && appSecret ? 'live' : 'sandbox',
    credentials: appId && appSecret ? { appId, appSecret } : null,
    mindApiUrl: values.MIND_API_URL,
    timeoutMs: values.MIND_TIMEOUT_MS,
    batchSize: values.MIND_BATCH_SIZE,
    maxContentBytes: values.MIND_MAX_CONTENT_BYTES,
    concurrency: values.MIND_CONCURRENCY,
    retries: values.MIND_RETRIES,
    backoffMs: values.MIND_BACKOFF_MS,
    ratePerSecond: values.MIND_RATE_PER_SECOND,
    shutdownGraceMs: values.SHUTDOWN_GRACE_MS,
    batchLeaseMs: values.BATCH_LEASE_MS,
    assetBase: values.MIND_ASSET_BASE,
    dataDir: values.DATA_DIR,
    databaseUrl: values.DATABASE_URL ?? null,
    staticDir: values.STATIC_DIR,
    directoryFile: values.DIRECTORY_FILE ?? null,
    groupsFile: values.GROUPS_FILE ?? null,
    emojiFile: values.EMOJI_FILE ?? null,
    accessToken: values.ACCESS_TOKEN ?? null,
    bodyLimit: values.BODY_LIMIT_BYTES,
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    trustProxy: values.TRUST_PROXY,
    allowedHosts: allowedHosts(values.ALLOWED_HOSTS, values.PUBLIC_URL, values.HOST),
  };
}

function allowedHosts(listed: string[], publicUrl: string | undefined, host: string): string[] {
  const names = new Set(listed);
  if (publicUrl) names.add(new URL(publicUrl).host.toLowerCase());
  const wildcard = host === '0.0.0.0' || host === '::' || host === '[::]';
  if (!wildcard && !isLoopback(host))
    names.add(host.includes(':') ? `[${host}]` : host.toLowerCase());
  return [...names];
}

/** `mind_y2rbhgo9no60u2yd` → `mind_y2…60u2yd`: enough to recognise, not to copy. */
export function maskAppId(appId: string): string {
  if (appId.length <= 8) return `${appId.slice(0, 2)}…`;
  return `${appId.slice(0, 7)}…${appId.slice(-6)}`;
}
