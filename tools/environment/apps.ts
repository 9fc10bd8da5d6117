import path from 'node:path';
import { ROOT } from './paths';
import { startProcess, type ManagedProcess } from './processes';

export type AppName = 'api' | 'worker';

/** The compiled entry point of an app (`npm start`, `npm test` and the bench build dist/ first). */
export function compiledApp(name: AppName): string {
  return path.join(ROOT, 'dist', 'apps', name, 'main.js');
}

/** Starts the compiled API or worker as `node dist/apps/<name>/main.js` in its own process group. */
export function startApp(name: AppName, env: NodeJS.ProcessEnv = process.env, nodeBinary = process.execPath, logFile?: string): ManagedProcess {
  return startProcess(name, nodeBinary, [compiledApp(name)], { cwd: ROOT, env, logFile, stopSignal: 'SIGTERM', graceMs: 10_000 });
}
