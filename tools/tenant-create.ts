import { provisionTenant } from './tenant-provisioning';
import { runTool, withOwnerDatabase } from './owner-database';

const USAGE = 'usage: npm run tenant:create -- <slug> "<name>"   e.g. npm run tenant:create -- tweestad "Gemeente Tweestad"';

/** `npm run tenant:create -- <slug> "<name>"`: a new tenant with the default routing rules. Safe to repeat. */
export async function tenantCreate(args: string[], write: (line: string) => void = (line) => process.stdout.write(line)): Promise<number> {
  const [slug, name, ...rest] = args;
  if (!slug || !name || rest.length) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  return withOwnerDatabase(async (dataSource) => {
    const { tenant, created } = await provisionTenant(dataSource, slug, name);
    write(created ? `tenant created: ${tenant.slug} (${tenant.name}), id ${tenant.id}, default routing rules loaded\n` : `tenant ${tenant.slug} exists already (${tenant.name}); default routing rules checked\n`);
    if (!created && tenant.name !== name.trim()) write(`note: its name stays "${tenant.name}"; the name given was "${name}"\n`);
    return 0;
  });
}

if (require.main === module) runTool(() => tenantCreate(process.argv.slice(2)));
