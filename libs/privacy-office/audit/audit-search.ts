import { Injectable } from '@nestjs/common';
import { SelectQueryBuilder } from 'typeorm';
import { AuditEvent, GovernedContext, PiiCrypto } from '@vangrail/privacy';
import { Bsn } from '@vangrail/subjects';
import { AuditEventFilter, AuditEventView } from './audit-events.types';

export interface AuditSearchResult {
  events: AuditEventView[];
  /** More matched than the page holds. */
  more: boolean;
  /** The person the BSN named, when searched by BSN (null: no person with that BSN is held). */
  personKey?: string | null;
}

/**
 * One query over the audit trail for every criterion of the privacy officer's search, newest
 * first, keyset-paginated on the chain sequence (stable while new events arrive). The user's
 * organisation comes from the user directory.
 */
@Injectable()
export class AuditSearch {
  constructor(private readonly crypto: PiiCrypto) {}

  async run(ctx: GovernedContext, filter: AuditEventFilter, limit: number, after?: string): Promise<AuditSearchResult> {
    let personKey: string | null | undefined;
    if (filter.bsn) {
      const bsn = Bsn.parse(filter.bsn, 'filter.bsn');
      const [person] = (await ctx.manager.query(`SELECT id FROM subject WHERE tenant_id = $1 AND bsn_blind_index = $2`, [
        ctx.tenantId,
        this.crypto.blindIndex(ctx.tenantId, 'BSN', bsn.value),
      ])) as { id: string }[];
      personKey = person?.id ?? null;
      if (!personKey) return { events: [], more: false, personKey };
    }
    const query = ctx.manager
      .createQueryBuilder(AuditEvent, 'e')
      .leftJoin('app_user', 'u', 'u.tenant_id = e.tenant_id AND u.id = e.user_id')
      .addSelect('u.organisation', 'organisation')
      .where('e.tenant_id = :tenantId', { tenantId: ctx.tenantId });
    applyFilter(query, filter, personKey ?? undefined);
    if (after) query.andWhere('e.seq < :after', { after });
    const { entities, raw } = await query
      .orderBy('e.seq', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities();
    const organisationBySeq = new Map(raw.map((row: { e_seq: string; organisation: string | null }) => [String(row.e_seq), row.organisation]));
    const events = entities.slice(0, limit).map((event) => ({ ...event, seq: String(event.seq), organisation: organisationBySeq.get(String(event.seq)) ?? null }));
    return { events, more: entities.length > limit, personKey };
  }
}

function applyFilter(query: SelectQueryBuilder<AuditEvent>, filter: AuditEventFilter, personKey: string | undefined): void {
  const keys = [filter.subjectKey, personKey].filter((key): key is string => !!key);
  // @> (not = ANY) so the GIN index on (tenant_id, subject_keys) serves it.
  keys.forEach((key, i) => query.andWhere(`e.subject_keys @> ARRAY[:key${i}]::text[]`, { [`key${i}`]: key }));
  if (filter.caseId) {
    // The case itself and what hangs under it; ids are text in the trail (resources of every kind).
    query.andWhere(
      `(e.resource_id = :caseId OR e.resource_id IN (
          SELECT id::text FROM contribution WHERE tenant_id = e.tenant_id AND case_id = :caseUuid
          UNION ALL SELECT id::text FROM decision WHERE tenant_id = e.tenant_id AND case_id = :caseUuid
          UNION ALL SELECT id::text FROM action_item WHERE tenant_id = e.tenant_id AND case_id = :caseUuid))`,
      { caseId: filter.caseId, caseUuid: filter.caseId },
    );
  }
  if (filter.username) query.andWhere('e.username = :username', { username: filter.username });
  if (filter.discipline) query.andWhere('e.discipline = :discipline', { discipline: filter.discipline });
  if (filter.organisation) query.andWhere('u.organisation = :organisation', { organisation: filter.organisation });
  if (filter.purpose) query.andWhere('e.purpose = :purpose', { purpose: filter.purpose });
  if (filter.action) query.andWhere('e.action = :action', { action: filter.action });
  if (filter.outcome) query.andWhere('e.outcome = :outcome', { outcome: filter.outcome });
  if (filter.emergencyAccess !== undefined && filter.emergencyAccess !== null) query.andWhere('e.emergency_access = :emergency', { emergency: filter.emergencyAccess });
  if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
  if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
}

/** The criteria of a search in words, for the search's own audit event (never the BSN itself). */
export function describeFilter(filter: AuditEventFilter): string {
  const parts = Object.entries(filter)
    .filter(([, value]) => value !== undefined && value !== null)
    .map(([name, value]) => (name === 'bsn' ? 'bsn=<blind index>' : `${name}=${value instanceof Date ? value.toISOString() : String(value)}`));
  return parts.length ? parts.join(', ') : 'no criteria';
}
