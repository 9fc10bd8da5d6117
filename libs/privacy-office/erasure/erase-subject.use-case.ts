import { Injectable } from '@nestjs/common';
import { conflict } from '@vangrail/core';
import { AuditAction, erasePerson, GovernedContext } from '@vangrail/privacy';
import { SUBJECT, SubjectType } from '@vangrail/subjects';
import { PrivacyClock } from '../privacy-clock';
import { DataSubjectRequestKind } from '../requests/data-subject-request.entity';
import { DataSubjectRequestsService } from '../requests/data-subject-requests.service';
import { REQUEST_ARTICLE, requestReason } from '../requests/request-articles';
import { lockedSubject, requestFor } from '../restriction/restriction-request';
import { erasureScope } from './erasure-scope';
import { EraseSubjectInput, ErasureResult } from './erasure.types';

/**
 * AVG art. 17, in the request's one transaction: the person leaves the subject registry (and with it
 * the BSN and its blind index, so a lookup, knownElsewhere or a new signal with that BSN finds nobody),
 * with every signal naming them (descriptions, deliveries, decline reasons), every case about them
 * (contributions, decisions, action items, timeline, closings, hand-overs) and the notices pointing
 * there; from cases about others the person is unlinked. Refused, with nothing changed, while a sector
 * law obliges a discipline to keep a file (RETENTION_DUTIES). The audit trail is append-only and keeps
 * only the pseudonymous subject key.
 */
@Injectable()
export class EraseSubject {
  constructor(
    private readonly requests: DataSubjectRequestsService,
    private readonly clock: PrivacyClock,
  ) {}

  async execute(ctx: GovernedContext, input: EraseSubjectInput): Promise<ErasureResult> {
    const request = await requestFor(ctx, this.requests, input, DataSubjectRequestKind.WISSING);
    const { manager, tenantId } = ctx;
    const subject = await lockedSubject(ctx, request.subjectId);
    if (!subject) throw conflict(`The person of request ${request.reference} has already been erased`, `De persoon van verzoek ${request.reference} is al gewist`);
    if (subject.type !== SubjectType.PERSON) throw conflict('Only a person can be erased on a data-subject request', 'Alleen een persoon kan op verzoek van betrokkene worden gewist');
    const now = this.clock.now();
    const scope = await erasureScope(manager, tenantId, subject.id, now);
    if (scope.retained.length) {
      throw conflict(
        `Erasure is not possible now, because a legal retention duty applies (AVG art. 17(3)(b)): ${scope.retained.map((r) => r.en).join('; ')}. Nothing was erased`,
        `Wissen kan nu niet, want er geldt een wettelijke bewaarplicht (AVG art. 17 lid 3 onder b): ${scope.retained.map((r) => r.nl).join('; ')}. Er is niets gewist`,
      );
    }
    const erased = await erasePerson(manager, tenantId, subject.id, scope);
    ctx.record({
      action: AuditAction.DELETE,
      resourceType: SUBJECT,
      resourceId: subject.id,
      subjectKeys: [subject.id],
      legalBasis: REQUEST_ARTICLE[request.kind],
      reason: `${requestReason(request.reference)}: erased (${input.reason}); ${Object.entries(erased).map(([kind, count]) => `${kind} ${count}`).join(', ')}`,
    });
    return { subjectKey: subject.id, requestReference: request.reference, erasedAt: now, erased };
  }
}

