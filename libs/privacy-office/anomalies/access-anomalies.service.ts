import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { badInput, notFound } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { PrivacyClock } from '../privacy-clock';
import { AnomalyFinding } from './anomaly-finding.entity';
import { AnomalyHit, AnomalyRule, AnomalyThresholds, RULE_SQL, ruleExplanation } from './anomaly-rules';
import { AccessAnomalyFilter, AccessAnomalyView, CloseAccessAnomalyInput } from './anomalies.types';

const DAY_MS = 24 * 3600_000;

interface HitRow {
  user_id: string;
  username: string | null;
  discipline: string | null;
  window_start: Date;
  window_end: Date;
  n: string | number;
  event_ids: string[];
}

/** "RULE.userId.windowStartSeconds": stable when recomputed, and readable back when closing. */
const anomalyId = (hit: Pick<AnomalyHit, 'rule' | 'userId' | 'windowStart'>): string => `${hit.rule}.${hit.userId}.${Math.floor(hit.windowStart.getTime() / 1000)}`;

/** Unusual access for the privacy officer: derived from the audit trail by stated rules, closed with a finding. */
@Injectable()
export class AccessAnomaliesService {
  private readonly thresholds: AnomalyThresholds;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly clock: PrivacyClock,
  ) {
    const t = config.tuning;
    this.thresholds = {
      subjectsPerDay: t.ANOMALY_SUBJECTS_PER_DAY,
      lookupsPerHour: t.ANOMALY_LOOKUPS_PER_HOUR,
      refusalsPerHour: t.ANOMALY_REFUSALS_PER_HOUR,
      workdayStartHour: t.WORKDAY_START_HOUR,
      workdayEndHour: t.WORKDAY_END_HOUR,
    };
  }

  async list(ctx: GovernedContext, filter: AccessAnomalyFilter): Promise<AccessAnomalyView[]> {
    const to = filter.to ?? this.clock.now();
    const from = filter.from ?? new Date(to.getTime() - 30 * DAY_MS);
    if (from >= to) throw badInput('filter.from', 'The period starts after it ends', 'De periode begint na het einde');
    const views = await this.views(ctx, from, to);
    const shown = filter.includeClosed ? views : views.filter((view) => view.verdict === null);
    ctx.record({ action: AuditAction.READ, reason: `${shown.length} access anomalies listed` });
    return shown;
  }

  async close(ctx: GovernedContext, input: CloseAccessAnomalyInput): Promise<AccessAnomalyView> {
    const [rule, userId, seconds] = input.anomalyId.split('.');
    const windowStart = new Date(Number(seconds) * 1000);
    if (!Object.values(AnomalyRule).includes(rule as AnomalyRule) || Number.isNaN(windowStart.getTime())) throw notFound('Access anomaly', 'Afwijkende toegang');
    // Recomputed around its window: only an anomaly the rules still flag can be closed.
    const views = await this.views(ctx, new Date(windowStart.getTime() - DAY_MS), new Date(windowStart.getTime() + 2 * DAY_MS));
    const view = views.find((candidate) => candidate.id === input.anomalyId);
    if (!view) throw notFound('Access anomaly', 'Afwijkende toegang');
    if (view.verdict) throw badInput('input.anomalyId', 'This anomaly was already closed with a finding', 'Deze afwijking is al afgesloten met een bevinding');
    const closedAt = this.clock.now();
    await ctx.manager.insert(AnomalyFinding, {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      anomalyKey: view.id,
      rule: view.rule,
      userId,
      windowStart: view.windowStart,
      verdict: input.verdict,
      finding: input.finding,
      closedByUserId: ctx.user.id,
      closedAt,
    });
    ctx.record({ action: AuditAction.UPDATE, reason: `access anomaly ${view.rule} of ${view.username ?? 'a user'} closed as ${input.verdict}` });
    return { ...view, verdict: input.verdict, finding: input.finding, closedAt };
  }

  private async views(ctx: GovernedContext, from: Date, to: Date): Promise<AccessAnomalyView[]> {
    const hits = [...(await this.auditHits(ctx, from, to)), ...(await this.unreviewedEmergencies(ctx, from, to))];
    const findings = await ctx.manager.getRepository(AnomalyFinding).find({ where: { tenantId: ctx.tenantId } });
    const byKey = new Map(findings.map((f) => [f.anomalyKey, f]));
    return hits
      .map((hit): AccessAnomalyView => {
        const id = anomalyId(hit);
        const words = ruleExplanation(hit.rule, this.thresholds, hit.count);
        const found = byKey.get(id);
        return { id, rule: hit.rule, explanationNl: words.nl, explanation: words.en, userId: hit.userId, username: hit.username, discipline: hit.discipline, windowStart: hit.windowStart, windowEnd: hit.windowEnd, count: hit.count, auditEventIds: hit.eventIds, verdict: found?.verdict ?? null, finding: found?.finding ?? null, closedAt: found?.closedAt ?? null };
      })
      .sort((a, b) => b.windowStart.getTime() - a.windowStart.getTime() || a.id.localeCompare(b.id));
  }

  private async auditHits(ctx: GovernedContext, from: Date, to: Date): Promise<AnomalyHit[]> {
    const hits: AnomalyHit[] = [];
    for (const [rule, { sql, threshold }] of Object.entries(RULE_SQL) as [AnomalyRule, (typeof RULE_SQL)[keyof typeof RULE_SQL]][]) {
      const rows = (await ctx.manager.query(sql, [ctx.tenantId, from, to, ...threshold(this.thresholds)])) as HitRow[];
      for (const row of rows) hits.push(hitOf(rule, row));
    }
    return hits;
  }

  /** Emergency grants still awaiting review, with the accesses made under them. */
  private async unreviewedEmergencies(ctx: GovernedContext, from: Date, to: Date): Promise<AnomalyHit[]> {
    const rows = (await ctx.manager.query(
      `SELECT g.user_id, u.username, u.discipline, g.granted_at AS window_start, g.expires_at AS window_end,
              count(e.id) AS n, coalesce((array_agg(e.id ORDER BY e.occurred_at) FILTER (WHERE e.id IS NOT NULL))[1:100], '{}') AS event_ids
         FROM emergency_access_grant g
         LEFT JOIN app_user u ON u.tenant_id = g.tenant_id AND u.id = g.user_id
         LEFT JOIN audit_event e ON e.tenant_id = g.tenant_id AND e.user_id = g.user_id AND e.emergency_access
              AND e.occurred_at >= g.granted_at AND e.occurred_at < g.expires_at
        WHERE g.tenant_id = $1 AND g.review_state = 'TE_BEOORDELEN' AND g.granted_at >= $2 AND g.granted_at < $3
        GROUP BY g.id, g.user_id, u.username, u.discipline, g.granted_at, g.expires_at`,
      [ctx.tenantId, from, to],
    )) as HitRow[];
    return rows.map((row) => hitOf(AnomalyRule.EMERGENCY_UNREVIEWED, row));
  }
}

function hitOf(rule: AnomalyRule, row: HitRow): AnomalyHit {
  return { rule, userId: row.user_id, username: row.username, discipline: row.discipline, windowStart: new Date(row.window_start), windowEnd: new Date(row.window_end), count: Number(row.n), eventIds: row.event_ids ?? [] };
}
