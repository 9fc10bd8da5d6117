import { PlatformRole } from '@vangrail/core';
import { EntityManager } from 'typeorm';
import { AuthenticatedUser } from '@vangrail/core';
import { allow, AppAbilityBuilder, DATA_CATEGORIES, DEFAULT_VISIBILITY, PolicyRules, Purpose, PROCESSING_ACTIVITY, RuleInput } from '@vangrail/privacy';
import { CASE } from '@vangrail/case-tables';
import { SUBJECT } from '@vangrail/subjects';
import { EmergencyAccessGrant, EmergencyResource } from './emergency/emergency-access-grant.entity';
import type { PrivacyClock } from './privacy-clock';
import { DataSubjectRequest, DataSubjectRequestState } from './requests/data-subject-request.entity';
import { REQUEST_ARTICLE, requestReason } from './requests/request-articles';

export const AUDIT_EVENT = 'AuditEvent';
export const DATA_SUBJECT_REQUEST = 'DataSubjectRequest';
export const EMERGENCY_ACCESS = 'EmergencyAccess';
export const ACCESS_ANOMALY = 'AccessAnomaly';

/**
 * The privacy officer's rules:
 * - PRIVACYTOEZICHT: the audit trail and the register of requests (metadata, pseudonymous keys, no content);
 * - INZAGEVERZOEK: requests are registered and answered, and a person is readable only while an
 *   open request is about them; each such read names the request (declared basis);
 * - NOODTOEGANG: a professional asks for a grant, and while it runs reads the granted case or
 *   subject (with the discipline's default categories), each read naming the grant; the officer
 *   reviews grants under PRIVACYTOEZICHT.
 */
export class PrivacyOfficeRules implements PolicyRules {
  constructor(private readonly clock: PrivacyClock) {}

  async contribute(builder: AppAbilityBuilder, input: RuleInput): Promise<void> {
    const { user, purpose, manager, declareBasis } = input;
    if (purpose === Purpose.NOODTOEGANG) return this.emergency(builder, input);
    if (!user.roles.includes(PlatformRole.PRIVACY_OFFICER)) return;
    if (purpose === Purpose.PRIVACYTOEZICHT) {
      allow(builder, 'read', AUDIT_EVENT, undefined);
      allow(builder, 'read', DATA_SUBJECT_REQUEST, undefined);
      allow(builder, 'read', EMERGENCY_ACCESS, undefined);
      allow(builder, 'update', EMERGENCY_ACCESS, undefined);
      allow(builder, 'read', ACCESS_ANOMALY, undefined);
      allow(builder, 'update', ACCESS_ANOMALY, undefined);
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

  private async emergency(builder: AppAbilityBuilder, { user, manager, declareBasis }: RuleInput): Promise<void> {
    if (!user.roles.includes(PlatformRole.PROFESSIONAL)) return;
    allow(builder, 'create', EMERGENCY_ACCESS, undefined);
    const grants = await activeGrants(manager, user, this.clock.now());
    if (grants.length === 0) return;
    const caseIds = grants.filter((g) => g.resourceType === EmergencyResource.CASE).map((g) => g.resourceId);
    const subjectIds = grants.filter((g) => g.resourceType === EmergencyResource.SUBJECT).map((g) => g.resourceId);
    const caseSubjects = caseIds.length
      ? ((await manager.query(`SELECT case_id, subject_id FROM case_subject WHERE case_id = ANY($1)`, [caseIds])) as { case_id: string; subject_id: string }[])
      : [];
    for (const grant of grants) {
      const basis = { legalBasis: PROCESSING_ACTIVITY[Purpose.NOODTOEGANG], reason: `emergency access grant ${grant.id} until ${grant.expiresAt.toISOString()}` };
      declareBasis(grant.resourceId, basis);
      for (const link of caseSubjects.filter((l) => l.case_id === grant.resourceId)) declareBasis(link.subject_id, basis);
    }
    if (caseIds.length) allow(builder, 'read', CASE, undefined, { id: { $in: caseIds } });
    const readable = [...new Set([...subjectIds, ...caseSubjects.map((l) => l.subject_id)])];
    const visible = user.discipline ? [...DEFAULT_VISIBILITY[user.discipline]] : [];
    if (readable.length && visible.length) allow(builder, 'read', SUBJECT, visible, { id: { $in: readable } });
  }
}

async function activeGrants(manager: EntityManager, user: AuthenticatedUser, now: Date): Promise<EmergencyAccessGrant[]> {
  return manager
    .createQueryBuilder(EmergencyAccessGrant, 'g')
    .where('g.user_id = :userId AND g.granted_at <= :now AND g.expires_at > :now', { userId: user.id, now })
    .getMany();
}
