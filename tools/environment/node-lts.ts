import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { say, SetupError } from './log';

/** The production runtime (Dockerfile): Node 24 LTS. This machine's Node may be older. */
export const PRODUCTION_NODE_MAJOR = 24;

function cacheDir(): string {
  return path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'vangrail', `node-${PRODUCTION_NODE_MAJOR}`);
}

/**
 * The path of a Node 24 binary for running the tests on the production runtime. The npm registry
 * ships Node itself as `node-<platform>-<arch>`; it is installed once into a cache folder (not as a
 * project dependency). The running Node is used when it already is version 24.
 */
export function ensureProductionNode(): string {
  if (Number(process.versions.node.split('.')[0]) === PRODUCTION_NODE_MAJOR) return process.execPath;
  const dir = cacheDir();
  const pkg = `node-${process.platform}-${process.arch}`;
  const binary = path.join(dir, 'node_modules', pkg, 'bin', process.platform === 'win32' ? 'node.exe' : 'node');
  if (!existsSync(binary)) {
    say(`Node ${PRODUCTION_NODE_MAJOR}: installing ${pkg}@${PRODUCTION_NODE_MAJOR} into ${dir} (once)…`);
    mkdirSync(dir, { recursive: true });
    const cli = process.env.npm_execpath;
    const [command, prefix] = cli?.endsWith('.js') ? [process.execPath, [cli]] : ['npm', []];
    const result = spawnSync(command, [...prefix, 'install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `${pkg}@${PRODUCTION_NODE_MAJOR}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0 || !existsSync(binary)) {
      process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
      throw new SetupError(`could not install ${pkg}@${PRODUCTION_NODE_MAJOR} from the npm registry`);
    }
  }
  const version = spawnSync(binary, ['--version'], { encoding: 'utf8' }).stdout.trim();
  if (!version.startsWith(`v${PRODUCTION_NODE_MAJOR}.`)) throw new SetupError(`${binary} reports ${version || 'no version'}, expected v${PRODUCTION_NODE_MAJOR}`);
  return binary;
}
