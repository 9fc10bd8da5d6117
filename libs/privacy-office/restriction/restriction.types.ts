import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType({ description: 'Restricts or lifts the restriction of one person, answering an open request of kind BEPERKING (AVG art. 18)' })
export class SubjectRestrictionInput {
  @Field(() => ID, { description: 'The person (subject key) the request is about' }) @IsUUID() subjectId!: string;
  @Field(() => ID, { description: 'The open data-subject request of kind BEPERKING' }) @IsUUID() requestId!: string;
  @Field({ description: 'Why (e.g. accuracy contested, objection pending); kept with the restriction and in the audit trail' })
  @IsString()
  @Length(10, 2000)
  reason!: string;
}

@ObjectType({ description: 'A person’s restriction of processing (AVG art. 18) as the privacy office sees it' })
export class SubjectRestrictionView {
  @Field(() => ID, { description: 'Pseudonymous subject key' }) subjectKey!: string;
  @Field({ description: 'Whether the restriction is in force' }) restricted!: boolean;
  @Field() requestReference!: string;
  @Field() restrictedAt!: Date;
  @Field() reason!: string;
  @Field(() => Date, { nullable: true }) liftedAt!: Date | null;
  @Field(() => String, { nullable: true }) liftReason!: string | null;
  @Field(() => Int, { description: 'Signals about the person stored and held, not routed (restrict: held now; lift: released for routing)' })
  heldSignals!: number;
}
