import { Injectable } from '@nestjs/common';
import { GovernedContext } from '@vangrail/privacy';
import { CaseAccess } from '../access/case-access';
import { MEETING, MEETING_SQL } from '../case-tables.policy';
import { actorOrUnknown, actorsOf } from '../shared/case-actor';
import { MeetingView } from './dto/meeting.types';
import { AgendaGuest, AgendaItem, Meeting, MeetingAttendee } from './entities/meeting.entity';

/** Builds meeting views whose agenda holds only the cases the caller may see (no counts of the rest). */
@Injectable()
export class MeetingViews {
  constructor(private readonly access: CaseAccess) {}

  /** The meetings of these tables the caller may see, oldest first. */
  async forTables(ctx: GovernedContext, caseTableIds: string[]): Promise<Map<string, MeetingView[]>> {
    const byTable = new Map<string, MeetingView[]>(caseTableIds.map((id) => [id, []]));
    if (caseTableIds.length === 0) return byTable;
    const filter = ctx.filter(MEETING, MEETING_SQL);
    const meetings = await ctx.manager
      .createQueryBuilder(Meeting, 'mt')
      .where('mt.tenant_id = :tenantId AND mt.case_table_id = ANY(:caseTableIds)', { tenantId: ctx.tenantId, caseTableIds })
      .andWhere(filter.sql, filter.params)
      .orderBy('mt.scheduled_at', 'ASC')
      .getMany();
    for (const view of await this.views(ctx, meetings)) byTable.get(view.caseTableId)!.push(view);
    return byTable;
  }

  async views(ctx: GovernedContext, meetings: Meeting[]): Promise<MeetingView[]> {
    if (meetings.length === 0) return [];
    const { manager, tenantId } = ctx;
    const meetingIds = meetings.map((m) => m.id);
    const where = 'tenant_id = :tenantId AND meeting_id = ANY(:meetingIds)';
    const items = await manager.createQueryBuilder(AgendaItem, 'a').where(where, { tenantId, meetingIds }).orderBy('a.position', 'ASC').getMany();
    const guests = await manager.createQueryBuilder(AgendaGuest, 'g').where(where, { tenantId, meetingIds }).getMany();
    const attendees = await manager.createQueryBuilder(MeetingAttendee, 'at').where(where, { tenantId, meetingIds }).getMany();
    const visibleCases = new Map((await this.access.readable(ctx, [...new Set(items.map((i) => i.caseId))])).map((c) => [c.id, c]));
    const actors = await actorsOf(manager, tenantId, [...guests.map((g) => g.userId), ...attendees.map((a) => a.userId)]);
    return meetings.map((meeting) => ({
      id: meeting.id,
      caseTableId: meeting.caseTableId,
      scheduledAt: meeting.scheduledAt,
      location: meeting.location,
      state: meeting.state,
      closedAt: meeting.closedAt,
      agenda: items
        .filter((item) => item.meetingId === meeting.id && visibleCases.has(item.caseId))
        .sort((a, b) => a.position - b.position)
        // Positions are renumbered 1..n over what the caller sees, so gaps do not reveal hidden cases.
        .map((item, index) => {
          const kase = visibleCases.get(item.caseId)!;
          return {
            position: index + 1,
            caseId: kase.id,
            reference: kase.reference,
            title: kase.title,
            state: kase.state,
            guests: guests
              .filter((g) => g.meetingId === meeting.id && g.caseId === kase.id)
              .map((g) => actorOrUnknown(actors, g.userId)!),
          };
        }),
      attendees: attendees.filter((a) => a.meetingId === meeting.id).map((a) => actorOrUnknown(actors, a.userId)!),
    }));
  }
}
