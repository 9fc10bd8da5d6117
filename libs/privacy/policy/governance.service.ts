import { Injectable, Logger } from '@nestjs/common';
import { Label, labelOf, PLATFORM_ROLE_LABEL, PlatformRole, RequestContext, TenantTransactions, VangrailError, wordList } from '@vangrail/core';
import { AuditOutcome } from '../audit/audit-event.entity';
import { appendAuditEvents, AuditEntry } from '../audit/audit-trail';
import { parsePurpose, Purpose, PURPOSE_LABEL, PURPOSE_ROLES } from '../purpose';
import { AbilityFactory } from './ability.factory';
import { auditEntryFor, GovernedContext } from './governed-context';
import { FieldFailure, GovernedOperation, keysFromArguments, refusalKeys, returnsRecords } from './governed-operation';
import type { GovernedPolicy } from './policy.decorator';

/** Refusals that are recorded as DENIED in the audit trail (the attempt itself is a processing). */
const DENIAL_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'PURPOSE_REQUIRED', 'PURPOSE_NOT_PERMITTED', 'RESTRICTED', 'RATE_LIMITED']);

/** How a GraphQL operation's governed scope ended; the API turns this into the answer it sends. */
export type OperationVerdict =
  /** No governed field ran. */
  | 'none'
  /** Every governed field succeeded; the work and its audit events are committed. */
  | 'committed'
  /** A governed field failed: nothing was committed, the failure and what was read are recorded. */
  | 'rolled-back'
  /** The audit trail could not be written: nothing may be returned. */
  | 'unrecorded';

/**
 * The one governed path to personal data (DOMAIN.md §7), per GraphQL operation:
 * purpose check per field → one transaction with the tenant set and one ability for the whole
 * operation → the work (which loads with SQL filters from the ability and records what it
 * processed) → when the operation ends, its audit batch in the same transaction, then commit.
 * If any governed field fails, the transaction rolls back and the failure (DENIED or ERROR, with
 * the resource and subjects it was about and what had been read) is recorded in a transaction of
 * its own. If the audit write fails, the operation answers INTERNAL and returns no data.
 */
@Injectable()
export class Governance {
  private readonly logger = new Logger(Governance.name);
  private readonly operations = new WeakMap<RequestContext, GovernedOperation>();

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly abilities: AbilityFactory,
  ) {}

  /** Runs one governed field inside its operation's scope; `args` are the field's arguments. */
  async execute<T>(request: RequestContext, policy: GovernedPolicy, args: unknown, work: () => Promise<T>): Promise<T> {
    const user = request.signedIn;
    const operation = this.operationOf(request);
    let purpose: Purpose | undefined;
    let ctx: GovernedContext | undefined;
    try {
      purpose = this.checkPurpose(request, policy);
      const { manager, ability } = await operation.scope();
      ctx = new GovernedContext(request, user, purpose, policy, ability, manager);
      const result = await GovernedContext.runWith(ctx, work);
      if (ctx.recorded().length === 0) {
        if (returnsRecords(result)) {
          this.logger.error({ requestId: request.requestId, resource: policy.resource }, 'a governed operation returned records without recording them; refused');
          throw new VangrailError('INTERNAL', 'The request could not be recorded and was not processed', 'Het verzoek kon niet worden vastgelegd en is niet verwerkt');
        }
        // A search that found nothing is still a processing of the question: it is recorded too.
        ctx.record({ reason: 'no records matched' });
      }
      operation.accept(ctx.recorded());
      return result;
    } catch (error) {
      operation.fail({ error, policy, purpose, keys: refusalKeys(error, keysFromArguments(args)), readBefore: ctx?.recorded() ?? [] });
      throw error;
    }
  }

  /**
   * Ends the operation's governed scope (called once per GraphQL request, before the answer is
   * sent): commits the work with its audit batch, or rolls back and records what failed.
   */
  async finish(request: RequestContext): Promise<OperationVerdict> {
    const operation = this.operations.get(request);
    if (!operation) return 'none';
    this.operations.delete(request);
    const transaction = await operation.transaction();
    const user = request.signedIn;
    if (operation.failed.length === 0 && transaction) {
      try {
        await appendAuditEvents(transaction.manager, user.tenantId, [...operation.recorded]);
        await transaction.commit();
        return 'committed';
      } catch (error) {
        this.logger.error({ err: (error as Error).name, requestId: request.requestId }, 'audit write for a governed operation failed; rolled back');
        await transaction.rollback().catch(() => undefined);
        return 'unrecorded';
      }
    }
    await transaction?.rollback().catch(() => undefined);
    try {
      await this.transactions.run(user.tenantId, (manager) => appendAuditEvents(manager, user.tenantId, this.failureEntries(request, operation)));
      return 'rolled-back';
    } catch (auditError) {
      // Fail closed: a refusal or error we cannot record is reported as an internal error, not silently passed.
      this.logger.error({ err: (auditError as Error).name, requestId: request.requestId }, 'audit write for a failed governed operation failed');
      return 'unrecorded';
    }
  }

  private operationOf(request: RequestContext): GovernedOperation {
    let operation = this.operations.get(request);
    if (!operation) {
      const user = request.signedIn;
      operation = new GovernedOperation(async () => {
        const transaction = await this.transactions.open(user.tenantId);
        try {
          // The purpose is one per request (X-Purpose), checked per field before the scope opens.
          const purpose = parsePurpose(request.declaredPurpose ?? '') as Purpose;
          return { transaction, ability: await this.abilities.build({ user, purpose, manager: transaction.manager }) };
        } catch (error) {
          await transaction.rollback().catch(() => undefined);
          throw error;
        }
      });
      this.operations.set(request, operation);
    }
    return operation;
  }

  /**
   * What a failed operation leaves in the trail: each failure as DENIED (a refusal) or ERROR, with
   * the resource and subjects it was about; and every read before it as ERROR (read, not returned).
   */
  private failureEntries(request: RequestContext, operation: GovernedOperation): AuditEntry[] {
    const user = request.signedIn;
    const codes = operation.failed.map((failure) => codeOf(failure.error));
    const entries = operation.failed.map((failure: FieldFailure) => {
      const code = codeOf(failure.error);
      const denied = DENIAL_CODES.has(code);
      const message = failure.error instanceof VangrailError ? failure.error.message : 'unexpected error (see the API log by request id)';
      return auditEntryFor(request, user, failure.purpose, failure.policy, {
        outcome: denied ? AuditOutcome.DENIED : AuditOutcome.ERROR,
        resourceId: failure.keys.resourceId ?? null,
        subjectKeys: failure.keys.subjectKeys ?? [],
        reason: `${code}: ${message}`,
      });
    });
    const read = [...operation.recorded, ...operation.failed.flatMap((failure) => failure.readBefore)];
    for (const entry of read) {
      entries.push({ ...entry, outcome: AuditOutcome.ERROR, reason: `read, then not returned: the operation failed (${[...new Set(codes)].join(', ')})` });
    }
    return entries;
  }

  /** Throws PURPOSE_REQUIRED / PURPOSE_NOT_PERMITTED (recorded as DENIED) or returns the purpose. */
  private checkPurpose(request: RequestContext, policy: GovernedPolicy): Purpose {
    const user = request.signedIn;
    const declared = request.declaredPurpose;
    if (!declared) {
      const allowed = wordList(policy.purposes.map((p) => PURPOSE_LABEL[p]));
      throw new VangrailError(
        'PURPOSE_REQUIRED',
        `Say why you need this data (the X-Purpose header): ${allowed.en}`,
        `Geef aan waarom u deze gegevens nodig heeft (de X-Purpose-header): ${allowed.nl}`,
        { allowedPurposes: policy.purposes },
      );
    }
    const purpose = parsePurpose(declared);
    const roleAllows = purpose !== undefined && PURPOSE_ROLES[purpose].some((role) => user.roles.includes(role));
    if (!purpose || !policy.purposes.includes(purpose) || !roleAllows) {
      const { en: why, nl: waarom } = purposeRefusal(declared, purpose, roleAllows, user.roles, policy);
      throw new VangrailError('PURPOSE_NOT_PERMITTED', `Purpose not permitted: ${why}`, `Doel niet toegestaan: ${waarom}`, {
        allowedPurposes: policy.purposes,
      });
    }
    return purpose;
  }
}

