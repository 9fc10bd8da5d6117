import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { DataCategory } from '@vangrail/privacy';
import { RequiredText } from '@vangrail/core';
import { ActionItemStatus } from '../entities/action-item.entity';
import { ContributionVisibility } from '../entities/contribution.entity';

@InputType()
export class AddContributionInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ID, { nullable: true, description: 'The meeting whose minutes it belongs to (the case must be on its agenda)' })
  @IsOptional() @IsUUID() meetingId?: string;
  @Field(() => DataCategory, { description: 'The one data category the text contains' }) @IsEnum(DataCategory) category!: DataCategory;
  @Field(() => ContributionVisibility, { defaultValue: ContributionVisibility.ALL_PARTICIPANTS })
  @IsOptional() @IsEnum(ContributionVisibility) visibility: ContributionVisibility = ContributionVisibility.ALL_PARTICIPANTS;
  @Field() @IsString() @Length(1, 10_000) text!: string;
}

@InputType()
export class AddAddendumInput {
  @Field(() => ID, { description: 'The contribution to correct; it stays as it was' }) @IsUUID() contributionId!: string;
  @Field() @IsString() @Length(1, 10_000) text!: string;
}

@InputType()
export class RecordDecisionInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() meetingId?: string;
  @Field(() => DataCategory) @IsEnum(DataCategory) category!: DataCategory;
  @Field() @IsString() @Length(1, 5_000) text!: string;
}

@InputType()
export class AddActionItemInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ID, { nullable: true, description: 'The decision it carries out' }) @IsOptional() @IsUUID() decisionId?: string;
  @Field() @IsString() @Length(1, 2_000) description!: string;
  @Field(() => DataCategory) @IsEnum(DataCategory) category!: DataCategory;
  @Field(() => ID, { description: 'A current member of the table' }) @IsUUID() ownerUserId!: string;
  @Field({ description: 'When it must be done; the owner is reminded before' }) @Type(() => Date) @IsDate() dueAt!: Date;
}

@InputType()
export class CompleteActionItemInput {
  @Field(() => ID) @IsUUID() actionItemId!: string;
  @Field(() => ActionItemStatus, { defaultValue: ActionItemStatus.DONE, description: 'DONE, or CANCELLED (chair or case director)' })
  @IsOptional() @IsIn([ActionItemStatus.DONE, ActionItemStatus.CANCELLED]) status: ActionItemStatus = ActionItemStatus.DONE;
  @Field({ nullable: true, description: 'What came of it (or why it is cancelled); shown with the item to who may read it' })
  @IsOptional()
  @RequiredText({ en: 'result', nl: 'resultaat' }, 5_000, 1)
  result?: string;
}

@InputType()
export class PostponeActionItemInput {
  @Field(() => ID) @IsUUID() actionItemId!: string;
  @Field({ description: 'The new due moment; the owner is reminded again before it' }) @Type(() => Date) @IsDate() dueAt!: Date;
  @Field({ description: 'Why it is postponed (required; kept with the item)' })
  @RequiredText({ en: 'reason', nl: 'reden' }, 2_000, 3)
  reason!: string;
}

@InputType({ description: 'Give a departing member’s open action items to another member: on one case, or on every case of a table' })
export class ReassignActionItemsInput {
  @Field(() => ID, { nullable: true, description: 'One case; or give caseTableId' }) @IsOptional() @IsUUID() caseId?: string;
  @Field(() => ID, { nullable: true, description: 'Every running case of this table that you lead' }) @IsOptional() @IsUUID() caseTableId?: string;
  @Field(() => ID) @IsUUID() fromUserId!: string;
  @Field(() => ID, { description: 'A current member of the table who may see what the items are about' }) @IsUUID() toUserId!: string;
  @Field({ description: 'Why (required; neutral, shown in the timeline)' })
  @RequiredText({ en: 'reason', nl: 'reden' }, 2_000, 3)
  reason!: string;
}
