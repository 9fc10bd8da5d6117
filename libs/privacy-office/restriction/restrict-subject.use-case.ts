import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { conflict, dayText } from '@vangrail/core';
import { AuditAction, GovernedContext, holdUnroutedSignals, setRestrictedAt } from '@vangrail/privacy';
import { SUBJECT } from '@vangrail/subjects';
import { PrivacyClock } from '../privacy-clock';
import { DataSubjectRequestKind } from '../requests/data-subject-request.entity';
import { DataSubjectRequestsService } from '../requests/data-subject-requests.service';
import { REQUEST_ARTICLE, requestReason } from '../requests/request-articles';
import { lockedSubject, requestFor } from './restriction-request';
import { SubjectRestriction } from './subject-restriction.entity';
import { SubjectRestrictionInput, SubjectRestrictionView } from './restriction.types';

/**
 * AVG art. 18: from now on the person's data is only stored. Every read or change by anyone but the
 * privacy office is refused (RESTRICTED, GovernedContext.record); signals about the person not yet
 * routed are held, and new ones are stored and held (RegisterSignal, the routing worker).
 */
@Injectable()
export class RestrictSubject {
  constructor(
    private readonly requests: DataSubjectRequestsService,
    private readonly clock: PrivacyClock,
  ) {}

  async execute(ctx: GovernedContext, input: SubjectRestrictionInput): Promise<SubjectRestrictionView> {
    const request = await requestFor(ctx, this.requests, input, DataSubjectRequestKind.BEPERKING);
    const subject = await lockedSubject(ctx, request.subjectId);
    if (!subject) throw conflict('This person has been erased', 'Deze persoon is gewist');
    if (subject.restrictedAt) {
      const since = dayText(subject.restrictedAt);
      throw conflict(`Processing of this person is already restricted, since ${since.en}`, `De verwerking van gegevens over deze persoon is al beperkt, sinds ${since.nl}`);
    }
    const now = this.clock.now();
    await setRestrictedAt(ctx.manager, ctx.tenantId, subject.id, now);
    const restriction = Object.assign(new SubjectRestriction(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      subjectId: subject.id,
      requestId: request.id,
      reason: input.reason,
      restrictedBy: ctx.user.id,
      restrictedAt: now,
      liftedBy: null,
      liftedAt: null,
      liftReason: null,
      liftRequestId: null,
    });
    await ctx.manager.insert(SubjectRestriction, restriction);
    // Not yet routed: held now, so neither the worker nor the reconciler passes them on.
    const heldSignals = await holdUnroutedSignals(ctx.manager, ctx.tenantId, subject.id, now);
    ctx.record({
      action: AuditAction.UPDATE,
      resourceType: SUBJECT,
      resourceId: subject.id,
      subjectKeys: [subject.id],
      legalBasis: REQUEST_ARTICLE[request.kind],
      reason: `${requestReason(request.reference)}: processing restricted (${input.reason})`,
    });
    return { subjectKey: subject.id, restricted: true, requestReference: request.reference, restrictedAt: now, reason: input.reason, liftedAt: null, liftReason: null, heldSignals };
  }
}
