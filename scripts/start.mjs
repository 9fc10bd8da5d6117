#!/usr/bin/env node
// `npm start`: install dependencies and build dist/ and the web app (apps/web/dist) when needed, then dist/tools/environment/start.js
// does the rest.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './build.mjs';
import { ensureDependencies } from './ensure-dependencies.mjs';
import { handOver } from './hand-over.mjs';
import { ensureWebBuild } from './web.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
ensureDependencies(root);
ensureBuild(root, { typeCheck: false });
ensureWebBuild(root);
handOver(root, 'tools/environment/start');
