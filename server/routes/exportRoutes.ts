import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ExportTarget } from '../../src/api/schemas';
import type { Config } from '../config';

/**
 * `GET /api/export-target`: the app id (not secret; in full) and the upstream URL that
 * exported code sends to. The secret is never part of it: snippets read `$MIND_APP_SECRET`.
 */
export const exportRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  const target: ExportTarget = {
    mode: config.mode,
    appId: config.credentials?.appId ?? null,
    apiUrl: config.mindApiUrl,
  };
  app.get('/api/export-target', async () => target);
};
