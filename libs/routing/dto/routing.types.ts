import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { Discipline, Domain } from '@vangrail/core';
import { DataCategory, Purpose } from '@vangrail/privacy';
import { SignalCategory, SignalFlag, Urgency } from '@vangrail/signals/signal-vocabulary';

@ObjectType()
export class RoutingRuleView {
  @Field(() => ID) id!: string;
  @Field() ruleKey!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field(() => [String]) categories!: string[];
  @Field(() => [String]) requiredFlags!: string[];
  @Field(() => [String]) urgencies!: string[];
  @Field(() => [String]) subjectTypes!: string[];
  @Field(() => [String]) reportingDomains!: string[];
  @Field(() => Discipline) targetDiscipline!: Discipline;
  @Field(() => Purpose) deliveryPurpose!: Purpose;
  @Field(() => [DataCategory]) allowedCategories!: DataCategory[];
  @Field(() => Int, { nullable: true }) triageSeconds!: number | null;
  @Field({ description: "Whether a signal is withheld from the reporter's own discipline" }) skipReporterDiscipline!: boolean;
  @Field(() => Date, { nullable: true }) retiredAt!: Date | null;
  @Field() createdAt!: Date;
}

@InputType({ description: 'A routing rule. With an existing ruleKey this saves a new version; old deliveries keep their version.' })
export class SaveRoutingRuleInput {
  @Field({ nullable: true }) @IsOptional() @Matches(/^[A-Z0-9_-]{3,80}$/, { message: 'ruleKey uses capitals, digits, - and _' }) ruleKey?: string;
  @Field() @IsString() @Length(3, 200) name!: string;
  @Field(() => [SignalCategory], { defaultValue: [] }) @IsArray() @IsEnum(SignalCategory, { each: true }) categories!: SignalCategory[];
  @Field(() => [SignalFlag], { defaultValue: [] }) @IsArray() @IsEnum(SignalFlag, { each: true }) requiredFlags!: SignalFlag[];
  @Field(() => [Urgency], { defaultValue: [] }) @IsArray() @IsEnum(Urgency, { each: true }) urgencies!: Urgency[];
  @Field(() => [String], { defaultValue: [] }) @IsArray() @IsIn(['PERSON', 'ADDRESS', 'ORGANISATION'], { each: true }) subjectTypes!: string[];
  @Field(() => [Domain], { defaultValue: [] }) @IsArray() @IsEnum(Domain, { each: true }) reportingDomains!: Domain[];
  @Field(() => Discipline) @IsEnum(Discipline) targetDiscipline!: Discipline;
  @Field(() => [DataCategory], { description: 'Data categories that may travel with the delivery' })
  @IsArray()
  @ArrayMaxSize(8)
  @IsEnum(DataCategory, { each: true })
  allowedCategories!: DataCategory[];
  @Field(() => Int, { nullable: true, description: 'Triage deadline in seconds; default by urgency' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(60 * 24 * 3600)
  triageSeconds?: number;
  @Field({ defaultValue: false, description: "Do not deliver to the target discipline when someone of that discipline reported the signal" })
  @IsBoolean()
  skipReporterDiscipline!: boolean;
}

@ObjectType()
export class MatchedRuleView {
  @Field(() => ID) ruleId!: string;
  @Field() ruleKey!: string;
  @Field(() => Int) version!: number;
  @Field() name!: string;
  @Field(() => [String], { description: 'The conditions the signal met' }) reasons!: string[];
}

@ObjectType()
export class RoutingTargetView {
  @Field(() => Discipline) discipline!: Discipline;
  @Field(() => Domain) domain!: Domain;
  @Field(() => Purpose) purpose!: Purpose;
  @Field(() => [DataCategory]) allowedCategories!: DataCategory[];
  @Field(() => Int) triageSeconds!: number;
  @Field(() => [MatchedRuleView]) rules!: MatchedRuleView[];
  @Field(() => String, { nullable: true, description: 'Why this match did not lead to a delivery' }) skipped!: string | null;
  @Field(() => ID, { nullable: true }) deliveryId?: string | null;
  @Field(() => String, { nullable: true }) deliveryState?: string | null;
}

@ObjectType({ description: 'Where a signal went (or would go), and why' })
export class RoutingExplanationView {
  @Field(() => ID, { nullable: true }) signalId!: string | null;
  @Field({ description: 'False while routing is still on the queue' }) routed!: boolean;
  @Field(() => Date, { nullable: true }) evaluatedAt!: Date | null;
  @Field(() => Int) rulesEvaluated!: number;
  @Field(() => [RoutingTargetView]) targets!: RoutingTargetView[];
}

@ObjectType({ description: 'A queue job that failed every attempt; ids only, no personal data' })
export class DeadLetterView {
  @Field(() => ID) id!: string;
  @Field() queue!: string;
  @Field() jobId!: string;
  @Field(() => Int) attempts!: number;
  @Field() lastError!: string;
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) replayedAt!: Date | null;
}
