import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { EmergencyResource, EmergencyReviewState } from './emergency-access-grant.entity';

registerEnumType(EmergencyResource, { name: 'EmergencyResource', description: 'What an emergency access grant opens: one case or one subject' });
registerEnumType(EmergencyReviewState, { name: 'EmergencyReviewState' });

@InputType()
export class RequestEmergencyAccessInput {
  @Field(() => EmergencyResource) @IsEnum(EmergencyResource) resourceType!: EmergencyResource;
  @Field(() => ID) @IsUUID() resourceId!: string;
  @Field({ description: 'Why the danger is acute and cannot wait for the normal route (read by the privacy officer)' })
  @IsString()
  @Length(20, 2000)
  justification!: string;

  @Field(() => Int, { nullable: true, defaultValue: 60, description: 'Minutes, 1 to 1440 (24 hours); 60 when not given' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1440)
  minutes?: number;
}

@InputType()
export class ReviewEmergencyAccessInput {
  @Field(() => ID) @IsUUID() grantId!: string;
  @Field(() => EmergencyReviewState, { description: 'GERECHTVAARDIGD or SCHENDING' }) @IsEnum(EmergencyReviewState) verdict!: EmergencyReviewState;
  @Field({ description: 'The finding: what was checked and concluded' }) @IsString() @Length(10, 4000) finding!: string;
}

@InputType()
export class EmergencyAccessReviewFilter {
  @Field(() => EmergencyReviewState, { nullable: true }) @IsOptional() @IsEnum(EmergencyReviewState) state?: EmergencyReviewState;
}

@ObjectType({ description: 'An emergency access grant and its review' })
export class EmergencyAccessView {
  @Field(() => ID) id!: string;
  @Field() username!: string;
  @Field(() => String, { nullable: true }) discipline!: string | null;
  @Field(() => EmergencyResource) resourceType!: EmergencyResource;
  @Field(() => ID) resourceId!: string;
  @Field() justification!: string;
  @Field() grantedAt!: Date;
  @Field() expiresAt!: Date;
  @Field({ description: 'The grant still opens the resource' }) active!: boolean;
  @Field(() => Int, { description: 'Allowed accesses under this grant (audit events flagged as emergency access)' }) accesses!: number;
  @Field(() => EmergencyReviewState) reviewState!: EmergencyReviewState;
  @Field(() => String, { nullable: true }) reviewFinding!: string | null;
  @Field(() => Date, { nullable: true }) reviewedAt!: Date | null;
  @Field(() => Int, { description: 'Users told at once (privacy officers, the chair of the case’s table)' }) notified!: number;
}
