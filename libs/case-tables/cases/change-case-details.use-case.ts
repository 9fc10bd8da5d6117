import { Injectable } from '@nestjs/common';
import { badInput } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { CaseAccess } from '../access/case-access';
import { appendCaseEvents } from '../shared/case-events';
import { assertNeutralText } from '../shared/text';
import { caseSummaries } from './case-summaries';
import { ChangeCaseDetailsInput } from './dto/case.inputs';
import { CaseSummary } from './dto/case.types';
import { CaseEventKind } from './entities/case-event.entity';
import { Case } from './entities/case.entity';

/** The chair or case director changes a case's (neutral) title or risk level, always with a reason. */
@Injectable()
export class ChangeCaseDetails {
  constructor(private readonly access: CaseAccess) {}

  async execute(ctx: GovernedContext, input: ChangeCaseDetailsInput): Promise<CaseSummary> {
    const { kase, table } = await this.access.readingForUpdate(ctx, input.caseId);
    this.access.requireLeading(ctx, kase, 'change the title or risk level of a case', 'de titel of het risiconiveau van een casus wijzigen');
    if (input.title !== undefined) assertNeutralText(input.title, 'input.title');
    assertNeutralText(input.reason, 'input.reason');
    const titleChanged = input.title !== undefined && input.title !== kase.title;
    const riskChanged = input.riskLevel !== undefined && input.riskLevel !== kase.riskLevel;
    if (!titleChanged && !riskChanged) {
      throw badInput('input', 'Give a new title or another risk level: nothing would change', 'Geef een nieuwe titel of een ander risiconiveau op: er zou niets veranderen');
    }
    const riskFrom = kase.riskLevel;
    const patch = { ...(titleChanged ? { title: input.title! } : {}), ...(riskChanged ? { riskLevel: input.riskLevel! } : {}) };
    await ctx.manager.update(Case, { tenantId: kase.tenantId, id: kase.id }, patch);
    Object.assign(kase, patch);
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      {
        caseId: kase.id,
        kind: CaseEventKind.DETAILS_CHANGED,
        actorUserId: ctx.user.id,
        // A case-level reason (neutral, shown to everyone at the case), like the state reasons.
        details: { titleChanged, ...(riskChanged ? { riskFrom, riskTo: kase.riskLevel } : {}), reason: input.reason },
      },
    ]);
    ctx.record({ action: AuditAction.UPDATE, resourceId: kase.id, reason: `case details changed (${[titleChanged && 'title', riskChanged && 'risk level'].filter(Boolean).join(', ')}): ${input.reason}`, legalBasis: table.legalBasis });
    const [summary] = await caseSummaries(ctx.manager, ctx.tenantId, [kase]);
    return summary;
  }
}
