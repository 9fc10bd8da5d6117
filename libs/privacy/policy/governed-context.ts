import { AsyncLocalStorage } from 'node:async_hooks';
import { permittedFieldsOf } from '@casl/ability/extra';
import type { EntityManager } from 'typeorm';
import type { AuthenticatedUser, RequestContext } from '@vangrail/core';
import { AuditAction, AuditOutcome } from '../audit/audit-event.entity';
import type { AuditEntry } from '../audit/audit-trail';
import { DATA_CATEGORIES, DataCategory } from '../data-category';
import { Purpose, PROCESSING_ACTIVITY } from '../purpose';
import type { Action, AppAbility } from './ability';
import { accessBasesOf, restrictedSubjectsOf } from './ability.factory';
import { restrictedRefusal, RESTRICTION_EXEMPT_PURPOSES } from './restriction';
import type { GovernedPolicy } from './policy.decorator';
import { abilityToSql, SqlFilter, SqlMapping } from './sql-filter';

export interface AccessRecord {
  resourceId?: string | null;
  subjectKeys?: string[];
  dataCategories?: DataCategory[];
  /** Defaults to the operation's declared action and resource. */
  action?: AuditAction;
  resourceType?: string;
  outcome?: AuditOutcome;
  reason?: string;
  legalBasis?: string;
  /**
   * Why this processing may go on although it names a restricted person (AVG art. 18(1): storage,
   * or telling a reporter their signal is held, without content). Without it such a record is refused.
   */
  despiteRestriction?: string;
}

const storage = new AsyncLocalStorage<GovernedContext>();

/**
 * What a service sees while it runs on the governed path: the caller, the checked purpose, the
 * request's ability, the transaction (tenant set) and the audit events it must leave behind.
 * It exists only inside Governance.execute, so holding one proves the path was taken.
 */
export class GovernedContext {
  private readonly entries: AuditEntry[] = [];

  constructor(
    readonly request: RequestContext,
    readonly user: AuthenticatedUser,
    readonly purpose: Purpose,
    readonly policy: GovernedPolicy,
    readonly ability: AppAbility,
    readonly manager: EntityManager,
  ) {}

  static current(): GovernedContext | undefined {
    return storage.getStore();
  }

  static runWith<T>(ctx: GovernedContext, work: () => Promise<T>): Promise<T> {
    return storage.run(ctx, work);
  }

  get tenantId(): string {
    return this.user.tenantId;
  }

  /** SQL WHERE clause derived from the same rules that govern single reads. */
  filter(type: string, mapping: SqlMapping, action: Action = 'read', prefix = 'acl'): SqlFilter {
    return abilityToSql(this.ability, action, type, mapping, prefix);
  }

  /** Data categories of `type` the caller may see under this purpose (CASL fields). */
  visibleCategories(type: string, action: Action = 'read'): Set<DataCategory> {
    const fields = permittedFieldsOf(this.ability, action, type, { fieldsFrom: (rule) => rule.fields ?? DATA_CATEGORIES });
    return new Set(fields as DataCategory[]);
  }

  /**
   * Which of these subjects are under restriction (AVG art. 18) for this caller: none for the
   * privacy office, whose work on the request goes on.
   */
  restricted(subjectKeys: readonly string[]): string[] {
    if (RESTRICTION_EXEMPT_PURPOSES.has(this.purpose)) return [];
    const restricted = restrictedSubjectsOf(this.ability);
    return subjectKeys.filter((key) => restricted.has(key));
  }

  /**
   * Records one processing; written to the audit trail in this transaction, before commit.
   * Fails closed: a processing that names a restricted person is refused (RESTRICTED) unless it
   * states why it may go on (`despiteRestriction`).
   */
  record(access: AccessRecord): void {
    const restricted = this.restricted(access.subjectKeys ?? []);
    if (restricted.length && !access.despiteRestriction) throw restrictedRefusal(restricted, access.resourceId);
    const { despiteRestriction, ...rest } = access;
    const recorded = despiteRestriction && restricted.length ? { ...rest, reason: rest.reason ? `${rest.reason}; ${despiteRestriction}` : despiteRestriction } : rest;
    this.entries.push(auditEntryFor(this.request, this.user, this.purpose, this.policy, this.withBasis(recorded)));
  }

  /**
   * An access the rules allowed because of a declared basis (request, grant) names it: the basis's
   * legal ground replaces the record's own (the table's covenant does not cover an emergency read),
   * and its reason is added to the record's.
   */
  private withBasis(access: AccessRecord): AccessRecord {
    const bases = accessBasesOf(this.ability);
    if (bases.size === 0) return access;
    const keys = [access.resourceId, ...(access.subjectKeys ?? [])].filter((key): key is string => !!key);
    const basis = keys.map((key) => bases.get(key)).find((found) => found !== undefined);
    if (!basis) return access;
    return { ...access, legalBasis: basis.legalBasis, reason: !access.reason ? basis.reason : access.reason.includes(basis.reason) ? access.reason : `${access.reason}; ${basis.reason}` };
  }

  recorded(): AuditEntry[] {
    return this.entries;
  }
}

/** One place that turns (request, user, purpose, operation) into an audit entry, for grants and denials alike. */
export function auditEntryFor(
  request: RequestContext,
  user: AuthenticatedUser,
  purpose: Purpose | undefined,
  policy: GovernedPolicy,
  access: AccessRecord,
): AuditEntry {
  return {
    userId: user.id,
    username: user.username,
    discipline: user.discipline,
    role: user.roles.join(','),
    action: access.action ?? policy.action,
    outcome: access.outcome ?? AuditOutcome.ALLOWED,
    resourceType: access.resourceType ?? policy.resource,
    resourceId: access.resourceId ?? null,
    subjectKeys: access.subjectKeys ?? [],
    dataCategories: access.dataCategories ?? [],
    purpose: purpose ?? request.declaredPurpose ?? null,
    legalBasis: access.legalBasis ?? null,
    processingActivity: purpose ? PROCESSING_ACTIVITY[purpose] : null,
    emergencyAccess: purpose === Purpose.NOODTOEGANG,
    reason: access.reason ?? null,
    requestId: request.requestId,
    traceId: request.traceId ?? null,
    sourceAddress: request.sourceAddress ?? null,
  };
}
