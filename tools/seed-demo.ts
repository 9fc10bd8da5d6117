import { appConfig } from '@vangrail/config';
import { PiiCrypto } from '@vangrail/privacy';
import { Subject, SubjectRegistry } from '@vangrail/subjects';
import { User } from '@vangrail/tenancy';
import { provisionTenant } from './tenant-provisioning';
import { DEMO_TENANTS, demoId } from './demo-data';
import { seedCaseTables } from './seed-case-tables';
import { seedDataSubjectRequests } from './seed-data-subject-requests';
import { inTenant, runTool, withOwnerDatabase } from './owner-database';

/**
 * Loads the demo tenants, users and subjects of API.md. Safe to re-run: rows are keyed by stable
 * ids and natural keys, existing rows are left as they are.
 */
export async function seedDemo(): Promise<void> {
  const config = appConfig();
  if (config.nodeEnv === 'production') throw new Error('Refused: the demo data is for development only, not when NODE_ENV=production');
  const registry = new SubjectRegistry(new PiiCrypto(config));
  await withOwnerDatabase(async (dataSource) => {
    for (const demo of DEMO_TENANTS) {
      const { tenant } = await provisionTenant(dataSource, demo.slug, demo.name, demoId(`tenant:${demo.slug}`));
      const tenantId = tenant.id;
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
            organisation: demo.name,
            validFrom: null,
            validUntil: null,
            disabledAt: null,
          }),
        );
        await manager.createQueryBuilder().insert().into(User).values(users).orIgnore().execute();
        const subjects = new Map<string, Subject>();
        for (const [name, input] of Object.entries(demo.subjects)) subjects.set(name, await registry.resolve(manager, tenantId, input, name));
        await seedCaseTables(manager, demo.slug, tenantId);
        await seedDataSubjectRequests(manager, demo.slug, tenantId, subjects);
      });
    }
  });
  process.stdout.write(`demo data loaded: ${DEMO_TENANTS.map((t) => `${t.slug} (${t.users.length} users)`).join(', ')}\n`);
}

if (require.main === module) runTool(seedDemo);
