import { Injectable, Logger } from '@nestjs/common';
import { RequestContext, TenantTransactions, VangrailError } from '@vangrail/core';
import { AuditOutcome } from '../audit/audit-event.entity';
import { appendAuditEvents } from '../audit/audit-trail';
import { parsePurpose, Purpose, PURPOSE_ROLES } from '../purpose';
import { AbilityFactory } from './ability.factory';
import { auditEntryFor, GovernedContext } from './governed-context';
import type { GovernedPolicy } from './policy.decorator';

/** Refusals that are recorded as DENIED in the audit trail (the attempt itself is a processing). */
const DENIAL_CODES = new Set(['FORBIDDEN', 'NOT_FOUND', 'PURPOSE_REQUIRED', 'PURPOSE_NOT_PERMITTED', 'RESTRICTED']);

/**
 * The one governed path to personal data (DOMAIN.md §7):
 * purpose check → transaction with the tenant set → ability built once → the work (which loads
 * with SQL filters from the ability and records what it processed) → audit events written in the
 * same transaction. If the audit write fails, the transaction and therefore the read fail.
 */
@Injectable()
export class Governance {
  private readonly logger = new Logger(Governance.name);

  constructor(
    private readonly transactions: TenantTransactions,
    private readonly abilities: AbilityFactory,
  ) {}

  async execute<T>(request: RequestContext, policy: GovernedPolicy, work: () => Promise<T>): Promise<T> {
    const user = request.signedIn;
    let purpose: Purpose | undefined;
    try {
      purpose = this.checkPurpose(request, policy);
      const checkedPurpose = purpose;
      return await this.transactions.run(user.tenantId, async (manager) => {
        const ability = await this.abilities.build({ user, purpose: checkedPurpose, manager });
        const ctx = new GovernedContext(request, user, checkedPurpose, policy, ability, manager);
        const result = await GovernedContext.runWith(ctx, work);
        // A search that found nothing is still a processing of the question: it is recorded too.
        if (ctx.recorded().length === 0) ctx.record({ reason: 'no records matched' });
        await appendAuditEvents(manager, user.tenantId, ctx.recorded());
        return result;
      });
    } catch (error) {
      if (error instanceof VangrailError && DENIAL_CODES.has(error.code)) {
        await this.recordDenial(request, policy, purpose, error);
      }
      throw error;
    }
  }

  /** Throws PURPOSE_REQUIRED / PURPOSE_NOT_PERMITTED (recorded as DENIED by execute) or returns the purpose. */
  private checkPurpose(request: RequestContext, policy: GovernedPolicy): Purpose {
    const user = request.signedIn;
    const declared = request.declaredPurpose;
    if (!declared) {
      throw new VangrailError(
          'PURPOSE_REQUIRED',
          `Declare why you need this data: send the X-Purpose header with one of ${policy.purposes.join(', ')}`,
          `Geef aan waarom u deze gegevens nodig heeft: stuur de X-Purpose-header met een van ${policy.purposes.join(', ')}`,
          { allowedPurposes: policy.purposes },
      );
    }
    const purpose = parsePurpose(declared);
    const roleAllows = purpose !== undefined && PURPOSE_ROLES[purpose].some((role) => user.roles.includes(role));
    if (!purpose || !policy.purposes.includes(purpose) || !roleAllows) {
      const why = !purpose
        ? `"${declared}" is not a known purpose`
        : !roleAllows
          ? `your role (${user.roles.join(', ') || 'none'}) may not process data for ${purpose}`
          : `${policy.resource} data may not be processed for ${purpose}; allowed: ${policy.purposes.join(', ')}`;
      const waarom = !purpose
        ? `"${declared}" is geen bekend doel`
        : !roleAllows
          ? `uw rol (${user.roles.join(', ') || 'geen'}) mag geen gegevens verwerken voor ${purpose}`
          : `${policy.resource}-gegevens mogen niet worden verwerkt voor ${purpose}; toegestaan: ${policy.purposes.join(', ')}`;
      throw new VangrailError('PURPOSE_NOT_PERMITTED', `Purpose not permitted: ${why}`, `Doel niet toegestaan: ${waarom}`, {
        allowedPurposes: policy.purposes,
      });
    }
    return purpose;
  }

  private async recordDenial(request: RequestContext, policy: GovernedPolicy, purpose: Purpose | undefined, error: VangrailError): Promise<void> {
    const user = request.signedIn;
    const resourceId = typeof error.extensions.resourceId === 'string' ? error.extensions.resourceId : null;
    const entry = auditEntryFor(request, user, purpose, policy, {
      outcome: AuditOutcome.DENIED,
      resourceId,
      reason: `${error.code}: ${error.message}`,
    });
    try {
      await this.transactions.run(user.tenantId, (manager) => appendAuditEvents(manager, user.tenantId, [entry]));
    } catch (auditError) {
      // Fail closed: a refusal we cannot record is reported as an internal error, not silently passed.
      this.logger.error({ err: (auditError as Error).message, requestId: request.requestId }, 'audit write for a denial failed');
      throw new VangrailError('INTERNAL', 'The request could not be recorded and was not processed', 'Het verzoek kon niet worden vastgelegd en is niet verwerkt');
    }
  }
}
