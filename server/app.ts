import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ServerStatus } from '../src/api/schemas';

export interface AppOptions {
  /** The built app to serve; skipped when absent (API-only, as in tests). */
  staticDir?: string;
  logger?: boolean;
}

export function buildApp({
  staticDir = resolve('dist'),
  logger = false,
}: AppOptions = {}): FastifyInstance {
  const app = Fastify({ logger });

  app.get('/api/status', async (): Promise<ServerStatus> => ({
    mode: 'sandbox',
    appId: null,
    version: '0.1.0',
    batchSize: 100,
    authRequired: false,
    assetBase: '',
  }));

  if (existsSync(resolve(staticDir, 'index.html'))) {
    app.register(fastifyStatic, { root: resolve(staticDir), wildcard: false });
    app.setNotFoundHandler((request, reply) => {
      if (request.url.startsWith('/api/') || request.method !== 'GET') {
        return reply
          .code(404)
          .send({
            error: {
              code: 'not-found',
              message: `No route ${request.method} ${request.url.split('?')[0]}`,
            },
          });
      }
      return reply.sendFile('index.html');
    });
  }
  return app;
}
