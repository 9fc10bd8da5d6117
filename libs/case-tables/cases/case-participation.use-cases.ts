import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { CaseAccess } from '../access/case-access';
import { actorOrUnknown, actorsOf } from '../shared/case-actor';
import { appendCaseEvents } from '../shared/case-events';
import { assertNeutralText } from '../shared/text';
import { caseSummaries } from './case-summaries';
import { CaseRegistrar } from './case-registrar';
import { AddCaseParticipantInput, EscalateCaseInput } from './dto/case.inputs';
import { CaseEscalationView, CaseSummary } from './dto/case.types';
import { CaseEventKind } from './entities/case-event.entity';
import { CaseEscalation } from './entities/case-links.entity';

/** A discipline joins a case: its members at the table now see the case and its subjects. */
@Injectable()
export class AddCaseParticipant {
  constructor(
    private readonly access: CaseAccess,
    private readonly registrar: CaseRegistrar,
  ) {}

  async execute(ctx: GovernedContext, input: AddCaseParticipantInput): Promise<CaseSummary> {
    const kase = await this.access.requireReadable(ctx, input.caseId);
    this.access.requireLeading(ctx, kase, 'add a discipline to a case', 'een discipline aan een casus toevoegen');
    const added = await this.registrar.addParticipants(ctx.manager, kase, [input.discipline], ctx.user.id);
    if (added.length) {
      await appendCaseEvents(ctx.manager, ctx.tenantId, [
        { caseId: kase.id, kind: CaseEventKind.PARTICIPANT_ADDED, actorUserId: ctx.user.id, details: { discipline: input.discipline } },
      ]);
    }
    // A new recipient of the case's personal data: recorded with the subjects, for art. 15 "recipients".
    ctx.record({
      action: AuditAction.UPDATE,
      resourceId: kase.id,
      subjectKeys: await caseSubjectKeys(ctx, kase.id),
      reason: `discipline ${input.discipline} takes part${added.length ? '' : ' (already did)'}`,
    });
    const [summary] = await caseSummaries(ctx.manager, ctx.tenantId, [kase]);
    return summary;
  }
}

/** Doorzettingsmacht: any state may carry an escalation with a reason and a target. */
@Injectable()
export class EscalateCase {
  constructor(private readonly access: CaseAccess) {}

  async execute(ctx: GovernedContext, input: EscalateCaseInput): Promise<CaseEscalationView> {
    const kase = await this.access.requireReadable(ctx, input.caseId);
    this.access.requireLeading(ctx, kase, 'escalate a case', 'een casus opschalen');
    const reason = input.reason.trim();
    const target = input.target.trim();
    if (reason.length < 3) throw badInput('input.reason', 'An escalation needs a reason of at least 3 characters', 'Een opschaling heeft een reden van minstens 3 tekens nodig');
    if (target.length < 2) throw badInput('input.target', 'An escalation needs a target of at least 2 characters', 'Een opschaling heeft een adressaat van minstens 2 tekens nodig');
    assertNeutralText(reason, 'input.reason');
    assertNeutralText(target, 'input.target');
    const escalation = Object.assign(new CaseEscalation(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      caseId: kase.id,
      reason,
      target,
      escalatedByUserId: ctx.user.id,
    });
    await ctx.manager.insert(CaseEscalation, escalation);
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      { caseId: kase.id, kind: CaseEventKind.ESCALATED, actorUserId: ctx.user.id, refId: escalation.id, details: { reasonGiven: true } },
    ]);
    ctx.record({ action: AuditAction.UPDATE, resourceId: kase.id, subjectKeys: await caseSubjectKeys(ctx, kase.id), reason: 'escalated (doorzettingsmacht)' });
    const actors = await actorsOf(ctx.manager, ctx.tenantId, [ctx.user.id]);
    return { id: escalation.id, reason: escalation.reason, target: escalation.target, escalatedBy: actorOrUnknown(actors, ctx.user.id)!, escalatedAt: escalation.createdAt };
  }
}

/** The pseudonymous subject keys of a case, for audit events about disclosures of the whole case. */
async function caseSubjectKeys(ctx: GovernedContext, caseId: string): Promise<string[]> {
  const rows = (await ctx.manager.query(`SELECT subject_id FROM case_subject WHERE tenant_id = $1 AND case_id = $2`, [ctx.tenantId, caseId])) as { subject_id: string }[];
  return rows.map((row) => row.subject_id);
}
