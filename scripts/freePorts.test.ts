import { createServer, type Server } from 'node:net';
import { afterEach, expect, test } from 'vitest';
import { FIRST_PORT, freePorts } from '../e2e/support/freePorts';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((done) => s.close(done))));
});

function listen(port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

test('the e2e ports lie below the kernel’s ephemeral range and skip a port already taken', async () => {
  const start = 4321;
  const [first] = freePorts(1, start);
  servers.push(await listen(first!));

  const ports = freePorts(3, start);
  expect(ports).not.toContain(first);
  expect(new Set(ports).size).toBe(3);
  for (const port of ports) {
    expect(port).toBeGreaterThanOrEqual(FIRST_PORT);
    expect(port).toBeLessThan(32768);
    servers.push(await listen(port)); // each one really can be listened on
  }
});
