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

  // `npm start` runs us under `sh -c`. A SIGTERM sent to npm alone reaches only that shell, which
  // dies without passing it on. Losing our parent therefore means: stop, as for SIGTERM.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) child.kill('SIGTERM');
  }, 500).unref();

  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
