import type { FastifyServerOptions } from 'fastify';

export interface LoggerSettings {
  level?: string;
  /** Where log lines go (a test's capture); stdout when absent. */
  stream?: { write(line: string): void };
  /** Values never to be written, whatever field or message they end up in. */
  secrets: () => string[];
}

/** Header and field names that carry credentials, censored wherever they appear. */
export const REDACTED_PATHS = [
  'req.headers["app-secret"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'headers["app-secret"]',
  'headers.authorization',
  'headers.cookie',
  '*.appSecret',
  '*.accessToken',
  'appSecret',
  'accessToken',
];

/**
 * Pino options for Fastify: credential fields are redacted, and as a last guard every line is
 * scrubbed of the secrets' values before it is written.
 */
export function loggerOptions(settings: LoggerSettings): FastifyServerOptions['logger'] {
  return {
    level: settings.level ?? 'info',
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    stream: settings.stream,
    hooks: {
      streamWrite: (line: string) => scrub(line, settings.secrets()),
    },
  } as FastifyServerOptions['logger'];
}

export function scrub(line: string, secrets: string[]): string {
  return secrets
    .filter((secret) => secret.length >= 4)
    .flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1)])
    .reduce((text, secret) => text.split(secret).join('[redacted]'), line);
}
