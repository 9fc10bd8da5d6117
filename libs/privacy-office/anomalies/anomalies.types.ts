import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsOptional, IsString, Length } from 'class-validator';
import { RequiredText } from '@vangrail/core';
import { AnomalyVerdict } from './anomaly-finding.entity';
import { AnomalyRule } from './anomaly-rules';

registerEnumType(AnomalyRule, { name: 'AnomalyRule', description: 'Which rule flagged unusual access' });
registerEnumType(AnomalyVerdict, { name: 'AnomalyVerdict', description: 'The officer’s verdict: justified, or a violation' });

@InputType()
export class AccessAnomalyFilter {
  @Field({ nullable: true, description: 'From this moment (default: 30 days ago)' }) @IsOptional() from?: Date;
  @Field({ nullable: true, description: 'Until this moment (default: now)' }) @IsOptional() to?: Date;
  @Field({ defaultValue: false, description: 'Also anomalies already closed with a finding' }) @IsOptional() @IsBoolean() includeClosed: boolean = false;
}

@ObjectType({ description: 'Unusual access flagged by a stated rule, with the audit events behind it' })
export class AccessAnomalyView {
  @Field(() => ID, { description: 'Stable per rule, user and window' }) id!: string;
  @Field(() => AnomalyRule) rule!: AnomalyRule;
  @Field({ description: 'What the rule found, in Dutch' }) explanationNl!: string;
  @Field({ description: 'The same in English' }) explanation!: string;
  @Field(() => ID) userId!: string;
  @Field(() => String, { nullable: true }) username!: string | null;
  @Field(() => String, { nullable: true }) discipline!: string | null;
  @Field() windowStart!: Date;
  @Field() windowEnd!: Date;
  @Field(() => Int) count!: number;
  @Field(() => [ID], { description: 'The audit events behind it (at most 100): search auditEvents by this user and window for all' })
  auditEventIds!: string[];
  @Field(() => AnomalyVerdict, { nullable: true }) verdict!: AnomalyVerdict | null;
  @Field(() => String, { nullable: true }) finding!: string | null;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
}

@InputType()
export class CloseAccessAnomalyInput {
  @Field(() => ID) @IsString() @Length(8, 80) anomalyId!: string;
  @Field(() => AnomalyVerdict)
  @IsEnum(AnomalyVerdict, { message: 'choose justified or violation', context: { messageNl: 'kies gerechtvaardigd of schending' } })
  verdict!: AnomalyVerdict;
  @Field({ description: 'What the officer found, e.g. whom they asked and what was explained' })
  @RequiredText({ en: 'finding', nl: 'bevinding' }, 4_000, 10)
  finding!: string;
}
