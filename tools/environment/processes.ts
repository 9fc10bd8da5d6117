import { spawn, type SpawnOptions } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ManagedProcess {
  readonly name: string;
  readonly exited: Promise<Exit>;
  isRunning(): boolean;
  /** Sends the stop signal, waits up to the grace period, then kills the whole process group. */
  stop(): Promise<void>;
  /** Sends the stop signal without waiting: for when this process is exiting anyway. */
  signal(): void;
}

export interface StartOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Append stdout and stderr to this file instead of the terminal. */
  logFile?: string;
  uid?: number;
  gid?: number;
  stopSignal?: NodeJS.Signals;
  graceMs?: number;
}

/**
 * Starts a child in its own process group (`detached`). Ctrl-C in the terminal then reaches only
 * the orchestrator, which stops children once and in order: apps first, then Redis, then
 * PostgreSQL. (A second signal would make NestJS skip its graceful shutdown.)
 */
export function startProcess(name: string, command: string, args: string[], options: StartOptions): ManagedProcess {
  const logFd = options.logFile ? openSync(options.logFile, 'a') : undefined;
  const spawnOptions: SpawnOptions = {
    cwd: options.cwd,
    env: options.env ?? process.env,
    detached: true,
    stdio: logFd === undefined ? ['ignore', 'inherit', 'inherit'] : ['ignore', logFd, logFd],
    uid: options.uid,
    gid: options.gid,
  };
  const child = spawn(command, args, spawnOptions);
  if (logFd !== undefined) closeSync(logFd); // the child holds its own copy
  let running = true;
  const exited = new Promise<Exit>((resolve) => {
    child.once('exit', (code, signal) => {
      running = false;
      resolve({ code, signal });
    });
    child.once('error', () => {
      running = false; // e.g. the command does not exist
      resolve({ code: 127, signal: null });
    });
  });

  const killGroup = (signal: NodeJS.Signals): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };

  return {
    name,
    exited,
    isRunning: () => running,
    signal: () => {
      if (running) child.kill(options.stopSignal ?? 'SIGTERM');
    },
    async stop() {
      if (!running) return;
      child.kill(options.stopSignal ?? 'SIGTERM');
      const timer = setTimeout(() => killGroup('SIGKILL'), options.graceMs ?? 10_000);
      await exited;
      clearTimeout(timer);
      killGroup('SIGKILL'); // leftovers in the group, e.g. children of the app
    },
  };
}

export function describeExit({ code, signal }: Exit): string {
  return signal ? `signal ${signal}` : `exit code ${code ?? 'unknown'}`;
}
