import { execFileSync } from 'node:child_process';

// The kernel hands out 32768–60999 to outgoing connections (ip_local_port_range), so a port
// chosen there can be taken by any connection a moment before the server listens: the e2e web
// server once failed with EADDRINUSE that way. These ports come from below that range, and each
// is one that a listener could just bind on 127.0.0.1.
export const FIRST_PORT = 20000;
const LAST = 32700;
const FIRST = FIRST_PORT;

const probe = `
const net = require('node:net');
const [count, start] = process.argv.slice(1).map(Number);
const span = ${LAST} - ${FIRST};
const found = [];
const tryAt = (offset) => {
  if (found.length === count) return console.log(found.join(' '));
  if (offset >= start + span) return console.error('no free port'), process.exit(1);
  const port = ${FIRST} + (offset % span);
  const server = net.createServer();
  server.once('error', () => tryAt(offset + 1));
  server.listen(port, '127.0.0.1', () => server.close(() => (found.push(port), tryAt(offset + 1))));
};
tryAt(start);
`;

/** `count` distinct ports on 127.0.0.1, outside the kernel's ephemeral range, free right now. */
export function freePorts(
  count: number,
  // Runs side by side start far apart, so one run does not probe a port another has just taken.
  start = (process.pid * 97) % (LAST - FIRST),
): number[] {
  const out = execFileSync(process.execPath, ['-e', probe, String(count), String(start)], {
    encoding: 'utf8',
  });
  return out.trim().split(' ').map(Number);
}
