import { spawn } from 'node:child_process';

export interface ListeningProcess {
  /** What the process printed as its address. */
  url: string;
  pid: number;
  /** SIGTERM to its process group; resolves when it exits (or after 5 s). */
  close(): Promise<void>;
}

/**
 * Starts `command` in a process group of its own and waits (30 s at most) until it prints a
 * line that `listening` matches; its first group is the address.
 */
export async function startListening(
  what: string,
  command: string,
  args: string[],
  options: { cwd: string; listening: RegExp; env?: Record<string, string> },
): Promise<ListeningProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...options.env },
    detached: true,
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const close = async () => {
    if (child.pid && child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    }
  };
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`${what} did not start in 30 s`)), 30_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = options.listening.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${what} exited with ${code}`));
      });
    });
    child.stdout.resume();
    return { url, pid: child.pid ?? 0, close };
  } catch (error) {
    await close();
    throw error;
  }
}
