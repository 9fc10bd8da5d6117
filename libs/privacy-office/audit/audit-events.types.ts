import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Discipline } from '@vangrail/core';
import { AuditAction, AuditOutcome, Purpose } from '@vangrail/privacy';

@ObjectType({ description: 'One processing of personal data: who, what, about whom (pseudonymous), why, outcome' })
export class AuditEventView {
  @Field(() => ID) id!: string;
  @Field() seq!: string;
  @Field() occurredAt!: Date;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String, { nullable: true }) discipline!: string | null;
  @Field(() => String, { nullable: true }) role!: string | null;
  @Field(() => String, { nullable: true, description: 'The organisation the user worked for (user directory)' }) organisation!: string | null;
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
  @Field(() => String, { nullable: true }) traceId!: string | null;
  @Field(() => String, { nullable: true }) sourceAddress!: string | null;
}

@InputType({ description: 'Every given criterion must hold; the period is [from, to)' })
export class AuditEventFilter {
  @Field({ nullable: true, description: 'BSN of the person: found through the blind index, never stored with the search' })
  @IsOptional()
  @IsString()
  @Length(9, 11)
  bsn?: string;

  @Field({ nullable: true, description: 'Subject key (subject id)' }) @IsOptional() @IsUUID() subjectKey?: string;
  @Field({ nullable: true, description: 'A case: events on the case and on its contributions, decisions and action items' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) username?: string;
  @Field(() => Discipline, { nullable: true }) @IsOptional() @IsEnum(Discipline) discipline?: Discipline;
  @Field({ nullable: true, description: 'Organisation of the user (user directory), exact' }) @IsOptional() @IsString() @Length(1, 200) organisation?: string;
  @Field(() => Purpose, { nullable: true }) @IsOptional() @IsEnum(Purpose) purpose?: Purpose;
  @Field(() => AuditAction, { nullable: true }) @IsOptional() @IsEnum(AuditAction) action?: AuditAction;
  @Field(() => AuditOutcome, { nullable: true }) @IsOptional() @IsEnum(AuditOutcome) outcome?: AuditOutcome;
  @Field({ nullable: true, description: 'true: only accesses under emergency access (NOODTOEGANG)' }) @IsOptional() @IsBoolean() emergencyAccess?: boolean;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() from?: Date;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() to?: Date;
}

@InputType({ description: 'Keyset pagination, newest first: pass the previous page’s nextCursor as after' })
export class AuditPageInput {
  @Field(() => Int, { nullable: true, defaultValue: 100 }) @IsOptional() @IsInt() @Min(1) @Max(500) first?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Matches(/^[1-9][0-9]{0,18}$/, { message: 'after: a cursor from nextCursor' }) after?: string;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEventView]) events!: AuditEventView[];
  @Field(() => String, { nullable: true, description: 'Cursor of the next (older) page; null on the last page' }) nextCursor!: string | null;
}

@ObjectType({ description: 'The matching events as CSV (UTF-8, comma separated, header row), at most 10,000 rows' })
export class AuditEventExport {
  @Field() filename!: string;
  @Field() contentType!: string;
  @Field(() => Int) rows!: number;
  @Field({ description: 'More events matched than one export holds: narrow the period' }) truncated!: boolean;
  @Field() csv!: string;
}

@ObjectType({ description: 'One event or checkpoint of the audit trail that does not hold' })
export class BrokenAuditEventView {
  @Field(() => String, { nullable: true, description: 'Place in the chain; null for an event not sealed yet' }) seq!: string | null;
  @Field(() => String, { nullable: true }) eventId!: string | null;
  @Field() problem!: string;
}

@ObjectType({ description: 'The latest stored verification of the audit trail (npm run audit:verify or the worker), not recomputed per request' })
export class ChainStatusView {
  @Field({ description: 'false also when the trail was never verified' }) intact!: boolean;
  @Field(() => Date, { nullable: true, description: 'When the last verification ran; null: never' }) verifiedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'What ran it: the command and operator, or the scheduled worker job' }) verifiedBy!: string | null;
  @Field(() => String, { nullable: true, description: 'FULL or INCREMENTAL (from the previous intact verification)' }) mode!: string | null;
  @Field(() => Int) eventsChecked!: number;
  @Field(() => Int, { description: 'Events that waited longer than allowed for their seal' }) unsealedOverdue!: number;
  @Field(() => [BrokenAuditEventView], { description: 'Every problem found, not only the first' }) broken!: BrokenAuditEventView[];
  @Field(() => String, { nullable: true }) firstBrokenSeq!: string | null;
  @Field(() => String, { nullable: true }) problem!: string | null;
}
