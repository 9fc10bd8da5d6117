import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Discipline, PageInfo } from '@vangrail/core';
import { DataCategory, Withheld } from '@vangrail/privacy';
import { SubjectView } from '@vangrail/subjects';
import { SignalCategory, SignalFlag, Urgency } from '../signal-vocabulary';

@ObjectType()
export class SignalSubjectView {
  @Field() role!: string;
  @Field(() => SubjectView) subject!: SubjectView;
}

@ObjectType({ description: 'A signal as its reporter sees it' })
export class SignalView {
  @Field(() => ID) id!: string;
  @Field(() => SignalCategory) category!: SignalCategory;
  @Field(() => Urgency) urgency!: Urgency;
  @Field(() => [SignalFlag]) flags!: SignalFlag[];
  @Field() observedAt!: Date;
  @Field() createdAt!: Date;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => [DataCategory]) dataCategories!: DataCategory[];
  @Field(() => [SignalSubjectView]) subjects!: SignalSubjectView[];
  @Field({ description: 'Whether routing finished and at least one discipline received the signal' }) routed!: boolean;
  @Field(() => [Discipline], { description: 'The disciplines that received a delivery (empty while routing is on the queue)' }) deliveredTo!: Discipline[];
  @Field({ description: 'Stored but not passed on for now (see heldNotice); passed on later without you doing anything' }) held!: boolean;
  @Field(() => String, { nullable: true, description: 'Why nothing was passed on yet, as the reporter is told (English)' }) heldNotice!: string | null;
  @Field(() => String, { nullable: true, description: 'The same in Dutch' }) heldNoticeNl!: string | null;
  @Field(() => [Withheld]) withheld!: Withheld[];
}

@ObjectType({ description: 'A page of your own signals, newest first' })
export class SignalPage {
  @Field(() => [SignalView]) items!: SignalView[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many of your signals match (all pages)' }) totalCount!: number;
}

@ObjectType({ description: 'Hit: another discipline actively works on the same subject. Never what they know.' })
export class KnownInvolvement {
  @Field(() => Discipline) discipline!: Discipline;
  @Field({ description: 'How to reach them' }) contact!: string;
  @Field() since!: Date;
}

@ObjectType()
export class RegisterSignalResult {
  @Field(() => SignalView) signal!: SignalView;
  @Field({ description: 'True when this client key was already used: the existing signal is returned, nothing new is stored' })
  duplicate!: boolean;
  @Field(() => [KnownInvolvement], { description: 'Hit / no-hit: an empty list is a no-hit' })
  knownElsewhere!: KnownInvolvement[];
}
