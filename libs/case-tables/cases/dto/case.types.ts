import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Discipline } from '@vangrail/core';
import { DataCategory, Purpose, Withheld } from '@vangrail/privacy';
import { SubjectView } from '@vangrail/subjects';
import { ActionItemView, ContributionView, DecisionView } from '../../content/dto/content.types';
import { MeetingState } from '../../meetings/entities/meeting.entity';
import { CaseActor } from '../../shared/case-actor';
import { TableRole } from '../../tables/entities/case-table-member.entity';
import { CaseTableKind } from '../../tables/entities/case-table.entity';
import { CaseEventKind } from '../entities/case-event.entity';
import { CaseSubjectRole } from '../entities/case-links.entity';
import { CaseState, RiskLevel } from '../entities/case.entity';
import { ClosingOutcome } from '../closing-outcome';

@ObjectType('CaseSubject')
export class CaseSubjectView {
  @Field(() => CaseSubjectRole) role!: CaseSubjectRole;
  @Field(() => SubjectView, { description: 'Minimised for you; withheld fields are listed with the reason' }) subject!: SubjectView;
}

@ObjectType()
export class LinkedSignal {
  @Field(() => ID) signalId!: string;
  @Field(() => ID, { nullable: true }) deliveryId!: string | null;
  @Field() linkedAt!: Date;
}

@ObjectType('CaseEscalation', { description: 'Doorzettingsmacht: escalated with a reason to someone who can decide' })
export class CaseEscalationView {
  @Field(() => ID) id!: string;
  @Field() reason!: string;
  @Field() target!: string;
  @Field(() => CaseActor) escalatedBy!: CaseActor;
  @Field() escalatedAt!: Date;
}

@ObjectType('CaseClosing', { description: 'One closing of the case; kept when the case is reopened' })
export class CaseClosingView {
  @Field() closingReason!: string;
  @Field() outcome!: string;
  @Field(() => ClosingOutcome, { nullable: true, description: 'Null for closings recorded before the fixed list' }) closingOutcome!: ClosingOutcome | null;
  @Field(() => String, { nullable: true, description: 'The listed outcome in Dutch' }) closingOutcomeLabel!: string | null;
  @Field() closedAt!: Date;
  @Field(() => CaseActor) closedBy!: CaseActor;
  @Field(() => Date, { nullable: true }) reopenedAt!: Date | null;
  @Field(() => CaseActor, { nullable: true }) reopenedBy!: CaseActor | null;
}

@ObjectType()
export class CaseTableRef {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => CaseTableKind) kind!: CaseTableKind;
}

@ObjectType('CaseHandover', { description: 'The case went from one table to another, with the reason' })
export class CaseHandoverView {
  @Field(() => CaseTableRef) from!: CaseTableRef;
  @Field(() => CaseTableRef) to!: CaseTableRef;
  @Field() reason!: string;
  @Field(() => CaseActor) handedOverBy!: CaseActor;
  @Field() handedOverAt!: Date;
}

@ObjectType()
export class CaseMeetingRef {
  @Field(() => ID) meetingId!: string;
  @Field() scheduledAt!: Date;
  @Field(() => MeetingState) state!: MeetingState;
  @Field(() => Int) position!: number;
}

@ObjectType({ description: 'Why you see what you see of this case' })
export class CaseAccessInfo {
  @Field(() => Purpose) purpose!: Purpose;
  @Field(() => TableRole, { nullable: true }) tableRole!: TableRole | null;
  @Field(() => [DataCategory]) visibleCategories!: DataCategory[];
}

@ObjectType('Case', { description: 'A casus, minimised for your discipline, role and purpose' })
export class CaseView {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field(() => CaseState) state!: CaseState;
  @Field(() => [CaseState], { description: 'Where the case can go from here' }) allowedNextStates!: CaseState[];
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => CaseTableRef) caseTable!: CaseTableRef;
  @Field(() => CaseActor, { nullable: true }) caseDirector!: CaseActor | null;
  @Field(() => CaseActor) registeredBy!: CaseActor;
  @Field(() => [Discipline]) participatingDisciplines!: Discipline[];
  @Field(() => [CaseSubjectView]) subjects!: CaseSubjectView[];
  @Field(() => [LinkedSignal]) signals!: LinkedSignal[];
  @Field(() => [CaseEscalationView]) escalations!: CaseEscalationView[];
  @Field(() => [CaseMeetingRef]) meetings!: CaseMeetingRef[];
  @Field(() => [ContributionView]) contributions!: ContributionView[];
  @Field(() => [Withheld], { description: 'Contributions that exist but are withheld from you, counted per category and reason' })
  contributionsWithheld!: Withheld[];
  @Field(() => [DecisionView]) decisions!: DecisionView[];
  @Field(() => [Withheld]) decisionsWithheld!: Withheld[];
  @Field(() => [ActionItemView]) actionItems!: ActionItemView[];
  @Field(() => [Withheld]) actionItemsWithheld!: Withheld[];
  @Field(() => String, { nullable: true }) refusalReason!: string | null;
  @Field(() => String, { nullable: true }) closingReason!: string | null;
  @Field(() => String, { nullable: true }) outcome!: string | null;
  @Field(() => ClosingOutcome, { nullable: true, description: 'How the case ended (fixed list), while closed' }) closingOutcome!: ClosingOutcome | null;
  @Field(() => String, { nullable: true, description: 'The listed outcome in Dutch' }) closingOutcomeLabel!: string | null;
  @Field(() => [CaseHandoverView], { description: 'Every hand-over to another table, oldest first' }) handovers!: CaseHandoverView[];
  @Field(() => Date, { nullable: true }) closedAt!: Date | null;
  @Field(() => [CaseClosingView], { description: 'Every closing so far, oldest first, including those undone by reopening' }) closings!: CaseClosingView[];
  @Field(() => CaseAccessInfo) yourAccess!: CaseAccessInfo;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'A case in a list: no personal data' })
export class CaseSummary {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field(() => CaseState) state!: CaseState;
  @Field(() => RiskLevel) riskLevel!: RiskLevel;
  @Field(() => ID) caseTableId!: string;
  @Field(() => [Discipline]) participatingDisciplines!: Discipline[];
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
}

@ObjectType({ description: 'A page of the cases you may see; total counts only those' })
export class CasePage {
  @Field(() => [CaseSummary]) items!: CaseSummary[];
  @Field(() => Int) total!: number;
}

@ObjectType()
export class RegisteredCase {
  @Field(() => ID) id!: string;
  @Field() reference!: string;
  @Field(() => CaseState) state!: CaseState;
}

@ObjectType('CaseTimelineEntry', { description: 'One event of a case, minimised like the rest' })
export class CaseTimelineEntry {
  @Field() occurredAt!: Date;
  @Field(() => CaseEventKind) kind!: CaseEventKind;
  @Field(() => CaseActor, { nullable: true }) actor!: CaseActor | null;
  @Field() description!: string;
  @Field() descriptionNl!: string;
  @Field(() => ContributionView, { nullable: true }) contribution!: ContributionView | null;
  @Field(() => DecisionView, { nullable: true }) decision!: DecisionView | null;
  @Field(() => ActionItemView, { nullable: true }) actionItem!: ActionItemView | null;
  @Field(() => Withheld, { nullable: true, description: 'Set when the entry’s content is withheld from you' }) withheld!: Withheld | null;
}
