// Loaded into a server under bench (`node --import …/loopDelayProbe.mjs main.js`) with an IPC
// channel: perf_hooks' event-loop delay histogram, reset and read on the bench's messages. The
// server's code is the compiled server as `npm start` runs it; nothing in it knows of this.
import { monitorEventLoopDelay } from 'node:perf_hooks';

if (process.send) {
  const histogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  // The longest gap between two ticks of a 1 ms timer, with the CPU time the process used
  // during it (every thread): a gap with little CPU was the machine's, not the server's.
  let longest = { gapMs: 0, cpuMs: 0 };
  let last = { at: performance.now(), cpu: process.cpuUsage() };
  setInterval(() => {
    const at = performance.now();
    const cpu = process.cpuUsage();
    const gapMs = at - last.at;
    if (gapMs > longest.gapMs) {
      const cpuMs = (cpu.user - last.cpu.user + cpu.system - last.cpu.system) / 1000;
      longest = { gapMs, cpuMs };
    }
    last = { at, cpu };
  }, 1).unref();
  process.on('message', (message) => {
    if (message?.probe === 'reset') {
      histogram.reset();
      longest = { gapMs: 0, cpuMs: 0 };
      process.send?.({ probe: 'reset' });
    } else if (message?.probe === 'read') {
      process.send?.({
        probe: 'read',
        maxMs: histogram.max / 1e6,
        p99Ms: histogram.percentile(99) / 1e6,
        count: histogram.count,
        longestGapMs: longest.gapMs,
        cpuInLongestGapMs: longest.cpuMs,
      });
    }
  });
  // The channel must not keep a stopping server alive.
  process.channel?.unref();
}
