import { Field, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDate, IsEnum, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';
import { RequiredText } from '@vangrail/core';
import { DataCategory } from '@vangrail/privacy';
import { SubjectType } from '@vangrail/subjects';
import { SubjectInput } from '@vangrail/subjects';
import { SignalCategory, SignalFlag, Urgency } from '../signal-vocabulary';

@InputType({ description: 'A subject of the signal and its role (e.g. HOOFDBETROKKENE, BEWONER, EIGENAAR, ZORGAANBIEDER)' })
export class SignalSubjectInput extends SubjectInput {
  @Field({ nullable: true, defaultValue: 'HOOFDBETROKKENE' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Z_]{3,40}$/, { message: 'role is an upper-case word such as HOOFDBETROKKENE or EIGENAAR' })
  role?: string;
}

@InputType()
export class RegisterSignalInput {
  @Field({ description: 'Your own key for this submission: sending it again returns the same signal' })
  @IsString()
  @Length(8, 100)
  clientKey!: string;

  @Field(() => SignalCategory) @IsEnum(SignalCategory) category!: SignalCategory;

  @Field(() => [SignalSubjectInput])
  @IsArray()
  @ArrayMinSize(1, { message: 'a signal is about at least one subject' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => SignalSubjectInput)
  subjects!: SignalSubjectInput[];

  @Field({ description: 'What you observed, in your own words' })
  @RequiredText({ en: 'description', nl: 'omschrijving' }, 4000)
  description!: string;

  @Field({ description: 'When you observed it' }) @Type(() => Date) @IsDate() observedAt!: Date;

  @Field(() => Urgency) @IsEnum(Urgency) urgency!: Urgency;

  @Field(() => [SignalFlag], { defaultValue: [] }) @IsArray() @IsEnum(SignalFlag, { each: true }) flags!: SignalFlag[];

  @Field(() => [DataCategory], { description: 'The data categories your description contains (e.g. GEZONDHEID)' })
  @IsArray()
  @ArrayMinSize(1, { message: 'say which data categories the description contains' })
  @IsEnum(DataCategory, { each: true })
  dataCategories!: DataCategory[];
}

@InputType({ description: 'Where would a signal like this go? Nothing is stored.' })
export class PreviewRoutingInput {
  @Field(() => SignalCategory) @IsEnum(SignalCategory) category!: SignalCategory;
  @Field(() => [SignalFlag], { defaultValue: [] }) @IsArray() @IsEnum(SignalFlag, { each: true }) flags!: SignalFlag[];
  @Field(() => Urgency, { defaultValue: Urgency.NORMAL }) @IsEnum(Urgency) urgency!: Urgency;
  @Field(() => [SubjectType], { defaultValue: [SubjectType.PERSON], description: 'The kinds of subject the signal is about' })
  @IsArray()
  @ArrayMinSize(1, { message: 'name at least one kind of subject', context: { messageNl: 'noem ten minste één soort betrokkene' } })
  @IsEnum(SubjectType, { each: true })
  subjectTypes!: SubjectType[];
}
