import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';
import { AuditAction, AuditOutcome, Purpose } from '@vangrail/privacy';

@ObjectType({ description: 'One processing of personal data: who, what, about whom (pseudonymous), why, outcome' })
export class AuditEventView {
  @Field(() => ID) id!: string;
  @Field() seq!: string;
  @Field() occurredAt!: Date;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String, { nullable: true }) discipline!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true }) onBehalfOf!: string | null;
  @Field(() => AuditAction) action!: AuditAction;
  @Field(() => AuditOutcome) outcome!: AuditOutcome;
  @Field() resourceType!: string;
  @Field(() => String, { nullable: true }) resourceId!: string | null;
  @Field(() => [String], { description: 'Pseudonymous subject keys (subject ids)' }) subjectKeys!: string[];
  @Field(() => [String]) dataCategories!: string[];
  @Field(() => String, { nullable: true }) purpose!: string | null;
  @Field(() => String, { nullable: true }) legalBasis!: string | null;
  @Field(() => String, { nullable: true }) processingActivity!: string | null;
  @Field() emergencyAccess!: boolean;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() requestId!: string;
  @Field(() => String, { nullable: true }) sourceAddress!: string | null;
}

@InputType()
export class AuditEventFilter {
  @Field({ nullable: true, description: 'Subject key (subject id)' }) @IsOptional() @IsUUID() subjectKey?: string;
  @Field({ nullable: true }) @IsOptional() @IsString() username?: string;
  @Field(() => Purpose, { nullable: true }) @IsOptional() @IsEnum(Purpose) purpose?: Purpose;
  @Field(() => AuditOutcome, { nullable: true }) @IsOptional() @IsEnum(AuditOutcome) outcome?: AuditOutcome;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
  @Field(() => Int, { nullable: true, defaultValue: 100 }) @IsOptional() @IsInt() @Min(1) @Max(1000) limit?: number;
}

@ObjectType()
export class ChainStatusView {
  @Field() intact!: boolean;
  @Field(() => Int) eventsChecked!: number;
  @Field(() => String, { nullable: true }) firstBrokenSeq!: string | null;
  @Field(() => String, { nullable: true }) problem!: string | null;
}
