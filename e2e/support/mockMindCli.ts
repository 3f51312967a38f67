// Runs the mock Mind on its own: `npx tsx e2e/support/mockMindCli.ts [--port N] [--app-id ID --app-secret S]`.
// Drive it over HTTP: GET /__mock/requests, POST /__mock/faults [{fault,receiveId?,times?}], POST /__mock/reset.
import { parseArgs } from 'node:util';
import { startMockMind } from './mockMind';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'app-id': { type: 'string' },
    'app-secret': { type: 'string' },
  },
});

const mock = await startMockMind({
  port: Number(values.port),
  appId: values['app-id'],
  appSecret: values['app-secret'],
});
console.log(`mock Mind listening: MIND_API_URL=${mock.url}`);
const stop = () => void mock.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
