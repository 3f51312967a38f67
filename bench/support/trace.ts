/*
 * Reading a Chromium performance trace (Playwright's browser.startTracing / stopTracing, the
 * format DevTools records): the page's main thread, how busy it was in each frame between two
 * `performance.mark`s, and what it was busy with.
 */

interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
}

/** The categories `frameWork` and `busyBreakdown` need. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'blink.user_timing',
  'toplevel',
];

export function parseTrace(buffer: Buffer): TraceEvent[] {
  const parsed = JSON.parse(buffer.toString('utf8')) as
    TraceEvent[] | { traceEvents: TraceEvent[] };
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const TASK = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The `performance.mark(name)` events, in order. */
function marks(events: TraceEvent[], name: string): TraceEvent[] {
  return events
    .filter((event) => event.name === name && event.cat?.includes('user_timing'))
    .sort((a, b) => a.ts - b.ts);
}

/** Top-level tasks of one thread (tasks inside tasks dropped), by start time. */
function topLevelTasks(events: TraceEvent[], pid: number, tid: number): TraceEvent[] {
  const tasks = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASK.has(e.name))
    .sort((a, b) => a.ts - b.ts);
  const top: TraceEvent[] = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue;
    top.push(task);
    end = task.ts + (task.dur ?? 0);
  }
  return top;
}

export interface FrameWindow {
  /** Milliseconds of main-thread work in each frame between the marks. */
  work: number[];
  /** Milliseconds between consecutive frame starts (BeginMainThreadFrame). */
  intervals: number[];
}

/**
 * Frames between each `start` mark and the following `end` mark (several windows pooled): a
 * frame runs from one BeginMainThreadFrame of the page's main thread to the next, and its work
 * is the summed duration of the top-level tasks that started in it (input handlers, React,
 * timers, and the frame's style, layout and paint). 16.7 ms of work fills a 60 Hz frame.
 */
export function frameWork(events: TraceEvent[], start: string, end: string): FrameWindow {
  const starts = marks(events, start);
  const ends = marks(events, end);
  const first = starts[0];
  if (!first) throw new Error(`no mark ${start} in the trace`);
  const { pid, tid } = first;
  const frames = events
    .filter((e) => e.pid === pid && e.tid === tid && e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const tasks = topLevelTasks(events, pid, tid);
  const result: FrameWindow = { work: [], intervals: [] };
  for (const open of starts) {
    const close = ends.find((mark) => mark.ts > open.ts);
    if (!close) continue;
    const inside = frames.filter((ts) => ts >= open.ts && ts <= close.ts);
    for (let index = 0; index + 1 < inside.length; index += 1) {
      const from = inside[index] ?? 0;
      const to = inside[index + 1] ?? 0;
      const busy = tasks
        .filter((task) => task.ts >= from && task.ts < to)
        .reduce((sum, task) => sum + (task.dur ?? 0), 0);
      result.work.push(busy / 1000);
      result.intervals.push((to - from) / 1000);
    }
  }
  return result;
}

const SCRIPT = new Set([
  'FunctionCall',
  'EventDispatch',
  'TimerFire',
  'FireAnimationFrame',
  'V8.Execute',
]);
const RENDER = new Set([
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'UpdateLayer',
]);

/**
 * Where the main thread's time went between the marks (pooled): script (event handlers,
 * React, timers), style and layout, paint and compositing, garbage collection, in ms.
 */
export function busyBreakdown(
  events: TraceEvent[],
  start: string,
  end: string,
): Record<'total' | 'script' | 'styleLayout' | 'paint' | 'gc', number> {
  const starts = marks(events, start);
  const ends = marks(events, end);
  const first = starts[0];
  if (!first) throw new Error(`no mark ${start} in the trace`);
  const windows = starts.flatMap((open) => {
    const close = ends.find((mark) => mark.ts > open.ts);
    return close ? [[open.ts, close.ts] as const] : [];
  });
  const within = (event: TraceEvent) =>
    windows.some(([from, to]) => event.ts >= from && event.ts < to);
  const own = events.filter(
    (e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && within(e),
  );
  const sum = (test: (event: TraceEvent) => boolean) =>
    own.filter(test).reduce((total, event) => total + (event.dur ?? 0), 0) / 1000;
  // Outermost events only for script, so nested calls are not counted twice.
  const outermost = (names: Set<string>) => {
    const matching = own.filter((e) => names.has(e.name)).sort((a, b) => a.ts - b.ts);
    let end = -Infinity;
    let total = 0;
    for (const event of matching) {
      if (event.ts < end) continue;
      total += event.dur ?? 0;
      end = event.ts + (event.dur ?? 0);
    }
    return total / 1000;
  };
  return {
    total: topLevelTasks(own, first.pid, first.tid).reduce((t, e) => t + (e.dur ?? 0), 0) / 1000,
    script: outermost(SCRIPT),
    styleLayout: sum((e) => e.name === 'UpdateLayoutTree' || e.name === 'Layout'),
    paint: sum((e) => RENDER.has(e.name) && e.name !== 'UpdateLayoutTree' && e.name !== 'Layout'),
    gc: sum((e) => e.name === 'MinorGC' || e.name === 'MajorGC'),
  };
}
