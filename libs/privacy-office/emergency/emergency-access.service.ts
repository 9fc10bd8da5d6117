import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { conflict, forbidden, notFound, PlatformRole } from '@vangrail/core';
import { NotificationKind, notify } from '@vangrail/notifications';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { EMERGENCY_ACCESS } from '../privacy-office.policy';
import { PrivacyClock } from '../privacy-clock';
import { EmergencyAccessGrant, EmergencyResource, EmergencyReviewState } from './emergency-access-grant.entity';
import { EmergencyAccessReviewFilter, EmergencyAccessView, RequestEmergencyAccessInput, ReviewEmergencyAccessInput } from './emergency-access.types';

const DEFAULT_MINUTES = 60;
const WHAT: Record<EmergencyResource, [en: string, nl: string, table: string]> = {
  [EmergencyResource.CASE]: ['Case', 'Casus', 'case_file'],
  [EmergencyResource.SUBJECT]: ['Subject', 'Betrokkene', 'subject'],
};

/**
 * Break-the-glass (DOMAIN.md §7): anyone with a justification gets a time-limited grant on one case
 * or subject; the privacy officers and the chair of the case's table are told at once; every access
 * under it is flagged in the audit trail (purpose NOODTOEGANG); the officer reviews each grant.
 */
@Injectable()
export class EmergencyAccessService {
  constructor(private readonly clock: PrivacyClock) {}

  async request(ctx: GovernedContext, input: RequestEmergencyAccessInput): Promise<EmergencyAccessView> {
    if (!ctx.ability.can('create', EMERGENCY_ACCESS)) {
      throw forbidden('Emergency access is for professionals', 'Noodtoegang is er voor professionals');
    }
    const [en, nl, table] = WHAT[input.resourceType];
    const [exists] = (await ctx.manager.query(`SELECT 1 FROM ${table} WHERE tenant_id = $1 AND id = $2`, [ctx.tenantId, input.resourceId])) as unknown[];
    if (!exists) throw notFound(en, nl);
    const grantedAt = this.clock.now();
    const grant = Object.assign(new EmergencyAccessGrant(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      userId: ctx.user.id,
      resourceType: input.resourceType,
      resourceId: input.resourceId,
      justification: input.justification.trim(),
      grantedAt,
      expiresAt: new Date(grantedAt.getTime() + (input.minutes ?? DEFAULT_MINUTES) * 60_000),
      reviewState: EmergencyReviewState.TE_BEOORDELEN,
      reviewFinding: null,
      reviewedBy: null,
      reviewedAt: null,
    });
    await ctx.manager.insert(EmergencyAccessGrant, grant);
    const recipients = await this.recipients(ctx, grant);
    const until = grant.expiresAt.toISOString();
    await notify(
      ctx.manager,
      recipients.map((userId) => ({
        tenantId: ctx.tenantId,
        kind: NotificationKind.EMERGENCY_ACCESS,
        recipientUserId: userId,
        caseId: grant.resourceType === EmergencyResource.CASE ? grant.resourceId : null,
        message: `${ctx.user.username} (${ctx.user.discipline ?? 'no discipline'}) used emergency access to a ${en.toLowerCase()} until ${until}; review it in the privacy office`,
        messageNl: `${ctx.user.username} (${ctx.user.discipline ?? 'geen discipline'}) heeft noodtoegang tot een ${nl.toLowerCase()} gebruikt tot ${until}; beoordeel dit in het privacyoverzicht`,
        dedupeKey: `emergency:${grant.id}:${userId}`,
      })),
    );
    ctx.record({
      action: AuditAction.CREATE,
      resourceType: EMERGENCY_ACCESS,
      resourceId: grant.id,
      subjectKeys: grant.resourceType === EmergencyResource.SUBJECT ? [grant.resourceId] : [],
      reason: `emergency access to ${en} ${grant.resourceId} until ${until}; ${recipients.length} notified`,
    });
    return this.view(grant, ctx.user.username, ctx.user.discipline, 0, recipients.length);
  }

  async reviews(ctx: GovernedContext, filter: EmergencyAccessReviewFilter): Promise<EmergencyAccessView[]> {
    this.requireReview(ctx, 'read');
    const views = await this.views(ctx, filter.state ?? null, null);
    ctx.record({ action: AuditAction.SEARCH, resourceType: EMERGENCY_ACCESS, reason: `${views.length} emergency access grants listed` });
    return views;
  }

