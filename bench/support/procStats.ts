import { readdirSync, readFileSync, readlinkSync } from 'node:fs';

/*
 * Linux /proc readings for a server the bench started. The Node process that serves is found as
 * the process holding the listening socket of the port (whether it is the one spawned or, under
 * a wrapper, one of its descendants).
 */

/** The inode of the socket listening on `port` (IPv4 or IPv6), from /proc/net/tcp*. */
function listeningInode(port: number): string | undefined {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is HEXIP:HEXPORT; state 0A is LISTEN; inode is the 10th field.
      if (fields[1]?.endsWith(`:${hexPort}`) && fields[3] === '0A') return fields[9];
    }
  }
  return undefined;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // pid (comm) state ppid …; comm may hold spaces and parentheses, so split after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === pid) children.push(Number(name));
    } catch {
      // The process ended meanwhile.
    }
  }
  return children;
}

function holdsSocket(pid: number, inode: string): boolean {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`;
      } catch {
        return false;
      }
    });
  } catch {
    return false;
  }
}

/** The pid, among `rootPid` and its descendants, that listens on `port`. */
export function listeningPid(rootPid: number, port: number): number {
  const inode = listeningInode(port);
  if (!inode) throw new Error(`nothing listens on port ${port}`);
  const queue = [rootPid];
  for (let pid = queue.shift(); pid !== undefined; pid = queue.shift()) {
    if (holdsSocket(pid, inode)) return pid;
    queue.push(...childrenOf(pid));
  }
  throw new Error(`no process under ${rootPid} listens on port ${port}`);
}

/** Resident set size (`VmRSS`) and its peak so far (`VmHWM`) of `pid`, in MiB. */
export function residentMemory(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
    if (!match?.[1]) throw new Error(`no ${field} in /proc/${pid}/status`);
    return Number(match[1]) / 1024;
  };
  return { rss: kib('VmRSS'), peak: kib('VmHWM') };
}

/**
 * CPU time `pid` has used so far (user + system, every thread: JavaScript, garbage collection,
 * libuv's pool, and the kernel's work for its sockets), in ms, at the clock tick's resolution.
 */
export function cpuTime(pid: number): number {
  return ticksOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
}

/**
 * `cpuTime` of `pid`'s main thread (its JavaScript) and of its other threads together (V8's
 * optimising compiler and garbage-collection helpers, libuv's pool), in ms.
 */
export function cpuTimeByThread(pid: number): { main: number; others: number } {
  // The process's figure holds every thread's, those that have ended included.
  const main = ticksOf(readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8'));
  return { main, others: cpuTime(pid) - main };
}

/** User + system time of a `/proc/…/stat` line, in ms. */
function ticksOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After the comm: state(0) ppid(1) … utime(11) stime(12), in clock ticks.
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

/** USER_HZ: 100 on Linux on every common architecture. */
const CLOCK_TICKS = 100;

/** Samples `VmRSS` of `pid` every `everyMs` until `stop()`, which returns the samples (MiB). */
export function sampleMemory(pid: number, everyMs = 5): { stop: () => number[] } {
  const samples = [residentMemory(pid).rss];
  const timer = setInterval(() => samples.push(residentMemory(pid).rss), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(residentMemory(pid).rss);
      return samples;
    },
  };
}
