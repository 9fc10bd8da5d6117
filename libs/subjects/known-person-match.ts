import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { Subject, SubjectType } from './entities/subject.entity';
import { SubjectRegistry } from './subject-registry';

/**
 * Naming a BSN that the registry already holds links the existing person, whose recorded facts the
 * caller may then see. That match is recorded as a LOOKUP, so registrations used as lookups show up
 * in the audit trail.
 */
export function recordKnownPersonMatches(ctx: GovernedContext, registry: SubjectRegistry, subjects: Subject[]): void {
  for (const subject of subjects) {
    if (subject.type !== SubjectType.PERSON || !registry.matchedExisting(subject)) continue;
    ctx.record({
      action: AuditAction.LOOKUP,
      resourceType: 'Subject',
      resourceId: subject.id,
      subjectKeys: [subject.id],
      reason: 'matched a person already in the subject registry (BSN blind index)',
    });
  }
}
