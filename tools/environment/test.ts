import { prepareEnvironment } from './environment';
import { describe, say } from './log';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { LOG_DIR, ROOT } from './paths';
import { ensureProductionNode, PRODUCTION_NODE_MAJOR } from './node-lts';
import { startProcess } from './processes';
import { runMigrations } from './project-tools';
import { runWebTests } from './web-tests';
import { ensureChromiumInstalled } from './chromium-install';
import { exitOnSignals, isShuttingDown, onShutdown, shutdownAndExit } from './shutdown';

/**
 * `npm test`: the same set-up as `npm start` against a freshly created test database and Redis
 * db 1, migrations, then the checks in order. Stops at the first failure, prints one line per
 * step, stops what it started and exits with the failing step's code.
 */
const CHECKS = ['typecheck', 'lint', 'test:unit', 'test:e2e'];

type Result = { step: string; code: number; seconds: number } | { step: string; skipped: true };

type Step = [string, () => Promise<number>];

/** The whole suite, in order. */
function everything(): Step[] {
  return [
    ...CHECKS.map((script): Step => [script, () => npmRun(script)]),
    // The same unit and e2e tests on the production runtime (the Dockerfile's Node 24 LTS).
    [`node ${PRODUCTION_NODE_MAJOR}`, () => runJest(ensureProductionNode(), [])],
    // The web app in a real browser against the compiled API and worker, with the demo data
    // (after the Jest runs: it loads the demo data into the test database).
    ['test:web', () => runWebTests()],
    // test:logs scans what both e2e runs logged (API and worker) for the test data's BSNs, names, dates of birth and addresses.
    ['test:logs', () => npmRun('test:logs')],
  ];
}

/**
 * `npm test` runs everything; `npm test -- <paths or patterns>` (a developer's quick loop) sets up
 * the same environment and runs only the Jest tests that match.
 */
async function main(only: string[]): Promise<void> {
  exitOnSignals(() => 130);
  const steps: Step[] = [
    ['environment', async () => {
      await prepareEnvironment('test');
      // The e2e tests print documents with Chromium too (the access report), not only the browser tests.
      process.env.CHROMIUM_PATH = ensureChromiumInstalled();
      return 0;
    }],
    ['migrations', async () => {
      await runMigrations();
      // A fresh e2e log directory, so the log scan judges this run only.
      rmSync(path.join(LOG_DIR, 'e2e'), { recursive: true, force: true });
      return 0;
    }],
    ...(only.length ? selected(only) : everything()),
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

/**
 * `npm test -- <patterns>` runs the matching Jest tests; `npm test -- web [playwright args]` runs
 * only the browser tests (for example `npm test -- web signals` or `npm test -- web --grep Werkvoorraad`).
 */
function selected(only: string[]): Step[] {
  if (only[0] === 'web') return [['test:web', () => runWebTests(only.slice(1))]];
  return [['jest (selected)', () => runJest(process.execPath, only)]];
}

/** `npm run <script>` with the same npm that runs us. */
function npmRun(script: string): Promise<number> {
  const cli = process.env.npm_execpath;
  const [command, args] = cli?.endsWith('.js') ? [process.execPath, [cli]] : ['npm', []];
  return runStep(script, command, [...args, 'run', script]);
}

/** Unit and e2e tests in one Jest run (in band: the e2e tests share the database) under the given Node. */
function runJest(node: string, patterns: string[]): Promise<number> {
  const jest = path.join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js');
  return runStep('jest', node, [jest, '--selectProjects', 'unit', 'e2e', '--runInBand', ...patterns]);
}

async function runStep(name: string, command: string, args: string[]): Promise<number> {
  const child = startProcess(name, command, args, { cwd: ROOT, stopSignal: 'SIGTERM', graceMs: 10_000 });
  onShutdown(child);
  return (await child.exited).code ?? 1;
}

function printSummary(results: Result[]): void {
  say('Summary:');
  for (const result of results) {
    const line = 'skipped' in result
      ? `skip  ${result.step}`
      : `${result.code === 0 ? 'ok  ' : 'FAIL'}  ${result.step.padEnd(14)} ${result.seconds.toFixed(1).padStart(6)} s${result.code === 0 ? '' : `  (exit ${result.code})`}`;
    say(`  ${line}`);
  }
}

main(process.argv.slice(2)).catch(async (error: unknown) => {
  process.stderr.write(`[vangrail] ${describe(error)}\n`);
  await shutdownAndExit(1);
});
