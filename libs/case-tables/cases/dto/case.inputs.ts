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
import { Discipline } from '@vangrail/core';
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
  @Field({ nullable: true, description: 'Required to close (AFGESLOTEN)' }) @IsOptional() @IsString() @Length(1, 2_000) outcome?: string;
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
  @Field(() => Int, { defaultValue: 50 }) @IsOptional() @IsInt() @Min(1) @Max(200) limit: number = 50;
  @Field(() => Int, { defaultValue: 0 }) @IsOptional() @IsInt() @Min(0) offset: number = 0;
}
