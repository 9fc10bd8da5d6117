import { prepareEnvironment } from './environment';
import { describe, say } from './log';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { LOG_DIR, ROOT } from './paths';
import { startProcess } from './processes';
import { runMigrations } from './project-tools';
import { exitOnSignals, isShuttingDown, onShutdown, shutdownAndExit } from './shutdown';

/**
 * `npm test`: the same set-up as `npm start` against a freshly created test database and Redis
 * db 1, migrations, then the checks in order. Stops at the first failure, prints one line per
 * step, stops what it started and exits with the failing step's code.
 */
// test:logs scans what the e2e run logged for the test data's BSNs and names.
const CHECKS = ['typecheck', 'lint', 'test:unit', 'test:e2e', 'test:logs'];

type Result = { step: string; code: number; seconds: number } | { step: string; skipped: true };

async function main(): Promise<void> {
  exitOnSignals(() => 130);
  const steps: [string, () => Promise<number>][] = [
    ['environment', async () => {
      await prepareEnvironment('test');
      return 0;
    }],
    ['migrations', async () => {
      await runMigrations();
      // A fresh e2e log directory, so the log scan judges this run only.
      rmSync(path.join(LOG_DIR, 'e2e'), { recursive: true, force: true });
      return 0;
    }],
    ...CHECKS.map((script): [string, () => Promise<number>] => [script, () => npmRun(script)]),
  ];

  const results: Result[] = [];
  let failure = 0;
  for (const [step, run] of steps) {
    if (failure || isShuttingDown()) {
      results.push({ step, skipped: true });
      continue;
    }
    say(`▶ ${step}`);
    const started = Date.now();
    const code = await run().catch((error: unknown) => {
      process.stderr.write(`[vangrail] ${describe(error)}\n`);
      return 1;
    });
    results.push({ step, code, seconds: (Date.now() - started) / 1000 });
    failure = code;
  }
  printSummary(results);
  await shutdownAndExit(failure);
}

/** `npm run <script>` with the same npm that runs us. */
async function npmRun(script: string): Promise<number> {
  const cli = process.env.npm_execpath;
  const [command, args] = cli?.endsWith('.js') ? [process.execPath, [cli]] : ['npm', []];
  const child = startProcess(script, command, [...args, 'run', script], { cwd: ROOT, stopSignal: 'SIGTERM', graceMs: 10_000 });
  onShutdown(child);
  const exit = await child.exited;
  return exit.code ?? 1;
}

function printSummary(results: Result[]): void {
  say('Summary:');
  for (const result of results) {
    const line = 'skipped' in result
      ? `skip  ${result.step}`
      : `${result.code === 0 ? 'ok  ' : 'FAIL'}  ${result.step.padEnd(12)} ${result.seconds.toFixed(1).padStart(6)} s${result.code === 0 ? '' : `  (exit ${result.code})`}`;
    say(`  ${line}`);
  }
}

main().catch(async (error: unknown) => {
  process.stderr.write(`[vangrail] ${describe(error)}\n`);
  await shutdownAndExit(1);
});
