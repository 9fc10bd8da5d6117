import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { POLICY_METADATA } from '@vangrail/privacy';

const ROOT = path.resolve(__dirname, '..', '..');
/** Set by @Query/@Mutation (type) and @ResolveField (property); see @nestjs/graphql graphql.constants. */
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';
const HTTP_PATH_METADATA = 'path';

function files(dir: string, suffix: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full, suffix);
    return suffix.test(name) ? [full] : [];
  });
}

/** Every resolver and controller method, with the policy it declares (if any). */
function operations(): { name: string; policy: unknown }[] {
  const found: { name: string; policy: unknown }[] = [];
  for (const file of [...files(path.join(ROOT, 'libs'), /\.(resolver|controller)\.ts$/), ...files(path.join(ROOT, 'apps'), /\.(resolver|controller)\.ts$/)]) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loads every resolver file found on disk
    const exports = require(file) as Record<string, unknown>;
    for (const exported of Object.values(exports)) {
      if (typeof exported !== 'function') continue;
      const prototype = exported.prototype as Record<string, unknown>;
      for (const method of Object.getOwnPropertyNames(prototype)) {
        const handler = prototype[method];
        if (method === 'constructor' || typeof handler !== 'function') continue;
        const isOperation = [RESOLVER_TYPE_METADATA, RESOLVER_PROPERTY_METADATA, HTTP_PATH_METADATA].some(
          (key) => Reflect.getMetadata(key, handler) !== undefined,
        );
        if (!isOperation) continue;
        const policy = Reflect.getMetadata(POLICY_METADATA, handler) ?? Reflect.getMetadata(POLICY_METADATA, exported);
        found.push({ name: `${path.relative(ROOT, file)} ${exported.name}.${method}`, policy });
      }
    }
  }
  return found;
}

describe('Guarded by default', () => {
  const all = operations();

  it('finds the resolvers and controllers to check', () => {
    expect(all.length).toBeGreaterThan(3);
  });

  it('every query, mutation, field resolver and HTTP route declares a policy or is explicitly public', () => {
    const missing = all.filter((operation) => !operation.policy).map((operation) => operation.name);
    expect(missing).toEqual([]);
  });
});
