import { hostname, userInfo } from 'node:os';
import { appConfig } from '@vangrail/config';
import { AuditSealer, auditAnchors, verifyAndRecord } from '@vangrail/privacy';
import { allTenants, runTool, withOwnerDatabase } from './owner-database';

export interface AuditVerifyOptions {
  /** Seal what is committed but not yet sealed first (as the worker does). */
  seal?: boolean;
  /** Recompute every tenant's whole chain instead of continuing after the last intact verification. */
  full?: boolean;
}

/**
 * `npm run audit:verify [-- --seal] [-- --full]`: verifies every tenant's audit trail against its
 * signed checkpoints, stores the result (auditChainStatus shows it) and prints every broken event.
 * Exit 0 when all are intact, else 1.
 */
export async function auditVerify(write: (line: string) => void = (line) => process.stdout.write(line), options: AuditVerifyOptions = {}): Promise<number> {
  const config = appConfig();
  const anchors = auditAnchors(config);
  const verifiedBy = `npm run audit:verify (${userInfo().username}@${hostname()})`;
  return withOwnerDatabase(async (dataSource) => {
    let broken = 0;
    for (const tenant of await allTenants(dataSource)) {
      if (options.seal) await new AuditSealer(dataSource, anchors).sealTenant(tenant.id);
      const status = await verifyAndRecord(dataSource, tenant.id, anchors, { full: !!options.full, sealMaxDelaySeconds: config.audit.sealMaxDelaySeconds }, verifiedBy);
      const range = `${status.mode === 'FULL' ? 'in full' : `from #${status.fromSeq}`}, ${status.eventsChecked} events`;
      if (status.intact) {
        write(`audit chain of ${tenant.slug}: intact (${range})\n`);
        continue;
      }
      broken += 1;
      write(`audit chain of ${tenant.slug}: BROKEN (${range}, ${status.broken.length} problems)\n`);
      for (const item of status.broken) {
        const where = item.seq ? `event #${item.seq}` : 'event';
        write(`  BROKEN at ${where}${item.eventId ? ` (id ${item.eventId})` : ''}: ${item.problem}\n`);
      }
    }
    return broken === 0 ? 0 : 1;
  });
}

if (require.main === module) {
  const args = process.argv.slice(2);
  runTool(() => auditVerify(undefined, { seal: args.includes('--seal'), full: args.includes('--full') }));
}
