import { Module, OnModuleInit } from '@nestjs/common';
import { AbilityFactory } from '@vangrail/privacy';
import { SubjectsModule } from '@vangrail/subjects';
import { AccessReportReader } from './access-report/access-report.reader';
import { AccessReportResolver } from './access-report/access-report.resolver';
import { AccessReportService } from './access-report/access-report.service';
import { AccessAnomaliesResolver } from './anomalies/access-anomalies.resolver';
import { AccessAnomaliesService } from './anomalies/access-anomalies.service';
import { AuditSearch } from './audit/audit-search';
import { AuditTrailResolver } from './audit/audit-trail.resolver';
import { AuditTrailService } from './audit/audit-trail.service';
import { EraseSubject } from './erasure/erase-subject.use-case';
import { ErasureResolver } from './erasure/erasure.resolver';
import { EmergencyAccessResolver } from './emergency/emergency-access.resolver';
import { EmergencyAccessService } from './emergency/emergency-access.service';
import { PrivacyClock } from './privacy-clock';
import { PrivacyOfficeRules } from './privacy-office.policy';
import { DataSubjectRequestsResolver } from './requests/data-subject-requests.resolver';
import { DataSubjectRequestsService } from './requests/data-subject-requests.service';
import { LiftRestriction } from './restriction/lift-restriction.use-case';
import { RestrictSubject } from './restriction/restrict-subject.use-case';
import { RestrictionResolver } from './restriction/restriction.resolver';

@Module({
  imports: [SubjectsModule],
  providers: [PrivacyClock, AuditSearch, AuditTrailService, AuditTrailResolver, DataSubjectRequestsService, DataSubjectRequestsResolver, AccessReportReader, AccessReportService, AccessReportResolver, EmergencyAccessService, EmergencyAccessResolver, RestrictSubject, LiftRestriction, RestrictionResolver, EraseSubject, ErasureResolver, AccessAnomaliesService, AccessAnomaliesResolver],
  exports: [PrivacyClock],
})
export class PrivacyOfficeModule implements OnModuleInit {
  constructor(
    private readonly abilities: AbilityFactory,
    private readonly clock: PrivacyClock,
  ) {}

  onModuleInit(): void {
    this.abilities.register(new PrivacyOfficeRules(this.clock));
  }
}
