#!/usr/bin/env node
// `npm test`: install dependencies and build dist/ when needed, then dist/tools/environment/test.js
// does the rest (its first checks include the type check that this build skips).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './build.mjs';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { handOver } from './hand-over.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureDependencies(root);
ensureBuild(root, { typeCheck: false });
handOver(root, 'tools/environment/test', process.argv.slice(2));
