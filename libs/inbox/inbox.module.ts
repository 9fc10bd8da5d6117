import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@vangrail/privacy';
import { CaseTablesModule } from '@vangrail/case-tables';
import { SubjectsModule } from '@vangrail/subjects';
import { InboxResolver } from './inbox.resolver';
import { InboxService } from './inbox.service';
import { InboxRules } from './inbox.policy';
import { TriageService } from './triage/triage.service';

@Module({
  imports: [SubjectsModule, CaseTablesModule],
  providers: [InboxService, TriageService, InboxResolver],
  exports: [InboxService, TriageService],
})
export class InboxModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(new InboxRules());
  }
}
