import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { conflict } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { SUBJECT, SubjectType } from '@vangrail/subjects';
import { PrivacyClock } from '../privacy-clock';
import { DataSubjectRequestKind } from '../requests/data-subject-request.entity';
import { DataSubjectRequestsService } from '../requests/data-subject-requests.service';
import { REQUEST_ARTICLE, requestReason } from '../requests/request-articles';
import { lockedSubject, requestFor } from '../restriction/restriction-request';
import { erasureScope, ErasureScope } from './erasure-scope';
import { EraseSubjectInput, ErasureCounts, ErasureResult } from './erasure.types';

/** Kept for accountability (the officer's review of an emergency access), with the person's words taken out. */
const ANONYMISED = 'Gewist op verzoek van betrokkene (AVG art. 17); de oorspronkelijke tekst is verwijderd.';

/**
 * AVG art. 17, in the request's one transaction: the person leaves the subject registry (and with it
 * the BSN and its blind index, so a lookup, knownElsewhere or a new signal with that BSN finds nobody),
 * with every signal naming them (descriptions, deliveries, decline reasons), every case about them
 * (contributions, decisions, action items, timeline, closings, hand-overs) and the notices pointing
 * there; from cases about others the person is unlinked. Refused, with nothing changed, while a sector
 * law obliges a discipline to keep a file (RETENTION_DUTIES). The audit trail is append-only and keeps
 * only the pseudonymous subject key.
 */
@Injectable()
export class EraseSubject {
  constructor(
    private readonly requests: DataSubjectRequestsService,
    private readonly clock: PrivacyClock,
  ) {}

  async execute(ctx: GovernedContext, input: EraseSubjectInput): Promise<ErasureResult> {
    const request = await requestFor(ctx, this.requests, input, DataSubjectRequestKind.WISSING);
    const { manager, tenantId } = ctx;
    const subject = await lockedSubject(ctx, request.subjectId);
    if (!subject) throw conflict(`The person of request ${request.reference} has already been erased`, `De persoon van verzoek ${request.reference} is al gewist`);
    if (subject.type !== SubjectType.PERSON) throw conflict('Only a person can be erased on a data-subject request', 'Alleen een persoon kan op verzoek van betrokkene worden gewist');
    const now = this.clock.now();
    const scope = await erasureScope(manager, tenantId, subject.id, now);
    if (scope.retained.length) {
      throw conflict(
        `Erasure is not possible now, because a legal retention duty applies (AVG art. 17(3)(b)): ${scope.retained.map((r) => r.en).join('; ')}. Nothing was erased`,
        `Wissen kan nu niet, want er geldt een wettelijke bewaarplicht (AVG art. 17 lid 3 onder b): ${scope.retained.map((r) => r.nl).join('; ')}. Er is niets gewist`,
      );
    }
    const erased = await eraseWithin(manager, tenantId, subject.id, scope);
    ctx.record({
      action: AuditAction.DELETE,
      resourceType: SUBJECT,
      resourceId: subject.id,
      subjectKeys: [subject.id],
      legalBasis: REQUEST_ARTICLE[request.kind],
      reason: `${requestReason(request.reference)}: erased (${input.reason}); ${Object.entries(erased).map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
    });
    return { subjectKey: subject.id, requestReference: request.reference, erasedAt: now, erased };
  }
}

async function count(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row] = (await manager.query(sql, params)) as { n: number }[];
  return row.n;
}

/** Deletes in dependency order; the foreign keys cascade within a case and within a signal. */
async function eraseWithin(manager: EntityManager, tenantId: string, subjectId: string, scope: ErasureScope): Promise<ErasureCounts> {
  const { signalIds, deliveryIds, caseIds } = scope;
  const inCases = (table: string) => count(manager, `SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1 AND case_id = ANY($2)`, [tenantId, caseIds]);
  const counts: ErasureCounts = {
    subjects: 1,
    signals: signalIds.length,
    deliveries: deliveryIds.length,
    cases: caseIds.length,
    contributions: await inCases('contribution'),
    decisions: await inCases('decision'),
    actionItems: await inCases('action_item'),
    caseLinks: scope.otherCaseIds.length,
    notifications: 0,
    anonymisedTexts: 0,
  };
  const deleted = async (sql: string, params: unknown[]): Promise<number> => ((await manager.query(sql, params)) as [unknown[], number])[1];
  counts.notifications = await deleted(
    `DELETE FROM notification WHERE tenant_id = $1 AND (signal_id = ANY($2) OR delivery_id = ANY($3) OR case_id = ANY($4))`,
    [tenantId, signalIds, deliveryIds, caseIds],
  );
  counts.anonymisedTexts = await deleted(
    `UPDATE emergency_access_grant SET justification = $4, updated_at = now() WHERE tenant_id = $1 AND (resource_id = $2 OR resource_id = ANY($3)) AND justification <> $4`,
    [tenantId, subjectId, caseIds, ANONYMISED],
  );
  // Access links of other subjects (the address, household members) to erased signals, deliveries and cases.
  await manager.query(`DELETE FROM subject_link WHERE tenant_id = $1 AND context_id = ANY($2)`, [tenantId, [...signalIds, ...deliveryIds, ...caseIds]]);
  await manager.query(`DELETE FROM case_signal WHERE tenant_id = $1 AND signal_id = ANY($2)`, [tenantId, signalIds]);
  // Closings, hand-overs and legal-basis versions are append-only for the application; one owner function erases them.
  if (caseIds.length) await manager.query(`SELECT erase_case_history($1, $2)`, [tenantId, caseIds]);
  await manager.query(`DELETE FROM case_file WHERE tenant_id = $1 AND id = ANY($2)`, [tenantId, caseIds]);
  await manager.query(`DELETE FROM signal WHERE tenant_id = $1 AND id = ANY($2)`, [tenantId, signalIds]);
  // The person last: their links to cases of others, access links and restrictions go with them.
  await manager.query(`DELETE FROM subject WHERE tenant_id = $1 AND id = $2`, [tenantId, subjectId]);
  return counts;
}
