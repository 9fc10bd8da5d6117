import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsDate, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { Discipline } from '@vangrail/core';
import { DataCategory, Purpose } from '@vangrail/privacy';
import { TableRole } from '../entities/case-table-member.entity';
import { CaseTableKind } from '../entities/case-table.entity';

/** The purposes a case table can serve. */
export const TABLE_PURPOSES = [Purpose.CASUSOVERLEG, Purpose.PLANUITVOERING];

@InputType({ description: 'Narrows (or, explicitly, widens) what one discipline may see at this table' })
export class VisibilityInput {
  @Field(() => Discipline) @IsEnum(Discipline) discipline!: Discipline;
  @Field(() => [DataCategory]) @IsArray() @ArrayUnique() @IsEnum(DataCategory, { each: true }) categories!: DataCategory[];
  @Field({ nullable: true, description: 'Required to give a discipline categories beyond the defaults of DOMAIN.md §7' })
  @IsOptional() @IsBoolean() widenExplicitly?: boolean;
}

@InputType()
export class CreateCaseTableInput {
  @Field() @IsString() @Length(3, 200) name!: string;
  @Field(() => CaseTableKind) @IsEnum(CaseTableKind) kind!: CaseTableKind;
  @Field({ description: 'The covenant article the table works under' }) @IsString() @Length(3, 500) legalBasis!: string;
  @Field(() => [Purpose], { nullable: true, description: 'Defaults to CASUSOVERLEG and PLANUITVOERING' })
  @IsOptional() @IsArray() @ArrayUnique() @IsIn(TABLE_PURPOSES, { each: true }) purposes?: Purpose[];
  @Field(() => [VisibilityInput], { nullable: true, description: 'Changes to the default visibility, per discipline' })
  @IsOptional() @IsArray() @ArrayMaxSize(7) @ValidateNested({ each: true }) @Type(() => VisibilityInput) visibility?: VisibilityInput[];
  @Field(() => Int, { defaultValue: 24 }) @IsOptional() @IsInt() @Min(1) @Max(240) retentionMonths: number = 24;
}

@InputType()
export class AddMemberInput {
  @Field(() => ID) @IsUUID() caseTableId!: string;
  @Field(() => ID) @IsUUID() userId!: string;
  @Field(() => TableRole) @IsEnum(TableRole) role!: TableRole;
  @Field({ nullable: true, description: 'Defaults to now' }) @IsOptional() @Type(() => Date) @IsDate() validFrom?: Date;
  @Field({ nullable: true }) @IsOptional() @Type(() => Date) @IsDate() validUntil?: Date;
}

@InputType()
export class RemoveMemberInput {
  @Field(() => ID) @IsUUID() caseTableId!: string;
  @Field(() => ID) @IsUUID() userId!: string;
}
