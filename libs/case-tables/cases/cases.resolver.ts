import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ParseIdPipe } from '@vangrail/core';
import { AuditAction, GovCtx, Governed, GovernedContext, Purpose } from '@vangrail/privacy';
import { CASE } from '../case-tables.policy';
import { CaseList } from './case-list';
import { AddCaseParticipant, EscalateCase } from './case-participation.use-cases';
import { CaseReader } from './case-reader';
import { CaseTimeline } from './case-timeline';
import { AppointCaseDirector } from './appoint-case-director.use-case';
import { AddCaseParticipantInput, AppointCaseDirectorInput, CaseFilter, ChangeCaseDetailsInput, EscalateCaseInput, HandOverCaseInput, RegisterCaseInput, RemoveCaseParticipantInput, TransitionCaseInput } from './dto/case.inputs';
import { RemoveCaseParticipant } from './remove-case-participant.use-case';
import { HandOverCase } from './hand-over-case.use-case';
import { ChangeCaseDetails } from './change-case-details.use-case';
import { CaseEscalationView, CasePage, CaseSummary, CaseTimelineEntry, CaseView, RegisteredCase } from './dto/case.types';
import { RegisterCase } from './register-case.use-case';
import { TransitionCase } from './transition-case.use-case';

/**
 * Members discuss cases (CASUSOVERLEG); action-item owners see what their action needs (PLANUITVOERING);
 * a running emergency grant opens one case (NOODTOEGANG, rules in libs/privacy-office).
 */
const CASE_READ_PURPOSES = [Purpose.CASUSOVERLEG, Purpose.PLANUITVOERING, Purpose.NOODTOEGANG];
const CONSULTATION = [Purpose.CASUSOVERLEG];

@Resolver(() => CaseView)
export class CasesResolver {
  constructor(
    private readonly reader: CaseReader,
    private readonly list: CaseList,
    private readonly timeline: CaseTimeline,
    private readonly registerCaseUseCase: RegisterCase,
    private readonly transitionCaseUseCase: TransitionCase,
    private readonly addParticipant: AddCaseParticipant,
    private readonly escalate: EscalateCase,
    private readonly appointCaseDirectorUseCase: AppointCaseDirector,
    private readonly handOverCaseUseCase: HandOverCase,
    private readonly changeCaseDetailsUseCase: ChangeCaseDetails,
    private readonly removeParticipant: RemoveCaseParticipant,
  ) {}

  @Query(() => CaseView, { name: 'case', description: 'One case, minimised for your discipline, role and purpose' })
  @Governed({ resource: CASE, action: AuditAction.READ, purposes: CASE_READ_PURPOSES })
  findCase(@GovCtx() ctx: GovernedContext, @Args('id', { type: () => ID }, new ParseIdPipe()) id: string): Promise<CaseView> {
    return this.reader.read(ctx, id);
  }

  @Query(() => CasePage, { description: 'The cases you may see; counts include only those' })
  @Governed({ resource: CASE, action: AuditAction.SEARCH, purposes: CASE_READ_PURPOSES })
  cases(@GovCtx() ctx: GovernedContext, @Args('filter', { type: () => CaseFilter, nullable: true }) filter?: CaseFilter): Promise<CasePage> {
    return this.list.list(ctx, filter ?? Object.assign(new CaseFilter(), { limit: 50, offset: 0 }));
  }

  @Query(() => [CaseTimelineEntry], { description: 'Every event of a case in order, minimised like the case' })
  @Governed({ resource: CASE, action: AuditAction.READ, purposes: CASE_READ_PURPOSES })
  caseTimeline(@GovCtx() ctx: GovernedContext, @Args('caseId', { type: () => ID }, new ParseIdPipe('caseId')) caseId: string): Promise<CaseTimelineEntry[]> {
    return this.timeline.read(ctx, caseId);
  }

  @Mutation(() => RegisteredCase, { description: 'Register (aanmelden) a case at a table you sit at' })
  @Governed({ resource: CASE, action: AuditAction.CREATE, purposes: CONSULTATION })
  registerCase(@GovCtx() ctx: GovernedContext, @Args('input') input: RegisterCaseInput): Promise<RegisteredCase> {
    return this.registerCaseUseCase.execute(ctx, input);
  }

  @Mutation(() => CaseSummary, { description: 'Move a case to its next state; an illegal move names the allowed ones' })
  @Governed({ resource: CASE, action: AuditAction.UPDATE, purposes: CONSULTATION })
  transitionCase(@GovCtx() ctx: GovernedContext, @Args('input') input: TransitionCaseInput): Promise<CaseSummary> {
    return this.transitionCaseUseCase.execute(ctx, input);
  }

  @Mutation(() => CaseSummary, { description: 'Appoint or change the case director (casusregisseur): a chair or case director of the table' })
  @Governed({ resource: CASE, action: AuditAction.UPDATE, purposes: CONSULTATION })
  appointCaseDirector(@GovCtx() ctx: GovernedContext, @Args('input') input: AppointCaseDirectorInput): Promise<CaseSummary> {
    return this.appointCaseDirectorUseCase.execute(ctx, input);
  }

  @Mutation(() => CaseSummary, { description: 'Change the neutral title or the risk level of a case, with a reason (kept in the timeline)' })
  @Governed({ resource: CASE, action: AuditAction.UPDATE, purposes: CONSULTATION })
  changeCaseDetails(@GovCtx() ctx: GovernedContext, @Args('input') input: ChangeCaseDetailsInput): Promise<CaseSummary> {
    return this.changeCaseDetailsUseCase.execute(ctx, input);
  }

  @Mutation(() => CaseSummary, { description: 'Hand an open case over to another table, with a reason; the hand-over stays in the case history' })
  @Governed({ resource: CASE, action: AuditAction.UPDATE, purposes: CONSULTATION })
  handOverCase(@GovCtx() ctx: GovernedContext, @Args('input') input: HandOverCaseInput): Promise<CaseSummary> {
    return this.handOverCaseUseCase.execute(ctx, input);
  }

  @Mutation(() => CaseSummary)
  @Governed({ resource: CASE, action: AuditAction.UPDATE, purposes: CONSULTATION })
  addCaseParticipant(@GovCtx() ctx: GovernedContext, @Args('input') input: AddCaseParticipantInput): Promise<CaseSummary> {
    return this.addParticipant.execute(ctx, input);
  }

  @Mutation(() => CaseSummary, { description: 'A discipline stops taking part in a running case, with a reason; its members’ open action items must be reassigned first' })
  @Governed({ resource: CASE, action: AuditAction.UPDATE, purposes: CONSULTATION })
  removeCaseParticipant(@GovCtx() ctx: GovernedContext, @Args('input') input: RemoveCaseParticipantInput): Promise<CaseSummary> {
    return this.removeParticipant.execute(ctx, input);
  }

  @Mutation(() => CaseEscalationView, { description: 'Doorzettingsmacht: escalate with a reason and a target' })
  @Governed({ resource: CASE, action: AuditAction.UPDATE, purposes: CONSULTATION })
  escalateCase(@GovCtx() ctx: GovernedContext, @Args('input') input: EscalateCaseInput): Promise<CaseEscalationView> {
    return this.escalate.execute(ctx, input);
  }
}
