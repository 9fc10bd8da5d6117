import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { seedDefaultRules } from '@vangrail/routing';
import { Tenant, TENANT_SLUG } from '@vangrail/tenancy';
import { inTenant } from './owner-database';

export type TenantProvisioning = { tenant: Tenant; created: boolean };

/**
 * A tenant with what every municipality starts from: the routing rules of DOMAIN.md §5 (version 1
 * of each; rules a tenant already has are left alone). Case tables get the default visibility of
 * DOMAIN.md §7 when they are created. Idempotent by slug; a known slug keeps its id and name.
 */
export async function provisionTenant(dataSource: DataSource, slug: string, name: string, id: string = randomUUID()): Promise<TenantProvisioning> {
  if (!TENANT_SLUG.test(slug)) {
    throw new Error(`"${slug}" is not a valid tenant slug: 2 to 40 lower-case letters, digits and dashes, starting with a letter`);
  }
  if (!name.trim()) throw new Error('the tenant needs a name, e.g. "Gemeente Demodam"');
  const inserted = await dataSource.createQueryBuilder().insert().into(Tenant).values({ id, slug, name: name.trim() }).orIgnore().returning(['id']).execute();
  const tenant = await dataSource.getRepository(Tenant).findOneByOrFail({ slug });
  await inTenant(dataSource, tenant.id, (manager) => seedDefaultRules(manager, tenant.id));
  return { tenant, created: inserted.raw.length > 0 };
}
