import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';

@InputType({ description: 'Erases one person, answering an open request of kind WISSING (AVG art. 17)' })
export class EraseSubjectInput {
  @Field(() => ID, { description: 'The person (subject key) the request is about' }) @IsUUID() subjectId!: string;
  @Field(() => ID, { description: 'The open data-subject request of kind WISSING' }) @IsUUID() requestId!: string;
  @Field({ description: 'Why the data may be erased (art. 17(1) ground); kept in the audit trail' }) @IsString() @Length(10, 2000) reason!: string;
}

@ObjectType({ description: 'What an erasure removed or anonymised, per kind of record' })
export class ErasureCounts {
  @Field(() => Int, { description: 'The person in the subject registry (with the BSN and its blind index)' }) subjects!: number;
  @Field(() => Int, { description: 'Signals naming the person (with their descriptions)' }) signals!: number;
  @Field(() => Int, { description: 'Deliveries of those signals to disciplines' }) deliveries!: number;
  @Field(() => Int, { description: 'Cases about the person (main subject), with everything in them' }) cases!: number;
  @Field(() => Int, { description: 'Contributions in those cases' }) contributions!: number;
  @Field(() => Int, { description: 'Decisions in those cases' }) decisions!: number;
  @Field(() => Int, { description: 'Action items in those cases' }) actionItems!: number;
  @Field(() => Int, { description: 'Links of the person to cases about others (the person is removed; those cases stay)' }) caseLinks!: number;
  @Field(() => Int, { description: 'Notices that pointed at erased signals, deliveries or cases' }) notifications!: number;
  @Field(() => Int, { description: 'Free texts anonymised that are kept for accountability (emergency-access justifications)' }) anonymisedTexts!: number;
}

@ObjectType({ description: 'The answer to an erasure: the pseudonymous key the audit trail keeps, and what was erased' })
export class ErasureResult {
  @Field(() => ID, { description: 'Pseudonymous subject key, kept only in the (append-only) audit trail and the request' }) subjectKey!: string;
  @Field() requestReference!: string;
  @Field() erasedAt!: Date;
  @Field(() => ErasureCounts) erased!: ErasureCounts;
}
