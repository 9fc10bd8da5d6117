import { Injectable } from '@nestjs/common';
import { badInput } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { CaseAccess, currentRole } from '../access/case-access';
import { appendCaseEvents } from '../shared/case-events';
import { LEADING_ROLES } from '../tables/entities/case-table-member.entity';
import { caseSummaries } from './case-summaries';
import { AppointCaseDirectorInput } from './dto/case.inputs';
import { CaseSummary } from './dto/case.types';
import { CaseEventKind } from './entities/case-event.entity';
import { Case } from './entities/case.entity';

/** The chair (or the current case director) appoints or changes a case's director (casusregisseur). */
@Injectable()
export class AppointCaseDirector {
  constructor(private readonly access: CaseAccess) {}

  async execute(ctx: GovernedContext, input: AppointCaseDirectorInput): Promise<CaseSummary> {
    const { kase } = await this.access.readingForUpdate(ctx, input.caseId);
    this.access.requireLeading(ctx, kase, 'appoint the case director', 'de casusregisseur aanwijzen');
    const role = await currentRole(ctx.manager, ctx.tenantId, kase.caseTableId, input.userId);
    if (!role || !LEADING_ROLES.includes(role)) {
      throw badInput(
        'input.userId',
        'The case director must be a chair or case director of this table',
        'De casusregisseur moet voorzitter of casusregisseur van deze tafel zijn',
      );
    }
    const previous = kase.caseDirectorUserId;
    if (previous !== input.userId) {
      await ctx.manager.update(Case, { tenantId: kase.tenantId, id: kase.id }, { caseDirectorUserId: input.userId });
      kase.caseDirectorUserId = input.userId;
      await appendCaseEvents(ctx.manager, ctx.tenantId, [
        { caseId: kase.id, kind: CaseEventKind.CASE_DIRECTOR_APPOINTED, actorUserId: ctx.user.id, refId: input.userId, details: { replaced: previous !== null } },
      ]);
    }
    ctx.record({ action: AuditAction.UPDATE, resourceId: kase.id, reason: previous ? 'case director changed' : 'case director appointed' });
    const [summary] = await caseSummaries(ctx.manager, ctx.tenantId, [kase]);
    return summary;
  }
}
