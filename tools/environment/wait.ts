import net from 'node:net';
import { SetupError } from './log';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Polls `check` until it returns true. `abort` returns a reason to give up early (for example the
 * server process exited), so a failing start is reported at once instead of after the timeout.
 */
export async function waitUntil(
  what: string,
  check: () => Promise<boolean>,
  options: { timeoutMs: number; intervalMs?: number; abort?: () => string | undefined },
): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const reason = options.abort?.();
    if (reason) throw new SetupError(`${what}: ${reason}`);
    if (await check()) return;
    if (Date.now() > deadline) throw new SetupError(`${what}: not ready after ${options.timeoutMs / 1000} s`);
    await sleep(options.intervalMs ?? 250);
  }
}

/** True when something accepts TCP connections on host:port. */
export function portAnswers(host: string, port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (answer: boolean): void => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
