import { Inject, Module, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@vangrail/config';
import { AbilityFactory } from '@vangrail/privacy';
import { SubjectsModule } from '@vangrail/subjects';
import './shared/graphql-enums';
import { CaseAccess } from './access/case-access';
import { CaseTableRules } from './case-tables.policy';
import { CaseIntake } from './cases/case-intake';
import { CaseList } from './cases/case-list';
import { AddCaseParticipant, EscalateCase } from './cases/case-participation.use-cases';
import { AppointCaseDirector } from './cases/appoint-case-director.use-case';
import { HandOverCase } from './cases/hand-over-case.use-case';
import { ChangeCaseDetails } from './cases/change-case-details.use-case';
import { RemoveCaseParticipant } from './cases/remove-case-participant.use-case';
import { CaseReader } from './cases/case-reader';
import { CaseRegistrar } from './cases/case-registrar';
import { CaseTimeline } from './cases/case-timeline';
import { CasesResolver } from './cases/cases.resolver';
import { RegisterCase } from './cases/register-case.use-case';
import { TransitionCase } from './cases/transition-case.use-case';
import { CaseContent } from './content/case-content';
import { CaseLegalBasisReader } from './legal-basis/case-legal-basis.reader';
import { LegalBasisResolver } from './legal-basis/legal-basis.resolver';
import { RecordCaseLegalBasis } from './legal-basis/record-case-legal-basis.use-case';
import { CaseContentResolver } from './content/case-content.resolver';
import { Contributions } from './content/contributions.use-cases';
import { DecisionsAndActionItems } from './content/decisions-and-action-items.use-cases';
import { PostponeActionItem } from './content/postpone-action-item.use-case';
import { ReassignActionItems } from './content/reassign-action-items.use-case';
import { MeetingViews } from './meetings/meeting-views';
import { MeetingsResolver } from './meetings/meetings.resolver';
import { MeetingsService } from './meetings/meetings.service';
import { CaseTablesResolver } from './tables/case-tables.resolver';
import { CaseTablesService } from './tables/case-tables.service';

/** Case tables over GraphQL: tables and members, cases, meetings, contributions, decisions, action items. */
@Module({
  imports: [SubjectsModule],
  providers: [
    CaseAccess,
    CaseContent,
    CaseRegistrar,
    CaseIntake,
    CaseTablesService,
    CaseTablesResolver,
    CaseReader,
    CaseList,
    CaseTimeline,
    RegisterCase,
    TransitionCase,
    AddCaseParticipant,
    EscalateCase,
    AppointCaseDirector,
    HandOverCase,
    ChangeCaseDetails,
    RemoveCaseParticipant,
    CasesResolver,
    MeetingViews,
    MeetingsService,
    MeetingsResolver,
    Contributions,
    DecisionsAndActionItems,
    PostponeActionItem,
    ReassignActionItems,
    CaseContentResolver,
    CaseLegalBasisReader,
    RecordCaseLegalBasis,
    LegalBasisResolver,
  ],
  exports: [CaseIntake],
})
export class CaseTablesModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.abilities.register(new CaseTableRules({ daysBeforeMeeting: this.config.tuning.GUEST_ACCESS_DAYS_BEFORE_MEETING }));
  }
}
