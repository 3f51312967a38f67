// Drag: frame times while dragging a block across a 100-element card in the card designer
// (dnd-kit's pick-up, the designer's own move path and auto-scroll), in Chromium, measured from a
// performance trace;
// beside it, the same pointer path without the button held, and the page at rest.
import type { Page } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import {
  designerDraft,
  seedDraft,
  figureOf,
  launchBrowser,
  report,
  startAppServer,
  summarize,
} from './support';
import { busyBreakdown, frameWork, parseTrace, TRACE_CATEGORIES } from './support/trace';

const DRAGS = 3;
/** Pick-ups on their own after the drags (press, move past the activation distance, Escape). */
const PICKUPS = 12;
const MOVE_MS = 1500;
const HOLD_MS = 2000;
const IDLE_MS = 1000;

/** The canvas's scroll position. */
const scrollTopOf = (page: Page) =>
  page.evaluate(`document.querySelector('.dz-build__main').scrollTop`) as Promise<number>;

/**
 * Scrolls the canvas from `from` to `to` over `ms` in the page, a step each animation frame, as
 * the designer's auto-scroll does (it scrolls by script too, a step each frame), with no drag.
 */
// A string, not a function: tsx would name the inner function with a helper the page lacks.
const scrollCanvas = (page: Page, from: number, to: number, ms: number) =>
  page.evaluate(`new Promise((resolve) => {
    const scroller = document.querySelector('.dz-build__main');
    scroller.scrollTop = ${from};
    const started = performance.now();
    const step = () => {
      const progress = Math.min(1, (performance.now() - started) / ${ms});
      scroller.scrollTop = ${from} + ${to - from} * progress;
      if (progress < 1) requestAnimationFrame(step);
      else resolve();
    };
    requestAnimationFrame(step);
  })`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Records, in the page, how long picking a block up takes: first move → the chip painted. Init
 * scripts run before <html> exists, so the observer watches the document itself.
 */
const WATCH = `(() => {
  const bench = { pickups: [], armed: false, moveAt: 0 };
  window.__drag = bench;
  document.addEventListener('pointerdown', () => { bench.armed = true; bench.moveAt = 0; }, true);
  document.addEventListener('pointermove', (event) => {
    if (bench.armed && !bench.moveAt) bench.moveAt = event.timeStamp;
  }, true);
  new MutationObserver(() => {
    if (!bench.armed || !bench.moveAt || !document.querySelector('.dz-drag-chip')) return;
    bench.armed = false;
    const from = bench.moveAt;
    requestAnimationFrame(() => bench.pickups.push(performance.now() - from));
  }).observe(document, { childList: true, subtree: true });
})();`;

const mark = (page: Page, name: string) =>
  page.evaluate(`performance.mark(${JSON.stringify(name)})`);

interface Path {
  x: number;
  from: number;
  to: number;
}

/** The first block's grip to just above the bottom edge of the scrolling canvas. */
async function pathOfFirstBlock(page: Page): Promise<Path> {
  await page.evaluate(`document.querySelector('.dz-build__main').scrollTop = 0`);
  await sleep(200);
  const handle = await page.locator('[data-block-handle]').first().boundingBox();
  const scroller = await page.locator('.dz-build__main').boundingBox();
  if (!handle || !scroller) throw new Error('no block or canvas');
  return {
    x: handle.x + handle.width / 2,
    from: handle.y + handle.height / 2,
    to: scroller.y + scroller.height - 12,
  };
}

/** Moves the pointer down the path at a steady speed, a move at most every 16 ms, as a hand. */
async function sweep(page: Page, path: Path): Promise<number> {
  const started = Date.now();
  let moves = 0;
  for (;;) {
    const elapsed = Date.now() - started;
    const progress = Math.min(1, elapsed / MOVE_MS);
    await page.mouse.move(path.x, path.from + (path.to - path.from) * progress);
    moves += 1;
    if (progress >= 1) return moves;
    await sleep(Math.max(0, 16 - (Date.now() - started - elapsed)));
  }
}

const server = await startAppServer();
const browser = await launchBrowser();
let trace: Buffer;
let pickups: number[] = [];
const moved: number[] = [];
const scrolled: number[] = [];
let moves = 0;
try {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
  await seedDraft(context, designerDraft(100));
  await context.addInitScript(WATCH);
  const page = await context.newPage();
  await page.goto(`${server.url}/designer?lang=en`);
  await page.locator('[data-block-handle]').nth(99).waitFor();
  await sleep(1000);

  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await mark(page, 'bench-idle-start');
  await sleep(IDLE_MS);
  await mark(page, 'bench-idle-end');
  for (let drag = 0; drag < DRAGS; drag += 1) {
    // The same path with no button held: hovering over the blocks.
    const path = await pathOfFirstBlock(page);
    await page.mouse.move(path.x, path.from);
    await mark(page, 'bench-hover-start');
    await sweep(page, path);
    await sleep(HOLD_MS);
    await mark(page, 'bench-hover-end');

    const again = await pathOfFirstBlock(page);
    const id = await page.locator('[data-block-id]').first().getAttribute('data-block-id');
    await page.mouse.move(again.x, again.from);
    await page.mouse.down();
    await mark(page, 'bench-drag-start');
    moves += await sweep(page, again);
    const heldAt = await scrollTopOf(page);
    await mark(page, 'bench-scroll-drag-start');
    await sleep(HOLD_MS);
    await mark(page, 'bench-scroll-drag-end');
    await mark(page, 'bench-drag-end');
    const scrolledTo = await scrollTopOf(page);
    await page.mouse.up();
    await sleep(300);
    // The floor of the auto-scroll: the canvas scrolled as far, as fast, with no drag.
    await mark(page, 'bench-scroll-start');
    await scrollCanvas(page, heldAt, scrolledTo, HOLD_MS);
    await mark(page, 'bench-scroll-end');
    scrolled.push(scrolledTo - heldAt);
    const position = await page.evaluate(
      (blockId) =>
        [...document.querySelectorAll('[data-block-id]')].findIndex(
          (node) => node.getAttribute('data-block-id') === blockId,
        ),
      id,
    );
    if (position <= 0) throw new Error(`drag ${drag} did not move the block (at ${position})`);
    moved.push(position);
  }
  trace = await browser.stopTracing();
  // Pick-ups, untraced (tracing slows the page), on the page loaded afresh: the first is the
  // page's first, the rest of blocks down the card.
  await page.reload();
  await page.locator('[data-block-handle]').nth(99).waitFor();
  await sleep(1000);
  for (let pickup = 0; pickup < PICKUPS; pickup += 1) {
    const grip = page.locator('[data-block-handle]').nth((pickup * 7) % 10);
    await grip.scrollIntoViewIfNeeded();
    await sleep(100);
    const box = await grip.boundingBox();
    if (!box) throw new Error('no grip to pick up');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 12, { steps: 2 });
    await sleep(250);
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await sleep(150);
  }
  if (process.env.BENCH_TRACE_OUT) writeFileSync(process.env.BENCH_TRACE_OUT, trace);
  pickups = (await page.evaluate('window.__drag.pickups')) as number[];
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

const events = parseTrace(trace);
const idle = frameWork(events, 'bench-idle-start', 'bench-idle-end');
const hover = frameWork(events, 'bench-hover-start', 'bench-hover-end');
const drag = frameWork(events, 'bench-drag-start', 'bench-drag-end');
const autoScroll = frameWork(events, 'bench-scroll-drag-start', 'bench-scroll-drag-end');
const scrollOnly = frameWork(events, 'bench-scroll-start', 'bench-scroll-end');
const where = busyBreakdown(events, 'bench-drag-start', 'bench-drag-end');
const share = (part: number) => `${Math.round((100 * part) / where.total)} %`;
const over = (samples: number[], limit: number) =>
  `${Math.round((100 * samples.filter((value) => value > limit).length) / samples.length)} %`;
const load = loadavg()[0]?.toFixed(1);

const method = `Chromium, the built app, 1600×1000, the card designer holding a 100-element card (markdown, rich text, button rows), recorded with a performance trace. ${DRAGS} drags: the first block's grip is pressed and moved down the canvas to its bottom edge at a steady speed over ${MOVE_MS} ms (a pointer move at most every 16 ms, as a hand), then held there ${HOLD_MS} ms while the canvas auto-scrolls, then dropped; each drag is checked to have moved the block (it landed at positions ${moved.join(', ')}). ${moves} pointer moves in all. A frame runs from one BeginMainThreadFrame of the page's main thread to the next.`;
const baseline = (window: { work: number[] }, what: string) =>
  window.work.length === 0
    ? `${what}: no frames drawn`
    : `${what}: median ${summarize(window.work).median.toFixed(1)} ms, p95 ${summarize(window.work).p95.toFixed(1)} ms`;
report({
  suite: 'Drag',
  figures: [
    figureOf(
      'main-thread work per frame while dragging',
      'ms',
      drag.work,
      `${method} Per frame, the summed duration of the top-level main-thread tasks that started in it (pointer handlers, React, style, layout, paint). Of the busy time while dragging: script ${share(where.script)}, style and layout ${share(where.styleLayout)}, paint and compositing ${share(where.paint)}, GC ${share(where.gc)}; ${over(drag.work, 16)} of frames over 16 ms. Machine load average at the end: ${load}.`,
      {
        target: 'p95 < 12 ms',
        baseline: `${baseline(hover, 'same path, button up')}; ${baseline(idle, 'at rest')}`,
      },
    ),
    figureOf(
      'main-thread work per frame while the canvas auto-scrolls',
      'ms',
      autoScroll.work,
      `The same drags, the ${HOLD_MS} ms each that the pointer rests at the canvas's bottom edge and the canvas scrolls (${scrolled.map((px) => `${px} px`).join(', ')}). The baseline is the floor of it: after each drop, the canvas scrolled as far in as long with no drag, a step each animation frame, by script as the auto-scroll does.`,
      { baseline: baseline(scrollOnly, 'the same scroll, no drag') },
    ),
    figureOf(
      'frame interval while dragging',
      'ms',
      drag.intervals,
      `The same frames: time from one frame's start to the next (16.7 ms is every frame of a 60 Hz display; longer means frames were dropped). ${over(drag.intervals, 17.5)} of intervals over one frame.`,
      {
        baseline: `same path, button up: median ${summarize(hover.intervals).median.toFixed(1)} ms, p95 ${summarize(hover.intervals).p95.toFixed(1)} ms`,
      },
    ),
    figureOf(
      'picking a block up: first move → chip painted',
      'ms',
      pickups,
      `In the page: from the timeStamp of the first pointer move after the press (past dnd-kit's 4 px activation distance) to the animation frame after the drag chip appears. ${PICKUPS} pick-ups on the page loaded afresh, not traced, the first of them the page's first (a block down the card pressed, moved 12 px in two moves, cancelled by Escape); the drags above are not counted (they are traced). The page's first pick-up: ${pickups[0]?.toFixed(0)} ms.`,
      { target: 'p95 < 50 ms' },
    ),
  ],
});
