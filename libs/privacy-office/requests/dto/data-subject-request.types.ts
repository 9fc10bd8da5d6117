import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsDateString, IsEnum, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { DataSubjectRequestKind, DataSubjectRequestState, IdentityVerification } from '../data-subject-request.entity';

registerEnumType(DataSubjectRequestKind, { name: 'DataSubjectRequestKind', description: 'Right invoked: INZAGE art. 15, RECTIFICATIE 16, WISSING 17, BEPERKING 18, BEZWAAR 21' });
registerEnumType(IdentityVerification, { name: 'IdentityVerification', description: 'How the requester’s identity was verified' });
registerEnumType(DataSubjectRequestState, { name: 'DataSubjectRequestState' });

@InputType({ description: 'A data-subject request as it reached the contact point' })
export class RegisterDataSubjectRequestInput {
  @Field({ nullable: true, description: 'Your own registration number; when empty one is given (AVG-<year>-<nnnn>)' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9./-]{2,39}$/, { message: 'reference: 3 to 40 letters, digits, dots, slashes or dashes' })
  reference?: string;

  @Field(() => DataSubjectRequestKind) @IsEnum(DataSubjectRequestKind) kind!: DataSubjectRequestKind;
  @Field({ description: 'YYYY-MM-DD, the day the request was received' }) @IsDateString({ strict: true }) receivedOn!: string;
  @Field(() => IdentityVerification) @IsEnum(IdentityVerification) identityVerification!: IdentityVerification;
  @Field({ nullable: true, description: 'What was checked (document type, not its number)' }) @IsOptional() @IsString() @Length(1, 500) identityNote?: string;
  @Field({ description: 'BSN of the person the request is about; found through the blind index, never stored with the request' })
  @IsString()
  @Length(9, 11)
  bsn!: string;
}

@InputType()
export class ExtendDataSubjectRequestInput {
  @Field(() => ID) @IsUUID() requestId!: string;
  @Field({ description: 'Why two more months are needed (complexity, number of requests); told to the requester' })
  @IsString()
  @Length(20, 2000)
  reason!: string;
}

@InputType()
export class AnswerDataSubjectRequestInput {
  @Field(() => ID) @IsUUID() requestId!: string;
  @Field({ description: 'What was answered or done' }) @IsString() @Length(10, 10_000) answer!: string;
}

@InputType()
export class DataSubjectRequestFilter {
  @Field(() => DataSubjectRequestState, { nullable: true }) @IsOptional() @IsEnum(DataSubjectRequestState) state?: DataSubjectRequestState;
}

@ObjectType({ description: 'A data-subject request and its legal deadline; the person is read only through it (INZAGEVERZOEK)' })
export class DataSubjectRequestView {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field(() => DataSubjectRequestKind) kind!: DataSubjectRequestKind;
  @Field() receivedOn!: string;
  @Field(() => IdentityVerification) identityVerification!: IdentityVerification;
  @Field(() => String, { nullable: true }) identityNote!: string | null;
  @Field(() => String, { nullable: true, description: 'Pseudonymous subject key; null when nothing is held about the person' })
  subjectKey!: string | null;
  @Field({ description: 'One month after receipt' }) deadline!: string;
  @Field(() => String, { nullable: true }) extendedUntil!: string | null;
  @Field(() => String, { nullable: true }) extensionReason!: string | null;
  @Field({ description: 'The deadline in force: the extended one when extended' }) deadlineInForce!: string;
  @Field(() => Int, { description: 'Days until the deadline in force (negative: overdue), Dutch calendar days' }) daysLeft!: number;
  @Field() overdue!: boolean;
  @Field(() => DataSubjectRequestState) state!: DataSubjectRequestState;
  @Field(() => String, { nullable: true }) answer!: string | null;
  @Field(() => Date, { nullable: true }) answeredAt!: Date | null;
}
