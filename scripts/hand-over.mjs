// Runs a compiled entry point (dist/<entry>.js) in a child process and exits with its exit code.
// Signals are passed on (not acted on) so the entry point decides how to shut down.
import { spawn } from 'node:child_process';
import path from 'node:path';

/** dist/ path of a source entry: `tools/token.ts` or `tools/token` → `dist/tools/token.js`. */
export function compiledEntry(root, entry) {
  return path.join(root, 'dist', `${entry.replace(/\.ts$/, '')}.js`);
}

export function handOver(root, entry, args = []) {
  const child = spawn(process.execPath, [compiledEntry(root, entry), ...args], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

  // `npm start` runs us under `sh -c`. A SIGTERM sent to npm alone reaches only that shell, which
  // dies without passing it on. Losing our parent therefore means: stop, as for SIGTERM.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) child.kill('SIGTERM');
  }, 500).unref();

  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
