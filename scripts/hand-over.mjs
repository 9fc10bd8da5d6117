// Runs a TypeScript entry point through scripts/run-ts.mjs and exits with its exit code.
// Signals are passed on (not acted on) so the TypeScript side decides how to shut down.
import { spawn } from 'node:child_process';
import path from 'node:path';

export function handOver(root, entry) {
  const child = spawn(process.execPath, [path.join(root, 'scripts', 'run-ts.mjs'), entry], {
    cwd: root,
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
