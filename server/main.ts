import { buildApp } from './app';

const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 8080);

const app = buildApp({ logger: true, staticDir: process.env.STATIC_DIR || undefined });
app
  .listen({ host, port })
  .then((address) => {
    console.log(`Mind Card Studio is running at ${address.replace('127.0.0.1', 'localhost')}`);
  })
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
