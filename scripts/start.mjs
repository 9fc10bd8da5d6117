#!/usr/bin/env node
// `npm start`: install dependencies when needed, then tools/environment/start.ts does the rest.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { handOver } from './hand-over.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureDependencies(root);
handOver(root, 'tools/environment/start.ts');
