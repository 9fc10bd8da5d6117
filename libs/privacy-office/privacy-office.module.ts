import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@vangrail/privacy';
import { SubjectsModule } from '@vangrail/subjects';
import { AuditSearch } from './audit/audit-search';
import { AuditTrailResolver } from './audit/audit-trail.resolver';
import { AuditTrailService } from './audit/audit-trail.service';
import { PrivacyClock } from './privacy-clock';
import { PrivacyOfficeRules } from './privacy-office.policy';
import { DataSubjectRequestsResolver } from './requests/data-subject-requests.resolver';
import { DataSubjectRequestsService } from './requests/data-subject-requests.service';

@Module({
  imports: [SubjectsModule],
  providers: [PrivacyClock, AuditSearch, AuditTrailService, AuditTrailResolver, DataSubjectRequestsService, DataSubjectRequestsResolver],
  exports: [PrivacyClock],
})
export class PrivacyOfficeModule implements OnModuleInit {
  constructor(private readonly abilities: AbilityFactory) {}

  onModuleInit(): void {
    this.abilities.register(new PrivacyOfficeRules());
  }
}
