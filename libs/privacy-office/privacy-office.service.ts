import { Injectable } from '@nestjs/common';
import { forbidden } from '@vangrail/core';
import { AuditAction, AuditEvent, GovernedContext, verifyAuditChain } from '@vangrail/privacy';
import { AuditEventFilter, AuditEventView, ChainStatusView } from './audit-events.types';
import { AUDIT_EVENT } from './privacy-office.policy';

/** The privacy officer's view of the audit trail; reading it is itself recorded. */
@Injectable()
export class PrivacyOfficeService {
  async auditEvents(ctx: GovernedContext, filter: AuditEventFilter): Promise<AuditEventView[]> {
    this.requireRead(ctx);
    const query = ctx.manager.createQueryBuilder(AuditEvent, 'e').where('e.tenant_id = :tenantId', { tenantId: ctx.tenantId });
    if (filter.subjectKey) query.andWhere(':subjectKey = ANY(e.subject_keys)', { subjectKey: filter.subjectKey });
    if (filter.username) query.andWhere('e.username = :username', { username: filter.username });
    if (filter.purpose) query.andWhere('e.purpose = :purpose', { purpose: filter.purpose });
    if (filter.outcome) query.andWhere('e.outcome = :outcome', { outcome: filter.outcome });
    if (filter.from) query.andWhere('e.occurred_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.occurred_at < :to', { to: filter.to });
    const events = await query.orderBy('e.seq', 'DESC').limit(filter.limit ?? 100).getMany();
    ctx.record({
      action: AuditAction.SEARCH,
      subjectKeys: filter.subjectKey ? [filter.subjectKey] : [],
      reason: `audit trail searched (${events.length} events)`,
    });
    return events.map((event) => ({ ...event, seq: String(event.seq) }));
  }

  async chainStatus(ctx: GovernedContext): Promise<ChainStatusView> {
    this.requireRead(ctx);
    const status = await verifyAuditChain(ctx.manager, ctx.tenantId);
    ctx.record({ action: AuditAction.READ, reason: `audit chain verified: ${status.intact ? 'intact' : 'BROKEN'}` });
    return {
      intact: status.intact,
      eventsChecked: status.eventsChecked,
      firstBrokenSeq: status.firstBroken?.seq ?? null,
      problem: status.firstBroken?.problem ?? null,
    };
  }

  private requireRead(ctx: GovernedContext): void {
    if (!ctx.ability.can('read', AUDIT_EVENT)) throw forbidden('Only the privacy officer reads the audit trail', 'Alleen de privacy officer leest het logboek');
  }
}
