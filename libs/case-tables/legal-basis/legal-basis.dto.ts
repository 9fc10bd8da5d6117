import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CalendarDay, RequiredText } from '@vangrail/core';
import { CaseActor } from '../shared/case-actor';
import { AdmissionCriterion, LegalGround, NotInformedReason } from './legal-basis-vocabulary';

@InputType({ description: 'The legal basis of a case (grondslag), the weighing, and whether the person was informed' })
export class RecordCaseLegalBasisInput {
  @Field(() => ID) @IsUUID() caseId!: string;
  @Field(() => LegalGround)
  @IsEnum(LegalGround, { message: 'choose the legal ground from the list', context: { messageNl: 'kies de grondslag uit de lijst' } })
  ground!: LegalGround;
  @Field({ nullable: true, description: 'The article relied on; required for WGS, CONVENANT and SECTORWET (e.g. "Convenant ZVH Demodam, art. 5")' })
  @IsOptional()
  @RequiredText({ en: 'article', nl: 'artikel' }, 300, 3)
  provision?: string;
  @Field({ nullable: true, description: 'TOESTEMMING: the day consent was given (YYYY-MM-DD)' })
  @IsOptional()
  @CalendarDay({ en: 'consent date', nl: 'datum van de toestemming' })
  consentGivenOn?: string;
  @Field({ nullable: true, description: 'TOESTEMMING: what the person agreed to, in words' })
  @IsOptional()
  @RequiredText({ en: 'scope of the consent', nl: 'reikwijdte van de toestemming' }, 2_000, 3)
  consentScope?: string;
  @Field({ description: 'Proportionality: why sharing these data is in proportion to the aim' })
  @RequiredText({ en: 'proportionality', nl: 'proportionaliteit' }, 4_000, 10)
  proportionality!: string;
  @Field({ description: 'Subsidiarity: why a lighter means does not suffice' })
  @RequiredText({ en: 'subsidiarity', nl: 'subsidiariteit' }, 4_000, 10)
  subsidiarity!: string;
  @Field({ description: 'Whether the person was told that the table processes their data' })
  @IsBoolean({ message: 'say whether the person was informed', context: { messageNl: 'geef aan of de betrokkene is geïnformeerd' } })
  personInformed!: boolean;
  @Field({ nullable: true, description: 'When the person was informed (YYYY-MM-DD); required when personInformed' })
  @IsOptional()
  @CalendarDay({ en: 'date informed', nl: 'datum van informeren' })
  informedOn?: string;
  @Field(() => ID, { nullable: true, description: 'Who informed the person (a member of the table); defaults to you' })
  @IsOptional()
  @IsUUID()
  informedByUserId?: string;
  @Field(() => NotInformedReason, { nullable: true, description: 'Why the person was not informed; required when not personInformed' })
  @IsOptional()
  @IsEnum(NotInformedReason, { message: 'choose from the list why the person was not informed', context: { messageNl: 'kies uit de lijst waarom de betrokkene niet is geïnformeerd' } })
  notInformedReason?: NotInformedReason;
  @Field({ nullable: true, description: 'Optional explanation of the reason not to inform' })
  @IsOptional()
  @RequiredText({ en: 'explanation', nl: 'toelichting' }, 2_000, 3)
  notInformedExplanation?: string;
  @Field(() => [AdmissionCriterion], { nullable: true, description: 'Zorg- en Veiligheidshuis: the admission criteria met (at least one there)' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(4)
  @IsEnum(AdmissionCriterion, { each: true, message: 'choose the admission criteria from the list', context: { messageNl: 'kies de toelatingscriteria uit de lijst' } })
  admissionCriteria?: AdmissionCriterion[];
}

@ObjectType({ description: 'One version of the legal basis of a case; case-level text, shown to everyone at the case' })
export class CaseLegalBasisView {
  @Field(() => Int) version!: number;
  @Field(() => LegalGround) ground!: LegalGround;
  @Field({ description: 'The ground in Dutch words' }) groundNl!: string;
  @Field(() => String, { nullable: true }) provision!: string | null;
  @Field(() => String, { nullable: true }) consentGivenOn!: string | null;
  @Field(() => String, { nullable: true }) consentScope!: string | null;
  @Field() proportionality!: string;
  @Field() subsidiarity!: string;
  @Field() personInformed!: boolean;
  @Field(() => String, { nullable: true }) informedOn!: string | null;
  @Field(() => CaseActor, { nullable: true }) informedBy!: CaseActor | null;
  @Field(() => NotInformedReason, { nullable: true }) notInformedReason!: NotInformedReason | null;
  @Field(() => String, { nullable: true, description: 'The reason not to inform, in Dutch words' }) notInformedReasonNl!: string | null;
  @Field(() => String, { nullable: true }) notInformedExplanation!: string | null;
  @Field(() => [AdmissionCriterion]) admissionCriteria!: AdmissionCriterion[];
  @Field(() => CaseActor, { nullable: true }) recordedBy!: CaseActor | null;
  @Field() recordedAt!: Date;
}

@ObjectType({ description: 'The legal basis a case is processed on now, and every earlier version' })
export class CaseLegalBasisRecord {
  @Field(() => ID) caseId!: string;
  @Field(() => CaseLegalBasisView, { nullable: true, description: 'Null while none was recorded' }) current!: CaseLegalBasisView | null;
  @Field(() => [CaseLegalBasisView], { description: 'Newest first, including the current one' }) history!: CaseLegalBasisView[];
}
