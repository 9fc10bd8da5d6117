import { Injectable } from '@nestjs/common';
import { badInput, conflict, dayText, DISCIPLINE_LABEL, VangrailError, wordList } from '@vangrail/core';
import { SubjectLink, SubjectLinkKind } from '@vangrail/subjects';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { CaseAccess } from '../access/case-access';
import { CURRENT_MEMBERSHIP_SQL } from '../access/case-table-access';
import { appendCaseEvents } from '../shared/case-events';
import { assertNeutralText } from '../shared/text';
import { CASE_STATE_LABEL, OPEN_STATES } from './case-state-machine';
import { caseSummaries } from './case-summaries';
import { RemoveCaseParticipantInput } from './dto/case.inputs';
import { CaseSummary } from './dto/case.types';
import { CaseEventKind } from './entities/case-event.entity';
import { CaseParticipant, CaseSubject } from './entities/case-links.entity';

/**
 * A discipline stops taking part in a running case, with a reason: its members at the table no
 * longer see the case, and its CASE links to the subjects stop giving access (kept, inactive, as the
 * record of who received the data). Open action items owned by its members who would lose sight of the
 * case must be reassigned first; the refusal counts them with their due days.
 */
@Injectable()
export class RemoveCaseParticipant {
  constructor(private readonly access: CaseAccess) {}

  async execute(ctx: GovernedContext, input: RemoveCaseParticipantInput): Promise<CaseSummary> {
    const { kase, table } = await this.access.readingForUpdate(ctx, input.caseId);
    this.access.requireLeading(ctx, kase, 'remove a discipline from a case', 'een discipline uit een casus halen');
    assertNeutralText(input.reason, 'input.reason');
    const label = DISCIPLINE_LABEL[input.discipline];
    if (!OPEN_STATES.includes(kase.state)) {
      throw conflict(
        `Case ${kase.reference} is ${CASE_STATE_LABEL[kase.state].en}; only a running case changes its disciplines`,
        `Casus ${kase.reference} is ${CASE_STATE_LABEL[kase.state].nl}; alleen bij een lopende casus veranderen de disciplines`,
      );
    }
    const participants = await ctx.manager.find(CaseParticipant, { where: { tenantId: ctx.tenantId, caseId: kase.id } });
    if (!participants.some((p) => p.discipline === input.discipline)) {
      throw badInput('input.discipline', `${label.en} does not take part in this case`, `${label.nl} neemt niet deel aan deze casus`);
    }
    if (participants.length === 1) {
      throw badInput('input.discipline', `${label.en} is the only discipline of this case; a case needs at least one`, `${label.nl} is de enige discipline bij deze casus; een casus heeft er minstens één nodig`);
    }
    await this.refuseWhileItemsOpen(ctx, kase.id, kase.caseTableId, kase.caseDirectorUserId, input.discipline);

    await ctx.manager.delete(CaseParticipant, { tenantId: ctx.tenantId, caseId: kase.id, discipline: input.discipline });
    await ctx.manager.update(SubjectLink, { tenantId: ctx.tenantId, kind: SubjectLinkKind.CASE, contextId: kase.id, discipline: input.discipline }, { active: false });
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      { caseId: kase.id, kind: CaseEventKind.PARTICIPANT_REMOVED, actorUserId: ctx.user.id, details: { discipline: input.discipline, reason: input.reason.trim() } },
    ]);
    const subjects = await ctx.manager.find(CaseSubject, { where: { tenantId: ctx.tenantId, caseId: kase.id } });
    ctx.record({
      action: AuditAction.UPDATE,
      resourceId: kase.id,
      subjectKeys: subjects.map((s) => s.subjectId),
      reason: `discipline ${input.discipline} no longer takes part: ${input.reason.trim()}`,
      legalBasis: table.legalBasis,
    });
    const [summary] = await caseSummaries(ctx.manager, ctx.tenantId, [kase]);
    return summary;
  }

  /** Items of the discipline's members who do not lead the case (leaders keep seeing it) block the removal. */
  private async refuseWhileItemsOpen(ctx: GovernedContext, caseId: string, caseTableId: string, caseDirectorUserId: string | null, discipline: string): Promise<void> {
    const open = (await ctx.manager.query(
      `SELECT a.id, a.due_at FROM action_item a
         JOIN app_user u ON u.tenant_id = a.tenant_id AND u.id = a.owner_user_id
         LEFT JOIN case_table_member m ON m.tenant_id = a.tenant_id AND m.case_table_id = $3 AND m.user_id = a.owner_user_id
                                       AND m.role IN ('CHAIR', 'CASE_DIRECTOR') AND ${CURRENT_MEMBERSHIP_SQL}
        WHERE a.tenant_id = $1 AND a.case_id = $2 AND a.status = 'OPEN' AND u.discipline = $4 AND m.user_id IS NULL
          AND a.owner_user_id IS DISTINCT FROM $5
        ORDER BY a.due_at`,
      [ctx.tenantId, caseId, caseTableId, discipline, caseDirectorUserId],
    )) as { id: string; due_at: Date }[];
    if (open.length === 0) return;
    const label = DISCIPLINE_LABEL[discipline as keyof typeof DISCIPLINE_LABEL];
    const due = wordList(open.map((item) => dayText(new Date(item.due_at))));
    const [en, nl] = open.length === 1 ? ['1 open action item', '1 open actiepunt'] : [`${open.length} open action items`, `${open.length} open actiepunten`];
    throw new VangrailError(
      'CONFLICT',
      `Members of ${label.en} still own ${en} on this case (due ${due.en}); reassign ${open.length === 1 ? 'it' : 'them'} to another member first`,
      `Leden van ${label.nl} zijn nog eigenaar van ${nl} bij deze casus (deadline ${due.nl}); draag ${open.length === 1 ? 'het' : 'ze'} eerst over aan een ander lid`,
      { field: 'input.discipline', openActionItems: open.map((item) => ({ id: item.id })) },
    );
  }
}
