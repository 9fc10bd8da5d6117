import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Discipline, RequiredText } from '@vangrail/core';
import { ClosingOutcome } from '../closing-outcome';
import { SubjectInput } from '@vangrail/subjects';
import { CaseSubjectRole } from '../entities/case-links.entity';
import { CaseState, RiskLevel } from '../entities/case.entity';

@InputType()
export class CaseSubjectInput {
  @Field(() => SubjectInput) @ValidateNested() @Type(() => SubjectInput) subject!: SubjectInput;
  @Field(() => CaseSubjectRole) @IsEnum(CaseSubjectRole) role!: CaseSubjectRole;
}

@InputType()
export class RegisterCaseInput {
  @Field(() => ID) @IsUUID() caseTableId!: string;
  @Field({ description: 'Neutral: no names or numbers of persons' }) @IsString() @Length(3, 200) title!: string;
  @Field(() => RiskLevel, { defaultValue: RiskLevel.MIDDEN }) @IsOptional() @IsEnum(RiskLevel) riskLevel: RiskLevel = RiskLevel.MIDDEN;
  @Field(() => [CaseSubjectInput], { description: 'Exactly one HOOFDBETROKKENE' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => CaseSubjectInput) subjects!: CaseSubjectInput[];
  @Field(() => [Discipline], { description: 'The disciplines that take part (a registering member’s own is added); their members at the table see the case' })
  @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsEnum(Discipline, { each: true }) disciplines!: Discipline[];
  @Field(() => ID, { nullable: true, description: 'A chair or case director of the table' }) @IsOptional() @IsUUID() caseDirectorUserId?: string;
}

@InputType()
export class TransitionCaseInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => CaseState) @IsEnum(CaseState) to!: CaseState;
  @Field({ nullable: true, description: 'Required to refuse (GEWEIGERD)' }) @IsOptional() @IsString() @Length(1, 2_000) reason?: string;
  @Field({ nullable: true, description: 'Required to close (AFGESLOTEN)' }) @IsOptional() @IsString() @Length(1, 2_000) closingReason?: string;
  @Field({ nullable: true, description: 'Required to close (AFGESLOTEN): what the approach achieved, in words' }) @IsOptional() @IsString() @Length(1, 2_000) outcome?: string;
  @Field(() => ClosingOutcome, { nullable: true, description: 'Required to close (AFGESLOTEN): how the case ended, from the fixed list' })
  @IsOptional()
  @IsEnum(ClosingOutcome, { message: 'choose how the case ended from the list', context: { messageNl: 'kies uit de lijst hoe de casus is geëindigd' } })
  closingOutcome?: ClosingOutcome;
}

@InputType()
export class ChangeCaseDetailsInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field({ nullable: true, description: 'New neutral title: no names or numbers of persons' })
  @IsOptional()
  @RequiredText({ en: 'title', nl: 'titel' }, 200, 3)
  title?: string;
  @Field(() => RiskLevel, { nullable: true }) @IsOptional() @IsEnum(RiskLevel, { message: 'choose a risk level from the list', context: { messageNl: 'kies een risiconiveau uit de lijst' } }) riskLevel?: RiskLevel;
  @Field({ description: 'Why (required; neutral, shown to everyone at the case)' })
  @RequiredText({ en: 'reason', nl: 'reden' }, 2_000, 3)
  reason!: string;
}

@InputType()
export class HandOverCaseInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ID, { description: 'The case table that takes the case over' }) @IsUUID() toCaseTableId!: string;
  @Field({ description: 'Why the other table takes it over (required; neutral, shown to everyone at the case)' })
  @RequiredText({ en: 'reason', nl: 'reden' }, 2_000, 3)
  reason!: string;
}

@InputType()
export class AppointCaseDirectorInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => ID, { description: 'A chair or case director of the table' }) @IsUUID() userId!: string;
}

@InputType()
export class AddCaseParticipantInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => Discipline) @IsEnum(Discipline) discipline!: Discipline;
}

@InputType()
export class RemoveCaseParticipantInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => Discipline) @IsEnum(Discipline, { message: 'choose a discipline from the list', context: { messageNl: 'kies een discipline uit de lijst' } }) discipline!: Discipline;
  @Field({ description: 'Why the discipline no longer takes part (required; neutral, shown in the timeline)' })
  @RequiredText({ en: 'reason', nl: 'reden' }, 2_000, 3)
  reason!: string;
}

@InputType()
export class EscalateCaseInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field() @IsString() @Length(3, 2_000) reason!: string;
  @Field({ description: 'Who is asked to decide, e.g. "Burgemeester" or "Directeur Sociaal Domein"' }) @IsString() @Length(2, 200) target!: string;
}

@InputType()
export class CaseFilter {
  @Field(() => ID, { nullable: true }) @IsOptional() @IsUUID() caseTableId?: string;
  @Field(() => [CaseState], { nullable: true }) @IsOptional() @IsArray() @IsEnum(CaseState, { each: true }) states?: CaseState[];
  @Field({ nullable: true, description: 'Part of the reference or of the (neutral) title, any case' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
  @Field(() => SubjectInput, {
    nullable: true,
    description: 'Only cases about this person (by BSN, found through the blind index), address (postcode and number) or organisation (KvK number)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => SubjectInput)
  about?: SubjectInput;
  @Field(() => Int, { defaultValue: 50 }) @IsOptional() @IsInt() @Min(1) @Max(200) limit: number = 50;
  @Field(() => Int, { defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) offset: number = 0;
}
