export { launchBrowser } from './browser';
export { report, RESULT_PREFIX, type BenchResult, type Figure } from './report';
export {
  BENCH_CREDENTIALS,
  builtApp,
  freePort,
  serverEnv,
  startAppServer,
  startLiveServer,
  type AppServer,
} from './server';
export { summarize, type Summary } from './stats';
export { figureOf } from './figure';
export { benchElement, designerDraft, DRAFT_KEY, seedDraft } from './cards';
