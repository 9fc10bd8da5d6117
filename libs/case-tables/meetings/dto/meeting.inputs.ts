import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsDate, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => ID) @IsUUID() caseTableId!: string;
  @Field() @Type(() => Date) @IsDate() scheduledAt!: Date;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 200) location?: string;
  @Field(() => [ID], { nullable: true, description: 'Defaults to every current member except guests' })
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(100) @IsUUID('all', { each: true }) attendeeIds?: string[];
}

@InputType()
export class AgendaItemInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => [ID], { nullable: true, description: 'Guests (GUEST members of the table) invited for this item only' })
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(20) @IsUUID('all', { each: true }) guestUserIds?: string[];
}

@InputType({ description: 'The whole agenda, in order; replaces the previous one' })
export class SetAgendaInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => [AgendaItemInput]) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => AgendaItemInput) items!: AgendaItemInput[];
}

@InputType()
export class CloseMeetingInput {
  @Field(() => ID) @IsUUID() meetingId!: string;
  @Field(() => [ID], { nullable: true, description: 'Who actually attended, when different from the invitation' })
  @IsOptional() @IsArray() @ArrayUnique() @ArrayMaxSize(100) @IsUUID('all', { each: true }) attendeeIds?: string[];
}
