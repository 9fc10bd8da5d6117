import { AnomalyFinding } from './anomalies/anomaly-finding.entity';
import { EmergencyAccessGrant } from './emergency/emergency-access-grant.entity';
import { DataSubjectRequest } from './requests/data-subject-request.entity';
import { SubjectRestriction } from './restriction/subject-restriction.entity';

/** Every entity of the privacy office, for the composition root's data source. */
export const PRIVACY_OFFICE_ENTITIES = [DataSubjectRequest, EmergencyAccessGrant, SubjectRestriction, AnomalyFinding];
