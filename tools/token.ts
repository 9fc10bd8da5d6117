import { issueDevToken } from '@vangrail/auth';
import { appConfig } from '@vangrail/config';
import { User } from '@vangrail/tenancy';
import { allTenants, inTenant, runTool, withOwnerDatabase } from './owner-database';

/** `npm run token -- <username> [--tenant <slug>]`: prints a development access token for a demo user. */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const username = args.find((arg) => !arg.startsWith('--'));
  const tenantFlag = args.indexOf('--tenant');
  const tenantSlug = tenantFlag >= 0 ? args[tenantFlag + 1] : undefined;
  const config = appConfig();
  if (config.nodeEnv === 'production') {
    process.stderr.write('Refused: development tokens are not issued when NODE_ENV=production\n');
    return 1;
  }
  if (!username) {
    process.stderr.write('usage: npm run token -- <username> [--tenant <slug>]   e.g. npm run token -- wmo.bram\n');
    return 2;
  }
  const match = await withOwnerDatabase(async (dataSource) => {
    for (const tenant of await allTenants(dataSource)) {
      if (tenantSlug && tenant.slug !== tenantSlug) continue;
      const user = await inTenant(dataSource, tenant.id, (manager) => manager.getRepository(User).findOneBy({ tenantId: tenant.id, username }));
      if (user) return { tenantSlug: tenant.slug, subject: user.oidcSubject };
    }
    return undefined;
  });
  if (!match) {
    process.stderr.write(`No user "${username}"${tenantSlug ? ` in tenant ${tenantSlug}` : ''}; is the demo data loaded (npm start)?\n`);
    return 1;
  }
  process.stdout.write(`${await issueDevToken(config, match)}\n`);
  return 0;
}

runTool(main);
