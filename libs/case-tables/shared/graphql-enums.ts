import { registerEnumType } from '@nestjs/graphql';
import { CaseEventKind } from '../cases/entities/case-event.entity';
import { CaseSubjectRole, ESCALATION_STATUS_LABEL, EscalationStatus } from '../cases/entities/case-links.entity';
import { CaseState, RiskLevel } from '../cases/entities/case.entity';
import { ActionItemStatus } from '../content/entities/action-item.entity';
import { ContributionVisibility } from '../content/entities/contribution.entity';
import { AdmissionCriterion, LegalGround, NotInformedReason } from '../legal-basis/legal-basis-vocabulary';
import { MeetingState } from '../meetings/entities/meeting.entity';
import { TableRole } from '../tables/entities/case-table-member.entity';
import { CaseTableKind } from '../tables/entities/case-table.entity';

registerEnumType(CaseTableKind, { name: 'CaseTableKind', description: 'SOCIAAL (small triangle), DOMEINOVERSTIJGEND (big triangle), ZORG_EN_VEILIGHEID' });
registerEnumType(TableRole, { name: 'TableRole', description: 'Role at a case table; GUEST is invited per agenda item' });
registerEnumType(CaseState, { name: 'CaseState' });
registerEnumType(RiskLevel, { name: 'RiskLevel' });
registerEnumType(CaseSubjectRole, { name: 'CaseSubjectRole', description: 'How a subject takes part in a case' });
registerEnumType(ContributionVisibility, { name: 'ContributionVisibility', description: 'Who besides the author may read a contribution' });
registerEnumType(ActionItemStatus, { name: 'ActionItemStatus' });
registerEnumType(MeetingState, { name: 'MeetingState' });
registerEnumType(CaseEventKind, { name: 'CaseEventKind' });
registerEnumType(LegalGround, { name: 'LegalGround', description: 'The ground a case is processed on: TOESTEMMING (consent), WGS, CONVENANT (covenant article), SECTORWET' });
registerEnumType(NotInformedReason, { name: 'NotInformedReason', description: 'Why the person was not informed: safety, an ongoing investigation, protecting the reporter' });
registerEnumType(AdmissionCriterion, { name: 'AdmissionCriterion', description: 'Admission criteria of a Zorg- en Veiligheidshuis' });
registerEnumType(EscalationStatus, {
  name: 'EscalationStatus',
  description: 'Where an escalation (doorzettingsmacht) stands; statusLabel gives the Dutch wording',
  valuesMap: Object.fromEntries(Object.entries(ESCALATION_STATUS_LABEL).map(([value, label]) => [value, { description: `${label.nl} (${label.en})` }])),
});
