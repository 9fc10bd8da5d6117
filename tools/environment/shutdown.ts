import { describe, say } from './log';
import type { ManagedProcess } from './processes';

type Stoppable = Pick<ManagedProcess, 'name' | 'stop' | 'signal'>;

const groups: Stoppable[][] = [];
let stopping: Promise<void> | undefined;

/** Registers processes to stop on exit, together. Groups stop in reverse order: last started, first stopped. */
export function onShutdown(...processes: Stoppable[]): void {
  groups.push(processes);
}

export function isShuttingDown(): boolean {
  return stopping !== undefined;
}

/** Stops everything registered; safe to call more than once. */
export function shutdown(): Promise<void> {
  stopping ??= (async () => {
    for (let group = groups.pop(); group; group = groups.pop()) {
      await Promise.all(group.map(async (child) => {
        try {
          await child.stop();
        } catch (error) {
          say(`could not stop ${child.name}: ${describe(error)}`);
        }
      }));
    }
  })();
  return stopping;
}

export async function shutdownAndExit(code: number): Promise<never> {
  await shutdown();
  process.exit(code);
}

/**
 * SIGINT/SIGTERM/SIGHUP start an orderly shutdown. The terminal and the wrapper scripts may each
 * deliver the same Ctrl-C, so repeats are ignored.
 */
export function exitOnSignals(exitCode: (signal: NodeJS.Signals) => number): void {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (isShuttingDown()) return;
      say(`${signal} received, stopping`);
      void shutdownAndExit(exitCode(signal));
    });
  }
}

// process.exit() elsewhere (a config error in an imported module, an uncaught exception) skips
// the orderly shutdown; at least signal what is still running so nothing is left behind.
process.on('exit', () => {
  for (const group of groups.reverse()) for (const child of group) child.signal();
});
