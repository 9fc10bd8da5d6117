import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { badInput, Discipline, forbidden } from '@vangrail/core';
import { NotificationKind, notify } from '@vangrail/notifications';
import { GovernedContext } from '@vangrail/privacy';
import { canOn } from '../access/ability-check';
import { CaseAccess, CaseReading, currentRole, requireReadableTable } from '../access/case-access';
import { actionItemOwnerRefusal } from '../access/visibility';
import { CASE } from '../case-tables.policy';
import { CaseEventKind } from '../cases/entities/case-event.entity';
import { CaseParticipant } from '../cases/entities/case-links.entity';
import { appendCaseEvents } from '../shared/case-events';
import { assertNeutralText } from '../shared/text';
import { recordActionItemChange } from './action-item-audit';
import { ReassignActionItemsInput } from './dto/content.inputs';
import { ReassignedActionItems } from './dto/content.types';
import { ActionItem, ActionItemStatus } from './entities/action-item.entity';

/**
 * A member leaves (or hands over their work): the chair or a case director gives their open action
 * items to another member, on one case or on every case of the table they lead. The new owner must be
 * allowed to own each item (member, discipline taking part, category shared with them); one refusal
 * changes nothing. Each move is in the timeline; the new owner is told by case reference only.
 */
@Injectable()
export class ReassignActionItems {
  constructor(private readonly access: CaseAccess) {}

  async execute(ctx: GovernedContext, input: ReassignActionItemsInput): Promise<ReassignedActionItems> {
    if (Boolean(input.caseId) === Boolean(input.caseTableId)) {
      throw badInput('input', 'Give either a case or a case table', 'Geef een casus óf een casustafel op');
    }
    if (input.fromUserId === input.toUserId) throw badInput('input.toUserId', 'Choose another member than the current owner', 'Kies een ander lid dan de huidige eigenaar');
    assertNeutralText(input.reason, 'input.reason');
    const readings = input.caseId ? [await this.oneCase(ctx, input.caseId)] : await this.casesOfTable(ctx, input.caseTableId!, input.fromUserId);
    const [toUser] = (await ctx.manager.query(`SELECT discipline FROM app_user WHERE tenant_id = $1 AND id = $2`, [ctx.tenantId, input.toUserId])) as { discipline: Discipline | null }[];
    if (!toUser) throw badInput('input.toUserId', 'There is no such user', 'Deze gebruiker bestaat niet');

    const moved: { reading: CaseReading; items: ActionItem[] }[] = [];
    for (const reading of readings) {
      const items = await ctx.manager.find(ActionItem, {
        where: { tenantId: ctx.tenantId, caseId: reading.kase.id, ownerUserId: input.fromUserId, status: ActionItemStatus.OPEN },
        order: { dueAt: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (items.length === 0) continue;
      const participants = await ctx.manager.find(CaseParticipant, { where: { tenantId: ctx.tenantId, caseId: reading.kase.id } });
      const tableRole = await currentRole(ctx.manager, ctx.tenantId, reading.kase.caseTableId, input.toUserId);
      for (const item of items) {
        const refusal = actionItemOwnerRefusal(
          { userId: input.toUserId, discipline: toUser.discipline, tableRole },
          { caseDirectorUserId: reading.kase.caseDirectorUserId, participatingDisciplines: participants.map((p) => p.discipline) },
          reading.table.visibility,
          item.category,
        );
        if (refusal) throw badInput('input.toUserId', `Case ${reading.kase.reference}: ${refusal.message}`, `Casus ${reading.kase.reference}: ${refusal.messageNl}`);
      }
      moved.push({ reading, items });
    }
    if (moved.length === 0) {
      throw badInput('input.fromUserId', 'This member owns no open action items here', 'Dit lid is hier van geen enkel open actiepunt eigenaar');
    }

    for (const { reading, items } of moved) {
      const ids = items.map((item) => item.id);
      // The reminder starts afresh for the new owner (the job or the sweep sends it when it is due).
      await ctx.manager.update(ActionItem, { tenantId: ctx.tenantId, id: In(ids) }, { ownerUserId: input.toUserId, remindedAt: null });
      await appendCaseEvents(
        ctx.manager,
        ctx.tenantId,
        items.map((item) => ({
          caseId: item.caseId,
          kind: CaseEventKind.ACTION_ITEM_REASSIGNED,
          actorUserId: ctx.user.id,
          refId: item.id,
          details: { fromUserId: input.fromUserId, toUserId: input.toUserId, reason: input.reason },
        })),
      );
      const count = items.length === 1 ? { en: '1 action item', nl: '1 actiepunt' } : { en: `${items.length} action items`, nl: `${items.length} actiepunten` };
      await notify(ctx.manager, [
        {
          tenantId: ctx.tenantId,
          kind: NotificationKind.ACTION_ITEMS_REASSIGNED,
          recipientUserId: input.toUserId,
          message: `You now own ${count.en} on case ${reading.kase.reference}`,
          messageNl: `U bent nu eigenaar van ${count.nl} bij casus ${reading.kase.reference}`,
          caseId: reading.kase.id,
          dedupeKey: `action-items-reassigned:${createHash('sha256').update(ids.sort().join(',')).digest('hex')}:${input.toUserId}`,
        },
      ]);
      await recordActionItemChange(ctx, reading, items, `action item reassigned to another member: ${input.reason}`);
    }
    return { count: moved.reduce((n, m) => n + m.items.length, 0), caseReferences: moved.map((m) => m.reading.kase.reference) };
  }

  private async oneCase(ctx: GovernedContext, caseId: string): Promise<CaseReading> {
    const reading = await this.access.readingForUpdate(ctx, caseId);
    this.access.requireLeading(ctx, reading.kase, 'reassign action items', 'actiepunten overdragen');
    return reading;
  }

  /** Every case of the table with open items of the departing member; the caller must lead at that table. */
  private async casesOfTable(ctx: GovernedContext, caseTableId: string, fromUserId: string): Promise<CaseReading[]> {
    const table = await requireReadableTable(ctx, caseTableId);
    if (!canOn(ctx.ability, 'update', CASE, { caseTableId: table.id, tenantId: table.tenantId })) {
      throw forbidden('Only the chair or a case director of the table may reassign action items', 'Alleen de voorzitter of een casusregisseur van de tafel mag actiepunten overdragen');
    }
    const rows = (await ctx.manager.query(
      `SELECT DISTINCT a.case_id FROM action_item a JOIN case_file c ON c.tenant_id = a.tenant_id AND c.id = a.case_id
        WHERE a.tenant_id = $1 AND c.case_table_id = $2 AND a.owner_user_id = $3 AND a.status = 'OPEN'`,
      [ctx.tenantId, table.id, fromUserId],
    )) as { case_id: string }[];
    const readings: CaseReading[] = [];
    for (const row of rows.sort((a, b) => a.case_id.localeCompare(b.case_id))) readings.push(await this.access.readingForUpdate(ctx, row.case_id));
    return readings;
  }
}
