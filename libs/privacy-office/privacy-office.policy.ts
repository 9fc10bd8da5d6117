import { PlatformRole } from '@vangrail/core';
import { allow, AppAbilityBuilder, DATA_CATEGORIES, PolicyRules, Purpose, RuleInput } from '@vangrail/privacy';
import { SUBJECT } from '@vangrail/subjects';
import { DataSubjectRequest, DataSubjectRequestState } from './requests/data-subject-request.entity';
import { REQUEST_ARTICLE, requestReason } from './requests/request-articles';

export const AUDIT_EVENT = 'AuditEvent';
export const DATA_SUBJECT_REQUEST = 'DataSubjectRequest';

/**
 * The privacy officer's rules:
 * - PRIVACYTOEZICHT: the audit trail and the register of requests (metadata, pseudonymous keys, no content);
 * - INZAGEVERZOEK: requests are registered and answered, and a person is readable only while an
 *   open request is about them; each such read names the request (declared basis).
 */
export class PrivacyOfficeRules implements PolicyRules {
  async contribute(builder: AppAbilityBuilder, { user, purpose, manager, declareBasis }: RuleInput): Promise<void> {
    if (!user.roles.includes(PlatformRole.PRIVACY_OFFICER)) return;
    if (purpose === Purpose.PRIVACYTOEZICHT) {
      allow(builder, 'read', AUDIT_EVENT, undefined);
      allow(builder, 'read', DATA_SUBJECT_REQUEST, undefined);
      return;
    }
    if (purpose !== Purpose.INZAGEVERZOEK) return;
    allow(builder, 'read', DATA_SUBJECT_REQUEST, undefined);
    allow(builder, 'create', DATA_SUBJECT_REQUEST, undefined);
    allow(builder, 'update', DATA_SUBJECT_REQUEST, undefined);
    const open = await manager
      .createQueryBuilder(DataSubjectRequest, 'r')
      .where('r.state = :state AND r.subject_id IS NOT NULL', { state: DataSubjectRequestState.OPEN })
      .orderBy('r.received_on', 'DESC')
      .getMany();
    if (open.length === 0) return;
    // Oldest last, so a person with several open requests is read under the oldest one.
    for (const request of open) declareBasis(request.subjectId!, { legalBasis: REQUEST_ARTICLE[request.kind], reason: requestReason(request.reference) });
    allow(builder, 'read', SUBJECT, [...DATA_CATEGORIES], { id: { $in: [...new Set(open.map((r) => r.subjectId!))] } });
  }
}
