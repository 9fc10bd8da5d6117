import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Discipline } from '@vangrail/core';
import { DataCategory } from '@vangrail/privacy';
import { CaseActor } from '../../shared/case-actor';
import { ActionItemStatus } from '../entities/action-item.entity';
import { ContributionVisibility } from '../entities/contribution.entity';

@ObjectType('Contribution', { description: 'Inbreng on a case; once its meeting is closed it is locked and corrected only by addendum' })
export class ContributionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
  @Field(() => ID, { nullable: true, description: 'Set on an addendum: the contribution it corrects' }) amendsContributionId!: string | null;
  @Field(() => CaseActor) author!: CaseActor;
  @Field(() => Discipline, { nullable: true }) discipline!: Discipline | null;
  @Field(() => DataCategory) category!: DataCategory;
  @Field(() => ContributionVisibility) visibility!: ContributionVisibility;
  @Field() text!: string;
  @Field({ description: 'The minutes it belongs to are closed: it can no longer change' }) locked!: boolean;
  @Field(() => [ContributionView], { description: 'Corrections, next to the original, oldest first' }) addenda!: ContributionView[];
  @Field() createdAt!: Date;
}

@ObjectType('Decision', { description: 'A besluit of the table about a case' })
export class DecisionView {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { nullable: true }) meetingId!: string | null;
  @Field(() => DataCategory) category!: DataCategory;
  @Field() text!: string;
  @Field(() => CaseActor) decidedBy!: CaseActor;
  @Field() createdAt!: Date;
}

@ObjectType('ActionItemPostponement', { description: 'One move of the due moment, with the reason' })
export class ActionItemPostponementView {
  @Field() fromDueAt!: Date;
  @Field() toDueAt!: Date;
  @Field() reason!: string;
  @Field(() => CaseActor) postponedBy!: CaseActor;
  @Field() postponedAt!: Date;
}

@ObjectType('ActionItem', { description: 'An actiepunt: owner, due moment and status; reminded before it is due' })
export class ActionItemView {
  @Field(() => ID) id!: string;
  @Field(() => ID) caseId!: string;
  @Field(() => ID, { nullable: true }) decisionId!: string | null;
  @Field(() => DataCategory) category!: DataCategory;
  @Field() description!: string;
  @Field(() => CaseActor) owner!: CaseActor;
  @Field() dueAt!: Date;
  @Field(() => ActionItemStatus) status!: ActionItemStatus;
  @Field({ description: 'The status in Dutch (open, afgerond, ingetrokken)' }) statusLabel!: string;
  @Field(() => String, { nullable: true, description: 'What came of it, recorded when it was completed' }) result!: string | null;
  @Field(() => [ActionItemPostponementView], { description: 'Every postponement, oldest first' }) postponements!: ActionItemPostponementView[];
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => CaseActor, { nullable: true }) completedBy!: CaseActor | null;
  @Field(() => Date, { nullable: true, description: 'When the owner was reminded' }) remindedAt!: Date | null;
  @Field({ description: 'Still open after its due moment' }) overdue!: boolean;
  @Field() createdAt!: Date;
}

@ObjectType({ description: 'What a reassignment moved' })
export class ReassignedActionItems {
  @Field(() => Int, { description: 'How many open action items changed owner' }) count!: number;
  @Field(() => [String], { description: 'The references of the cases they belong to' }) caseReferences!: string[];
}
