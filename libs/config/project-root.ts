import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The repository (or image) root: the nearest folder above this file with a package.json. The
 * same answer from the TypeScript sources (libs/config) and from the compiled build
 * (dist/libs/config), so `.vangrail/` and the web build are found either way.
 */
export function findProjectRoot(from: string = __dirname): string {
  for (let dir = path.resolve(from); ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no package.json above ${from}`);
  }
}

export const PROJECT_ROOT = findProjectRoot();
