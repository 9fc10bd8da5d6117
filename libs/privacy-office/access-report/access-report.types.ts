import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';

@InputType()
export class SubjectAccessReportInput {
  @Field(() => ID, { description: 'The open INZAGE request the report answers' }) @IsUUID() requestId!: string;
  @Field({ nullable: true, defaultValue: false, description: 'Name the staff who consulted the data (CJEU C-579/21: in principle only role and organisation)' })
  @IsOptional()
  @IsBoolean()
  revealStaffIdentities?: boolean;
  @Field({ nullable: true, description: 'Why staff are named (required when revealStaffIdentities)' }) @IsOptional() @IsString() @Length(10, 1000) revealReason?: string;
}

@ObjectType()
export class ReportPerson {
  @Field(() => String, { nullable: true }) name!: string | null;
  @Field(() => String, { nullable: true }) dateOfBirth!: string | null;
  @Field(() => String, { nullable: true }) bsn!: string | null;
  @Field(() => String, { nullable: true }) address!: string | null;
}

@ObjectType({ description: 'A discipline that received a signal, and by which routing rule' })
export class ReportRecipient {
  @Field() discipline!: string;
  @Field() organisation!: string;
  @Field() rule!: string;
  @Field() state!: string;
  @Field() receivedAt!: Date;
  @Field(() => [String]) allowedCategories!: string[];
}

@ObjectType()
export class ReportSignal {
  @Field(() => ID) id!: string;
  @Field() observedAt!: Date;
  @Field() registeredAt!: Date;
  @Field() category!: string;
  @Field() description!: string;
  @Field(() => [String]) dataCategories!: string[];
  @Field({ description: 'Source: the discipline that reported it' }) source!: string;
  @Field() purpose!: string;
  @Field() legalBasis!: string;
  @Field(() => [ReportRecipient]) recipients!: ReportRecipient[];
  @Field() retention!: string;
}

@ObjectType()
export class ReportCaseEntry {
  @Field() kind!: string;
  @Field() at!: Date;
  @Field() category!: string;
  @Field(() => String, { nullable: true }) discipline!: string | null;
  @Field() text!: string;
  @Field(() => String, { nullable: true }) status!: string | null;
}

@ObjectType()
export class ReportCase {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field() caseTable!: string;
  @Field() role!: string;
  @Field() state!: string;
  @Field() registeredAt!: Date;
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field() purpose!: string;
  @Field() legalBasis!: string;
  @Field(() => [String], { description: 'Disciplines taking part (recipients)' }) recipients!: string[];
  @Field() retention!: string;
  @Field(() => [ReportCaseEntry], { description: 'Contributions, decisions and action items, oldest first' }) entries!: ReportCaseEntry[];
}

@ObjectType({ description: 'One consultation of the person’s data (NEN 7513 overview line)' })
export class ReportConsultation {
  @Field() at!: Date;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) purpose!: string | null;
  @Field(() => String, { nullable: true }) processingActivity!: string | null;
  @Field({ description: 'Role and organisation, or the person when the officer decided to name staff' }) by!: string;
  @Field(() => String, { nullable: true }) organisation!: string | null;
  @Field() resource!: string;
  @Field(() => [String]) dataCategories!: string[];
  @Field() emergencyAccess!: boolean;
  @Field() outcome!: string;
}

@ObjectType({ description: 'NEN 7513 overview fields' })
export class ReportLogOverview {
  @Field() authorisationProtocol!: string;
  @Field() consentProfile!: string;
  @Field() emergencyAccessUsed!: boolean;
  @Field() logRetention!: string;
}

@ObjectType({ description: 'Art. 15 access report: everything held about one person, as data and as a printable Dutch document' })
export class SubjectAccessReport {
  @Field() requestReference!: string;
  @Field() generatedAt!: Date;
  @Field() controller!: string;
  @Field(() => ReportPerson) person!: ReportPerson;
  @Field(() => [ReportSignal]) signals!: ReportSignal[];
  @Field(() => [ReportCase]) cases!: ReportCase[];
  @Field(() => [ReportConsultation]) consultations!: ReportConsultation[];
  @Field(() => ReportLogOverview) logOverview!: ReportLogOverview;
  @Field() staffIdentitiesRevealed!: boolean;
  @Field({ description: 'The report as one printable HTML page (Dutch)' }) html!: string;
  @Field({ description: 'The report as an A4 PDF, base64' }) pdfBase64!: string;
}
