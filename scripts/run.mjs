#!/usr/bin/env node
// `npm run <tool>`: runs a compiled tool (`node scripts/run.mjs tools/token <args>`), installing
// dependencies and rebuilding dist/ first when they are missing or stale.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './build.mjs';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { handOver } from './hand-over.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run.mjs <tools/name> [args...]\n');
  process.exit(2);
}
ensureDependencies(root);
ensureBuild(root, { typeCheck: false });
handOver(root, entry, args);
