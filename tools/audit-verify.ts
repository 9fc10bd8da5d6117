import { verifyAuditChain } from '@vangrail/privacy';
import { allTenants, inTenant, runTool, withOwnerDatabase } from './owner-database';

/** `npm run audit:verify`: exit 0 when every tenant's chain is intact, else 1 and the first broken event. */
export async function auditVerify(write: (line: string) => void = (line) => process.stdout.write(line)): Promise<number> {
  return withOwnerDatabase(async (dataSource) => {
    let broken = 0;
    for (const tenant of await allTenants(dataSource)) {
      const status = await inTenant(dataSource, tenant.id, (manager) => verifyAuditChain(manager, tenant.id));
      if (status.intact) {
        write(`audit chain of ${tenant.slug}: intact (${status.eventsChecked} events)\n`);
      } else {
        broken += 1;
        const first = status.firstBroken!;
        write(`audit chain of ${tenant.slug}: BROKEN at event #${first.seq} (id ${first.id}): ${first.problem}\n`);
      }
    }
    return broken === 0 ? 0 : 1;
  });
}

if (require.main === module) runTool(() => auditVerify());
