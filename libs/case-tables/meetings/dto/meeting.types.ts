import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CaseState } from '../../cases/entities/case.entity';
import { CaseActor } from '../../shared/case-actor';
import { MeetingState } from '../entities/meeting.entity';

@ObjectType('AgendaItem')
export class AgendaItemView {
  @Field(() => Int) position!: number;
  @Field(() => ID) caseId!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field(() => CaseState) state!: CaseState;
  @Field(() => [CaseActor], { description: 'Guests invited for this item only' }) guests!: CaseActor[];
}

@ObjectType('Meeting', { description: 'An overleg: agenda items you may see, in order' })
export class MeetingView {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseTableId!: string;
  @Field() scheduledAt!: Date;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field(() => MeetingState) state!: MeetingState;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => [AgendaItemView]) agenda!: AgendaItemView[];
  @Field(() => [CaseActor]) attendees!: CaseActor[];
}
