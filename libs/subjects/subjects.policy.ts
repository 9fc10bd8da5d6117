import { PlatformRole } from '@vangrail/core';
import { allow, AppAbilityBuilder, DataCategory, DEFAULT_VISIBILITY, PolicyRules, Purpose, restrictedSubjectIds, RESTRICTION_EXEMPT_PURPOSES, RuleInput, SqlMapping } from '@vangrail/privacy';
import { SubjectLinkKind } from './entities/subject-link.entity';

export const SUBJECT = 'Subject';

/** Subject condition fields → SQL: own columns and the subject_link relation. */
export const SUBJECT_SQL: SqlMapping = {
  alias: 's',
  columns: { id: 'id', type: 'type' },
  relations: {
    links: {
      table: 'subject_link',
      alias: 'l',
      join: 'l.tenant_id = s.tenant_id AND l.subject_id = s.id AND l.active',
      columns: { kind: 'kind', userId: 'user_id', discipline: 'discipline', caseTableId: 'case_table_id' },
    },
  },
};

/**
 * Who may read which subject, and which data categories of it, per purpose (DOMAIN.md §7).
 * Fields are data categories: a discipline sees the categories of its default visibility.
 */
export class SubjectRules implements PolicyRules {
  async contribute(builder: AppAbilityBuilder, { user, purpose, manager, declareRestricted }: RuleInput): Promise<void> {
    // Art. 18: the (few) restricted persons of the tenant, so every record naming them is refused (partial index).
    if (!RESTRICTION_EXEMPT_PURPOSES.has(purpose)) {
      declareRestricted(await restrictedSubjectIds(manager, user.tenantId));
    }
    const visible = user.discipline ? [...DEFAULT_VISIBILITY[user.discipline]] : [];
    switch (purpose) {
      case Purpose.SIGNALERING:
        // Flagging a signal must not turn into a BSN lookup: the reporter sees where, not the
        // registry's facts about who (which other disciplines may have entered).
        allow(builder, 'read', SUBJECT, [DataCategory.ADRES], { 'links.kind': SubjectLinkKind.REPORTED, 'links.userId': user.id });
        break;
      case Purpose.SIGNAALBEOORDELING:
        if (user.discipline) allow(builder, 'read', SUBJECT, visible, { 'links.kind': SubjectLinkKind.DELIVERY, 'links.discipline': user.discipline });
        break;
      case Purpose.RECHTMATIGHEIDSONDERZOEK:
      case Purpose.HANDHAVING:
        if (user.discipline && user.roles.includes(PlatformRole.INSPECTOR)) {
          allow(builder, 'read', SUBJECT, visible, { 'links.kind': SubjectLinkKind.ACCEPTED_DELIVERY, 'links.discipline': user.discipline });
        }
        break;
      // INZAGEVERZOEK: only the person of an open data-subject request (libs/privacy-office rules).
      default:
        break;
    }
  }
}