  async review(ctx: GovernedContext, input: ReviewEmergencyAccessInput): Promise<EmergencyAccessView> {
    this.requireReview(ctx, 'update');
    if (input.verdict === EmergencyReviewState.TE_BEOORDELEN) {
      throw conflict('A review ends as GERECHTVAARDIGD (justified) or SCHENDING (violation)', 'Een beoordeling eindigt als gerechtvaardigd of als schending');
    }
    const grant = await ctx.manager
      .createQueryBuilder(EmergencyAccessGrant, 'g')
      .setLock('pessimistic_write')
      .where('g.tenant_id = :tenantId AND g.id = :id', { tenantId: ctx.tenantId, id: input.grantId })
      .getOne();
    if (!grant) throw notFound('Emergency access grant', 'Noodtoegang');
    if (grant.reviewState !== EmergencyReviewState.TE_BEOORDELEN) {
      throw conflict('This emergency access has already been reviewed', 'Deze noodtoegang is al beoordeeld');
    }
    grant.reviewState = input.verdict;
    grant.reviewFinding = input.finding.trim();
    grant.reviewedBy = ctx.user.id;
    grant.reviewedAt = this.clock.now();
    await ctx.manager.save(grant);
    ctx.record({ action: AuditAction.UPDATE, resourceType: EMERGENCY_ACCESS, resourceId: grant.id, reason: `emergency access reviewed: ${input.verdict}` });
    const [view] = await this.views(ctx, null, grant.id);
    return view;
  }

  /** Grants with their user, how often they were used (flagged audit events in the window) and how many were told. */
  private async views(ctx: GovernedContext, state: EmergencyReviewState | null, id: string | null): Promise<EmergencyAccessView[]> {
    const rows = (await ctx.manager.query(
      `SELECT g.id, u.username, u.discipline,
              (SELECT count(*)::int FROM audit_event e WHERE e.tenant_id = g.tenant_id AND e.user_id = g.user_id AND e.emergency_access AND e.outcome = 'ALLOWED'
                 AND e.occurred_at >= g.granted_at AND e.occurred_at < g.expires_at
                 AND (e.resource_id = g.resource_id::text OR g.resource_id::text = ANY(e.subject_keys))) AS accesses,
              (SELECT count(*)::int FROM notification n WHERE n.tenant_id = g.tenant_id AND n.dedupe_key LIKE 'emergency:' || g.id || ':%') AS notified
         FROM emergency_access_grant g JOIN app_user u ON u.tenant_id = g.tenant_id AND u.id = g.user_id
        WHERE g.tenant_id = $1 AND ($2::text IS NULL OR g.review_state = $2) AND ($3::uuid IS NULL OR g.id = $3)
        ORDER BY g.granted_at DESC LIMIT 500`,
      [ctx.tenantId, state, id],
    )) as { id: string; username: string; discipline: string | null; accesses: number; notified: number }[];
    if (rows.length === 0) return [];
    const grants = await ctx.manager.createQueryBuilder(EmergencyAccessGrant, 'g').where('g.id = ANY(:ids)', { ids: rows.map((r) => r.id) }).getMany();
    return rows.map((row) => this.view(grants.find((g) => g.id === row.id)!, row.username, row.discipline, row.accesses, row.notified));
  }

  /** The privacy officers, and for a case the chairs of its table (current memberships). */
  private async recipients(ctx: GovernedContext, grant: EmergencyAccessGrant): Promise<string[]> {
    const rows = (await ctx.manager.query(
      `SELECT id FROM app_user WHERE tenant_id = $1 AND $2 = ANY(roles) AND disabled_at IS NULL
       UNION
       SELECT m.user_id FROM case_file c JOIN case_table_member m ON m.tenant_id = c.tenant_id AND m.case_table_id = c.case_table_id
        WHERE c.tenant_id = $1 AND c.id = $3 AND m.role = 'CHAIR' AND m.removed_at IS NULL AND m.valid_from <= now() AND (m.valid_until IS NULL OR m.valid_until > now())`,
      [ctx.tenantId, PlatformRole.PRIVACY_OFFICER, grant.resourceType === EmergencyResource.CASE ? grant.resourceId : null],
    )) as { id: string }[];
    return rows.map((r) => r.id).filter((id) => id !== ctx.user.id);
  }

  private view(grant: EmergencyAccessGrant, username: string, discipline: string | null, accesses: number, notified: number): EmergencyAccessView {
    return {
      id: grant.id,
      username,
      discipline,
      resourceType: grant.resourceType,
      resourceId: grant.resourceId,
      justification: grant.justification,
      grantedAt: grant.grantedAt,
      expiresAt: grant.expiresAt,
      active: grant.expiresAt.getTime() > this.clock.now().getTime(),
      accesses,
      reviewState: grant.reviewState,
      reviewFinding: grant.reviewFinding,
      reviewedAt: grant.reviewedAt,
      notified,
    };
  }

  private requireReview(ctx: GovernedContext, action: 'read' | 'update'): void {
    if (!ctx.ability.can(action, EMERGENCY_ACCESS)) throw forbidden('Only the privacy officer reviews emergency access', 'Alleen de privacy officer beoordeelt noodtoegang');
  }
}
