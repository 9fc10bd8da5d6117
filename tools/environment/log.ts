import { existsSync, readFileSync } from 'node:fs';

/** Lines from the set-up tooling; the apps themselves log JSON. */
export function say(message: string): void {
  process.stdout.write(`[vangrail] ${message}\n`);
}

/** A set-up problem the user can fix; printed as one line, without a stack trace. */
export class SetupError extends Error {}

export function describe(error: unknown): string {
  if (error instanceof SetupError) return error.message;
  if (error instanceof Error) return error.stack ?? error.message;
  return String(error);
}

/** The last lines of a server log, for a failure message. */
export function logTail(file: string, lines = 15): string {
  const text = existsSync(file) ? readFileSync(file, 'utf8').trimEnd() : '';
  return text ? `last lines of ${file}:\n${text.split('\n').slice(-lines).join('\n')}` : `no output in ${file}`;
}
