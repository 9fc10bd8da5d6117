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
