import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@vangrail/core';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { SubjectView } from './dto/subject.type';
import { SubjectsService } from './subjects.service';
import { SUBJECT } from './subjects.policy';

/**
 * Purposes under which a subject may be read on its own; the ability decides which subjects and
 * fields. Triage (SIGNAALBEOORDELING) and case work (CASUSOVERLEG, PLANUITVOERING) read subjects
 * only inside the delivery or case view, which narrows them to what that delivery or table allows.
 */
export const SUBJECT_READ_PURPOSES = [Purpose.SIGNALERING, Purpose.RECHTMATIGHEIDSONDERZOEK, Purpose.HANDHAVING, Purpose.INZAGEVERZOEK, Purpose.NOODTOEGANG];

@Resolver(() => SubjectView)
export class SubjectsResolver {
  constructor(private readonly subjects: SubjectsService) {}

  @Query(() => SubjectView, { description: 'One subject, minimised for your discipline and purpose' })
  @Governed({ resource: SUBJECT, action: AuditAction.READ, purposes: SUBJECT_READ_PURPOSES })
  subject(@GovCtx() ctx: GovernedContext, @Args('id', { type: () => ID }, new ParseIdPipe()) id: string): Promise<SubjectView> {
    return this.subjects.findOne(ctx, id);
  }
}
