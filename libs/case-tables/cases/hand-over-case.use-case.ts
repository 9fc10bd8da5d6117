import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { badInput, conflict } from '@vangrail/core';
import { NotificationKind, notify } from '@vangrail/notifications';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { CaseAccess, currentRole } from '../access/case-access';
import { appendCaseEvents } from '../shared/case-events';
import { assertNeutralText } from '../shared/text';
import { CaseTableMember, LEADING_ROLES, TableRole } from '../tables/entities/case-table-member.entity';
import { CaseTable } from '../tables/entities/case-table.entity';
import { caseSummaries } from './case-summaries';
import { OPEN_STATES } from './case-state-machine';
import { HandOverCaseInput } from './dto/case.inputs';
import { CaseSummary } from './dto/case.types';
import { CaseEventKind } from './entities/case-event.entity';
import { CaseHandover } from './entities/case-handover.entity';
import { Case } from './entities/case.entity';

/**
 * The chair or case director hands an open case over to another table (e.g. from the wijkteam
 * table to the Zorg- en Veiligheidshuis), with a reason. The hand-over is kept as history; the
 * receiving table's chairs are told the reference, never the content. A case director who does not
 * lead at the receiving table stops being its director: that table appoints its own.
 */
@Injectable()
export class HandOverCase {
  constructor(private readonly access: CaseAccess) {}

  async execute(ctx: GovernedContext, input: HandOverCaseInput): Promise<CaseSummary> {
    const { kase, table } = await this.access.readingForUpdate(ctx, input.caseId);
    this.access.requireLeading(ctx, kase, 'hand the case over to another table', 'de casus aan een andere tafel overdragen');
    assertNeutralText(input.reason, 'input.reason');
    if (!OPEN_STATES.includes(kase.state)) {
      throw conflict(
        `Case ${kase.reference} is finished (refused or closed); only an open case can be handed over`,
        `Casus ${kase.reference} is afgerond (geweigerd of afgesloten); alleen een lopende casus kan worden overgedragen`,
      );
    }
    if (input.toCaseTableId === kase.caseTableId) {
      throw badInput('input.toCaseTableId', `The case is already at "${table.name}"; choose another table`, `De casus ligt al bij "${table.name}"; kies een andere tafel`);
    }
    // The receiving table's name and chairs only (no personal data): a leader need not sit at that table.
    const target = await ctx.manager.findOne(CaseTable, { where: { tenantId: ctx.tenantId, id: input.toCaseTableId } });
    if (!target) throw badInput('input.toCaseTableId', 'There is no such case table', 'Deze casustafel bestaat niet');

    const directorStays = kase.caseDirectorUserId
      ? LEADING_ROLES.includes((await currentRole(ctx.manager, ctx.tenantId, target.id, kase.caseDirectorUserId)) as TableRole)
      : false;
    const patch = { caseTableId: target.id, caseDirectorUserId: directorStays ? kase.caseDirectorUserId : null };
    await ctx.manager.update(Case, { tenantId: kase.tenantId, id: kase.id }, patch);
    Object.assign(kase, patch);
    const handover = {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      caseId: kase.id,
      fromCaseTableId: table.id,
      toCaseTableId: target.id,
      reason: input.reason,
      handedOverByUserId: ctx.user.id,
      handedOverAt: new Date(),
    };
    await ctx.manager.insert(CaseHandover, handover);
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      {
        caseId: kase.id,
        kind: CaseEventKind.HANDED_OVER,
        actorUserId: ctx.user.id,
        refId: handover.id,
        details: { fromTable: table.name, toTable: target.name, caseDirectorCleared: kase.caseDirectorUserId === null && !directorStays },
      },
    ]);
    const chairs = await ctx.manager.find(CaseTableMember, { where: { tenantId: ctx.tenantId, caseTableId: target.id, role: TableRole.CHAIR, removedAt: IsNull() } });
    await notify(
      ctx.manager,
      chairs.map((chair) => ({
        tenantId: ctx.tenantId,
        kind: NotificationKind.CASE_HANDED_OVER,
        recipientUserId: chair.userId,
        message: `Case ${kase.reference} was handed over to your table "${target.name}" by "${table.name}"`,
        messageNl: `Casus ${kase.reference} is door "${table.name}" overgedragen aan uw tafel "${target.name}"`,
        caseId: kase.id,
        dedupeKey: `case-handover:${handover.id}:${chair.userId}`,
      })),
    );
    ctx.record({ action: AuditAction.UPDATE, resourceId: kase.id, reason: `case handed over to another table: ${input.reason}`, legalBasis: table.legalBasis });
    const [summary] = await caseSummaries(ctx.manager, ctx.tenantId, [kase]);
    return summary;
  }
}
