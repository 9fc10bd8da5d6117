import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsArray, IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { Discipline, PageInfo, RequiredText } from '@vangrail/core';
import { DataCategory, Withheld } from '@vangrail/privacy';
import { MatchedRuleView } from '@vangrail/routing/dto/routing.types';
import { SignalSubjectView } from '@vangrail/signals/dto/signal.type';
import { SignalCategory, SignalFlag, Urgency } from '@vangrail/signals/signal-vocabulary';
import { DeliveryState } from '../entities/delivery.entity';

registerEnumType(DeliveryState, { name: 'DeliveryState' });

@ObjectType({ description: 'An inbox item: a signal as the receiving discipline may see it' })
export class DeliveryView {
  @Field(() => ID) id!: string;
  @Field(() => ID) signalId!: string;
  @Field(() => DeliveryState) state!: DeliveryState;
  @Field(() => Discipline) discipline!: Discipline;
  @Field(() => SignalCategory) category!: SignalCategory;
  @Field(() => Urgency) urgency!: Urgency;
  @Field(() => [SignalFlag]) flags!: SignalFlag[];
  @Field() observedAt!: Date;
  @Field() receivedAt!: Date;
  @Field() triageDeadline!: Date;
  @Field({ description: 'The triage deadline passed before a decision' }) overdue!: boolean;
  @Field(() => String, { nullable: true, description: 'Withheld when it contains a category this delivery may not carry' })
  description!: string | null;
  @Field(() => [SignalSubjectView]) subjects!: SignalSubjectView[];
  @Field(() => [DataCategory], { description: 'What this delivery may carry, by its routing rules' }) allowedCategories!: DataCategory[];
  @Field(() => [MatchedRuleView], { description: 'The rules (and versions) that sent it here' }) rules!: MatchedRuleView[];
  @Field(() => String, { nullable: true }) declineReason!: string | null;
  @Field(() => ID, { nullable: true }) caseId!: string | null;
  @Field(() => [Withheld]) withheld!: Withheld[];
}

@ObjectType()
export class InboxCount {
  @Field(() => DeliveryState) state!: DeliveryState;
  @Field(() => Int) count!: number;
}

/** Where an open item stands against its triage deadline. */
export enum DeadlineBand {
  /** The deadline passed without a decision. */
  OVERDUE = 'OVERDUE',
  /** The deadline falls within the next 24 hours. */
  DUE_SOON = 'DUE_SOON',
}
registerEnumType(DeadlineBand, { name: 'DeadlineBand', description: 'Open work against its triage deadline: OVERDUE (passed), DUE_SOON (within 24 hours)' });

@ObjectType({ description: 'Open work (new or in triage) per deadline band' })
export class InboxDeadlineCounts {
  @Field(() => Int, { description: 'Open, deadline within the next 24 hours' }) dueSoon!: number;
  @Field(() => Int, { description: 'Open, deadline passed' }) overdue!: number;
}

@ObjectType()
export class InboxPage {
  @Field(() => [DeliveryView], { description: 'This page: open work first, then by triage deadline' }) items!: DeliveryView[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  @Field(() => Int, { description: 'How many items match the filter (all pages)' }) totalCount!: number;
  @Field(() => [InboxCount], { description: 'Counts per state for your discipline (all, not only this page)' }) counts!: InboxCount[];
  @Field(() => InboxDeadlineCounts, { description: 'Open work per deadline band for your discipline' }) deadlines!: InboxDeadlineCounts;
  @Field(() => Int, { description: 'Open items whose triage deadline passed (same as deadlines.overdue)' }) overdue!: number;
}

@InputType()
export class InboxFilter {
  @Field(() => [DeliveryState], { nullable: true, description: 'Only these states (overrides includeFinished)' })
  @IsOptional() @IsArray() @IsEnum(DeliveryState, { each: true }) states?: DeliveryState[];
  @Field(() => [Urgency], { nullable: true }) @IsOptional() @IsArray() @IsEnum(Urgency, { each: true }) urgencies?: Urgency[];
  @Field({ nullable: true, description: 'Also accepted, declined and escalated items (after the open ones); default only open work' })
  @IsOptional() @IsBoolean() includeFinished?: boolean;
  @Field(() => DeadlineBand, { nullable: true, description: 'Only open items in this deadline band' }) @IsOptional() @IsEnum(DeadlineBand) deadline?: DeadlineBand;
  @Field({ nullable: true, description: 'Only open items whose deadline passed (same as deadline: OVERDUE)' }) @IsOptional() @IsBoolean() overdueOnly?: boolean;
  @Field(() => Int, { nullable: true, description: 'Page size; prefer the `first` argument' }) @IsOptional() @IsInt() @Min(1) @Max(200) limit?: number;
}

@InputType()
export class DeclineDeliveryInput {
  @Field(() => ID) @IsUUID() deliveryId!: string;
  @Field({ description: 'Why this is not for your discipline (required)' })
  @RequiredText({ en: 'reason', nl: 'reden' }, 1000, 3)
  reason!: string;
}

@InputType()
export class EscalateDeliveryInput {
  @Field(() => ID) @IsUUID() deliveryId!: string;
  @Field(() => ID, { description: 'The case table that should take the case up' }) @IsUUID() caseTableId!: string;
  @Field({ nullable: true, description: 'Neutral case title; defaults to the category' }) @IsOptional() @IsString() @Length(3, 200) title?: string;
}
