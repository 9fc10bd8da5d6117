import { appConfig } from '@vangrail/config';
import { PiiCrypto } from '@vangrail/privacy';
import { seedDefaultRules } from '@vangrail/routing';
import { SubjectRegistry } from '@vangrail/subjects';
import { Tenant, User } from '@vangrail/tenancy';
import { DEMO_TENANTS, demoId } from './demo-data';
import { seedCaseTables } from './seed-case-tables';
import { inTenant, runTool, withOwnerDatabase } from './owner-database';

/**
 * Loads the demo tenants, users and subjects of API.md. Safe to re-run: rows are keyed by stable
 * ids and natural keys, existing rows are left as they are.
 */
export async function seedDemo(): Promise<void> {
  const registry = new SubjectRegistry(new PiiCrypto(appConfig()));
  await withOwnerDatabase(async (dataSource) => {
    for (const demo of DEMO_TENANTS) {
      const tenantId = demoId(`tenant:${demo.slug}`);
      await dataSource.createQueryBuilder().insert().into(Tenant).values({ id: tenantId, slug: demo.slug, name: demo.name }).orIgnore().execute();
      await inTenant(dataSource, tenantId, async (manager) => {
        const users = demo.users.map((u) =>
          Object.assign(new User(), {
            tenantId,
            id: demoId(`user:${demo.slug}:${u.username}`),
            username: u.username,
            oidcSubject: u.username,
            displayName: u.displayName,
            discipline: u.discipline,
            roles: u.roles,
            contact: u.contact,
            disabledAt: null,
          }),
        );
        await manager.createQueryBuilder().insert().into(User).values(users).orIgnore().execute();
        for (const [name, input] of Object.entries(demo.subjects)) await registry.resolve(manager, tenantId, input, name);
        await seedDefaultRules(manager, tenantId);
        await seedCaseTables(manager, demo.slug, tenantId);
      });
    }
  });
  process.stdout.write(`demo data loaded: ${DEMO_TENANTS.map((t) => `${t.slug} (${t.users.length} users)`).join(', ')}\n`);
}

if (require.main === module) runTool(seedDemo);
