import { Injectable } from '@nestjs/common';
import { forbidden } from '@vangrail/core';
import { AuditAction, GovernedContext, lastVerification } from '@vangrail/privacy';
import { AUDIT_EVENT } from '../privacy-office.policy';
import { PrivacyClock } from '../privacy-clock';
import { auditEventsToCsv } from './audit-csv';
import { AuditEventExport, AuditEventFilter, AuditEventPage, AuditPageInput, ChainStatusView } from './audit-events.types';
import { AuditSearch, describeFilter } from './audit-search';

const EXPORT_LIMIT = 10_000;

/** The privacy officer's view of the audit trail; every search and export is itself recorded. */
@Injectable()
export class AuditTrailService {
  constructor(
    private readonly search: AuditSearch,
    private readonly clock: PrivacyClock,
  ) {}

  async events(ctx: GovernedContext, filter: AuditEventFilter, page: AuditPageInput): Promise<AuditEventPage> {
    this.requireRead(ctx);
    const result = await this.search.run(ctx, filter, page.first ?? 100, page.after);
    ctx.record({
      action: AuditAction.SEARCH,
      subjectKeys: this.searchedKeys(filter, result.personKey),
      reason: `audit trail searched (${describeFilter(filter)}${page.after ? `, after ${page.after}` : ''}): ${result.events.length} events`,
    });
    return { events: result.events, nextCursor: result.more ? result.events[result.events.length - 1].seq : null };
  }

  async export(ctx: GovernedContext, filter: AuditEventFilter): Promise<AuditEventExport> {
    this.requireRead(ctx);
    const result = await this.search.run(ctx, filter, EXPORT_LIMIT);
    ctx.record({
      action: AuditAction.EXPORT,
      subjectKeys: this.searchedKeys(filter, result.personKey),
      reason: `audit trail exported as CSV (${describeFilter(filter)}): ${result.events.length} events`,
    });
    const stamp = this.clock.now().toISOString().slice(0, 19).replace(/[-:T]/g, '');
    return {
      filename: `logboek-${ctx.user.tenantSlug}-${stamp}.csv`,
      contentType: 'text/csv; charset=utf-8',
      rows: result.events.length,
      truncated: result.more,
      csv: auditEventsToCsv(result.events),
    };
  }

  /** The latest stored verification: verifying is the worker's and the operator's job, not a request's. */
  async chainStatus(ctx: GovernedContext): Promise<ChainStatusView> {
    this.requireRead(ctx);
    const last = await lastVerification(ctx.manager, ctx.tenantId);
    ctx.record({ action: AuditAction.READ, reason: `audit chain status read: ${!last ? 'never verified' : last.intact ? 'intact' : 'BROKEN'}` });
    if (!last) {
      const problem = 'the audit trail has not been verified yet (npm run audit:verify, or the worker every hour)';
      return { intact: false, verifiedAt: null, verifiedBy: null, mode: null, eventsChecked: 0, unsealedOverdue: 0, broken: [], firstBrokenSeq: null, problem };
    }
    const first = last.broken[0];
    return {
      intact: last.intact,
      verifiedAt: last.verifiedAt,
      verifiedBy: last.verifiedBy,
      mode: last.mode,
      eventsChecked: last.eventsChecked,
      unsealedOverdue: last.unsealedOverdue,
      broken: last.broken,
      firstBrokenSeq: first?.seq ?? null,
      problem: first?.problem ?? null,
    };
  }

  private searchedKeys(filter: AuditEventFilter, personKey: string | null | undefined): string[] {
    return [...new Set([filter.subjectKey, personKey].filter((key): key is string => !!key))];
  }

  private requireRead(ctx: GovernedContext): void {
    if (!ctx.ability.can('read', AUDIT_EVENT)) throw forbidden('Only the privacy officer reads the audit trail', 'Alleen de privacy officer leest het logboek');
  }
}
