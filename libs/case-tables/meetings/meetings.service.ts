import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden, momentText, notFound } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { canOn } from '../access/ability-check';
import { CaseAccess, currentRoles, requireReadableTable } from '../access/case-access';
import { CURRENT_MEMBERSHIP_SQL } from '../access/case-table-access';
import { MEETING, MEETING_SQL } from '../case-tables.policy';
import { AGENDA_STATES } from '../cases/case-state-machine';
import { CaseEventKind } from '../cases/entities/case-event.entity';
import { appendCaseEvents } from '../shared/case-events';
import { TableRole } from '../tables/entities/case-table-member.entity';
import { CloseMeetingInput, ScheduleMeetingInput, SetAgendaInput } from './dto/meeting.inputs';
import { MeetingView } from './dto/meeting.types';
import { AgendaGuest, AgendaItem, Meeting, MeetingAttendee, MeetingState } from './entities/meeting.entity';
import { MeetingViews } from './meeting-views';

/** The chair and case directors schedule meetings, set the agenda (with guests per item) and close the minutes. */
@Injectable()
export class MeetingsService {
  constructor(
    private readonly access: CaseAccess,
    private readonly views: MeetingViews,
  ) {}

  async schedule(ctx: GovernedContext, input: ScheduleMeetingInput): Promise<MeetingView> {
    const table = await requireReadableTable(ctx, input.caseTableId);
    this.requireRunning(ctx, table);
    const meeting = Object.assign(new Meeting(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      caseTableId: table.id,
      scheduledAt: input.scheduledAt,
      location: input.location?.trim() || null,
      state: MeetingState.GEPLAND,
      scheduledByUserId: ctx.user.id,
      closedAt: null,
      closedByUserId: null,
    });
    await ctx.manager.insert(Meeting, meeting);
    const attendees = input.attendeeIds ?? (await this.seatedMembers(ctx, table.id));
    await this.replaceAttendees(ctx, meeting, attendees, 'input.attendeeIds');
    ctx.record({ action: AuditAction.CREATE, resourceId: meeting.id });
    return (await this.views.views(ctx, [meeting]))[0];
  }

  async setAgenda(ctx: GovernedContext, input: SetAgendaInput): Promise<MeetingView> {
    const meeting = await this.requireOpenMeeting(ctx, input.meetingId);
    const caseIds = input.items.map((item) => item.caseId);
    if (new Set(caseIds).size !== caseIds.length) throw badInput('input.items', 'A case can be on the agenda only once', 'Een casus kan maar één keer op de agenda staan');
    const cases = new Map((await this.access.readable(ctx, caseIds)).map((c) => [c.id, c]));
    const guestIds = [...new Set(input.items.flatMap((item) => item.guestUserIds ?? []))];
    const roles = await currentRoles(ctx.manager, ctx.tenantId, meeting.caseTableId, guestIds);
    input.items.forEach((item, i) => {
      const kase = cases.get(item.caseId);
      if (!kase || kase.caseTableId !== meeting.caseTableId) {
        throw badInput(`input.items.${i}.caseId`, 'This is not a case of this table that you may see', 'Dit is geen casus van deze tafel die u mag zien');
      }
      if (!AGENDA_STATES.includes(kase.state)) {
        throw badInput(`input.items.${i}.caseId`, `Case ${kase.reference} is ${kase.state}; admit it (GEAGENDEERD) before putting it on the agenda`, `Casus ${kase.reference} heeft status ${kase.state}; laat hem eerst toe (GEAGENDEERD)`);
      }
      (item.guestUserIds ?? []).forEach((guestId, j) => {
        if (roles.get(guestId) !== TableRole.GUEST) {
          throw badInput(`input.items.${i}.guestUserIds.${j}`, 'Only a guest of this table can be invited for an agenda item; add them as GUEST first', 'Alleen een gast van deze tafel kan voor een agendapunt worden uitgenodigd; voeg hem of haar eerst toe als GAST');
        }
      });
    });
    const before = new Set((await ctx.manager.find(AgendaItem, { where: { tenantId: ctx.tenantId, meetingId: meeting.id } })).map((a) => a.caseId));
    await ctx.manager.delete(AgendaItem, { tenantId: ctx.tenantId, meetingId: meeting.id });
    if (input.items.length) {
      await ctx.manager.insert(AgendaItem, input.items.map((item, i) => ({ tenantId: ctx.tenantId, meetingId: meeting.id, caseId: item.caseId, position: i + 1 })));
      const guests = input.items.flatMap((item) => (item.guestUserIds ?? []).map((userId) => ({ tenantId: ctx.tenantId, meetingId: meeting.id, caseId: item.caseId, userId })));
      if (guests.length) await ctx.manager.insert(AgendaGuest, guests);
    }
    await appendCaseEvents(
      ctx.manager,
      ctx.tenantId,
      caseIds
        .filter((id) => !before.has(id))
        .map((caseId) => ({ caseId, kind: CaseEventKind.PLACED_ON_AGENDA, actorUserId: ctx.user.id, refId: meeting.id, details: { scheduledAt: meeting.scheduledAt } })),
    );
    ctx.record({ action: AuditAction.UPDATE, resourceId: meeting.id, reason: `agenda of ${caseIds.length} cases, ${guestIds.length} guests invited` });
    return (await this.views.views(ctx, [meeting]))[0];
  }

