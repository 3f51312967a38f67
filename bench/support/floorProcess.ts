import { join } from 'node:path';
import { startListening, type ListeningProcess } from './listeningProcess';

const root = new URL('../..', import.meta.url).pathname;

/** The floor server (floorServer.mjs) in a process of its own, run as the app server is: plain node. */
export function startFloorProcess(env: Record<string, string>): Promise<ListeningProcess> {
  return startListening(
    'floor server',
    process.execPath,
    [join(root, 'bench', 'support', 'floorServer.mjs')],
    { cwd: root, listening: /FLOOR_URL=(\S+)/, env },
  );
}
