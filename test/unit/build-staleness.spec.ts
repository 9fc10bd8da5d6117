import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BUILD_SCRIPT = path.resolve(__dirname, '..', '..', 'scripts', 'build.mjs');

/** Asks scripts/build.mjs (plain ESM, so in a child process) whether the build in `root` is stale. */
function isStale(root: string): boolean {
  const probe = `import(${JSON.stringify(BUILD_SCRIPT)}).then((m) => process.stdout.write(String(m.buildIsStale(${JSON.stringify(root)}))))`;
  const result = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(result.stderr);
  return result.stdout === 'true';
}

describe('npm start rebuilds the server when its sources changed', () => {
  let root: string;
  const write = (file: string, when: Date) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), '// source\n');
    utimesSync(path.join(root, file), when, when);
  };
  const built = new Date('2026-12-01T10:00:00Z');
  const before = new Date('2026-12-01T09:00:00Z');
  const after = new Date('2026-12-01T11:00:00Z');

  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'vangrail-build-'));
    write('libs/core/index.ts', before);
    write('apps/api/web/web.module.ts', before);
    write('dist/.build-stamp', built);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is fresh when nothing changed since the build', () => {
    expect(isStale(root)).toBe(false);
  });

  it('is stale when server code in a folder named web changed (apps/api/web)', () => {
    write('apps/api/web/web.module.ts', after);
    expect(isStale(root)).toBe(true);
  });

  it('ignores the browser app (apps/web), which has its own build', () => {
    write('apps/web/src/main.ts', after);
    expect(isStale(root)).toBe(false);
  });

  it('is stale without a build', () => {
    rmSync(path.join(root, 'dist'), { recursive: true });
    expect(isStale(root)).toBe(true);
  });
});