/** Why a declared purpose is refused, in the words of the purposes, roles and records involved. */
function purposeRefusal(declared: string, purpose: Purpose | undefined, roleAllows: boolean, roles: readonly PlatformRole[], policy: GovernedPolicy): Label {
  if (!purpose) return { en: `"${declared.slice(0, 40)}" is not a known purpose`, nl: `"${declared.slice(0, 40)}" is geen bekend doel` };
  const asked = PURPOSE_LABEL[purpose];
  if (!roleAllows) {
    const yours = wordList(roles.map((role) => labelOf(PLATFORM_ROLE_LABEL, role)));
    return { en: `your role (${yours.en || 'none'}) may not process data for ${asked.en}`, nl: `uw rol (${yours.nl || 'geen'}) mag geen gegevens verwerken voor ${asked.nl}` };
  }
  const record = labelOf(RESOURCE_LABEL, policy.resource);
  const allowed = wordList(policy.purposes.map((p) => PURPOSE_LABEL[p]));
  return {
    en: `${record.en} may not be processed for ${asked.en}; allowed: ${allowed.en}`,
    nl: `${record.nl} mogen niet worden verwerkt voor ${asked.nl}; toegestaan: ${allowed.nl}`,
  };
}

/** The records a governed policy protects, as a refusal names them. */
const RESOURCE_LABEL: Readonly<Record<string, Label>> = {
  Subject: { nl: 'gegevens van betrokkenen', en: 'data about people and addresses' },
  Signal: { nl: 'signalen', en: 'signals' },
  Delivery: { nl: 'doorgezette signalen', en: 'signal deliveries' },
  Case: { nl: 'casussen', en: 'cases' },
  CaseTable: { nl: 'casustafels', en: 'case tables' },
  Meeting: { nl: 'overleggen', en: 'meetings' },
  AuditEvent: { nl: 'de audittrail', en: 'the audit trail' },
  SubjectAccessReport: { nl: 'inzageoverzichten', en: 'access reports' },
  DataSubjectRequest: { nl: 'verzoeken van betrokkenen', en: 'data-subject requests' },
  EmergencyAccess: { nl: 'noodtoegangen', en: 'emergency accesses' },
  RoutingRule: { nl: 'routeringsregels', en: 'routing rules' },
  DeadLetter: { nl: 'niet-afgeleverde taken', en: 'undelivered jobs' },
  CaseTableMember: { nl: 'leden van casustafels', en: 'case-table members' },
  Decision: { nl: 'besluiten', en: 'decisions' },
  ActionItem: { nl: 'actiepunten', en: 'action items' },
  Contribution: { nl: 'inbreng', en: 'contributions' },
  KnownElsewhere: { nl: 'bekend-elders-bevragingen', en: 'known-elsewhere lookups' },
};

function codeOf(error: unknown): string {
  return error instanceof VangrailError ? error.code : 'INTERNAL';
}
