import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { MEETING } from '../case-tables.policy';
import { CloseMeetingInput, ScheduleMeetingInput, SetAgendaInput } from './dto/meeting.inputs';
import { MeetingView } from './dto/meeting.types';
import { MeetingsService } from './meetings.service';

@Resolver(() => MeetingView)
export class MeetingsResolver {
  constructor(private readonly meetings: MeetingsService) {}

  @Mutation(() => MeetingView)
  @Governed({ resource: MEETING, action: AuditAction.CREATE, purposes: [Purpose.CASUSOVERLEG] })
  scheduleMeeting(@GovCtx() ctx: GovernedContext, @Args('input') input: ScheduleMeetingInput): Promise<MeetingView> {
    return this.meetings.schedule(ctx, input);
  }

  @Mutation(() => MeetingView, { description: 'Sets the whole agenda in order, with guests per item' })
  @Governed({ resource: MEETING, action: AuditAction.UPDATE, purposes: [Purpose.CASUSOVERLEG] })
  setAgenda(@GovCtx() ctx: GovernedContext, @Args('input') input: SetAgendaInput): Promise<MeetingView> {
    return this.meetings.setAgenda(ctx, input);
  }

  @Mutation(() => MeetingView, { description: 'Closes the meeting; its minutes are locked from then on' })
  @Governed({ resource: MEETING, action: AuditAction.UPDATE, purposes: [Purpose.CASUSOVERLEG] })
  closeMeeting(@GovCtx() ctx: GovernedContext, @Args('input') input: CloseMeetingInput): Promise<MeetingView> {
    return this.meetings.close(ctx, input);
  }
}