  async close(ctx: GovernedContext, input: CloseMeetingInput): Promise<MeetingView> {
    const meeting = await this.requireOpenMeeting(ctx, input.meetingId);
    if (input.attendeeIds) await this.replaceAttendees(ctx, meeting, input.attendeeIds, 'input.attendeeIds', true);
    meeting.state = MeetingState.GESLOTEN;
    meeting.closedAt = new Date();
    meeting.closedByUserId = ctx.user.id;
    await ctx.manager.update(Meeting, { tenantId: ctx.tenantId, id: meeting.id }, { state: meeting.state, closedAt: meeting.closedAt, closedByUserId: meeting.closedByUserId });
    const agenda = await ctx.manager.find(AgendaItem, { where: { tenantId: ctx.tenantId, meetingId: meeting.id } });
    await appendCaseEvents(
      ctx.manager,
      ctx.tenantId,
      agenda.map((item) => ({ caseId: item.caseId, kind: CaseEventKind.MEETING_CLOSED, actorUserId: ctx.user.id, refId: meeting.id })),
    );
    ctx.record({ action: AuditAction.UPDATE, resourceId: meeting.id, reason: 'meeting closed; minutes locked' });
    return (await this.views.views(ctx, [meeting]))[0];
  }

  /** A meeting the caller may see and run, still open; closed minutes are locked. */
  private async requireOpenMeeting(ctx: GovernedContext, id: string): Promise<Meeting> {
    const filter = ctx.filter(MEETING, MEETING_SQL);
    const meeting = await ctx.manager
      .createQueryBuilder(Meeting, 'mt')
      .where('mt.tenant_id = :tenantId AND mt.id = :id', { tenantId: ctx.tenantId, id })
      .andWhere(filter.sql, filter.params)
      .getOne();
    if (!meeting) throw notFound('Meeting', 'Overleg', id);
    this.requireRunning(ctx, { id: meeting.caseTableId, tenantId: meeting.tenantId });
    if (meeting.state === MeetingState.GESLOTEN) {
      const closed = momentText(meeting.closedAt!);
      throw conflict(
        `This meeting was closed on ${closed.en}; its minutes are locked (corrections by addendum)`,
        `Dit overleg is gesloten op ${closed.nl}; het verslag ligt vast (correcties via een addendum)`,
      );
    }
    return meeting;
  }

  private requireRunning(ctx: GovernedContext, table: { id: string; tenantId: string }): void {
    if (!canOn(ctx.ability, 'update', MEETING, { caseTableId: table.id, tenantId: table.tenantId })) {
      throw forbidden('Only the chair or a case director of the table runs its meetings', 'Alleen de voorzitter of een casusregisseur van de tafel leidt het overleg');
    }
  }

  private async seatedMembers(ctx: GovernedContext, caseTableId: string): Promise<string[]> {
    const rows = (await ctx.manager.query(
      `SELECT m.user_id FROM case_table_member m
        WHERE m.tenant_id = $1 AND m.case_table_id = $2 AND m.role <> 'GUEST' AND ${CURRENT_MEMBERSHIP_SQL}`,
      [ctx.tenantId, caseTableId],
    )) as { user_id: string }[];
    return rows.map((r) => r.user_id);
  }

  private async replaceAttendees(ctx: GovernedContext, meeting: Meeting, userIds: string[], field: string, guestsToo = false): Promise<void> {
    const roles = await currentRoles(ctx.manager, ctx.tenantId, meeting.caseTableId, userIds);
    userIds.forEach((userId, i) => {
      const role = roles.get(userId);
      if (!role || (role === TableRole.GUEST && !guestsToo)) {
        throw badInput(`${field}.${i}`, 'Attendees are current members of the table (guests are invited per agenda item)', 'Deelnemers zijn huidige leden van de tafel (gasten worden per agendapunt uitgenodigd)');
      }
    });
    await ctx.manager.delete(MeetingAttendee, { tenantId: ctx.tenantId, meetingId: meeting.id });
    if (userIds.length) await ctx.manager.insert(MeetingAttendee, userIds.map((userId) => ({ tenantId: ctx.tenantId, meetingId: meeting.id, userId })));
  }
}
