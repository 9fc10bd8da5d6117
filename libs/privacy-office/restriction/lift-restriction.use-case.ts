import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { conflict } from '@vangrail/core';
import { AuditAction, GovernedContext, releaseHeldSignals, setRestrictedAt } from '@vangrail/privacy';
import { addToOutbox, QUEUE } from '@vangrail/queue';
import { URGENCY_PRIORITY, Urgency } from '@vangrail/signals';
import { SUBJECT } from '@vangrail/subjects';
import { PrivacyClock } from '../privacy-clock';
import { DataSubjectRequestKind } from '../requests/data-subject-request.entity';
import { DataSubjectRequestsService } from '../requests/data-subject-requests.service';
import { REQUEST_ARTICLE, requestReason } from '../requests/request-articles';
import { lockedSubject, requestFor } from './restriction-request';
import { SubjectRestriction } from './subject-restriction.entity';
import { SubjectRestrictionInput, SubjectRestrictionView } from './restriction.types';

/**
 * Lifts a restriction (AVG art. 18(3): the person is told beforehand, which the request's answer
 * records) and releases what was held: each held signal that names no other restricted person gets
 * its routing job through the outbox, in this transaction, under a job id of this restriction, so
 * the release happens once and the routing decision is made (or reused) as for any signal.
 */
@Injectable()
export class LiftRestriction {
  constructor(
    private readonly requests: DataSubjectRequestsService,
    private readonly clock: PrivacyClock,
  ) {}

  async execute(ctx: GovernedContext, input: SubjectRestrictionInput): Promise<SubjectRestrictionView> {
    const request = await requestFor(ctx, this.requests, input, DataSubjectRequestKind.BEPERKING);
    const subject = await lockedSubject(ctx, request.subjectId);
    if (!subject) throw conflict('This person has been erased', 'Deze persoon is gewist');
    const restriction = await ctx.manager.findOneBy(SubjectRestriction, { tenantId: ctx.tenantId, subjectId: subject.id, liftedAt: IsNull() });
    if (!subject.restrictedAt || !restriction) {
      throw conflict('Processing of this person is not restricted, so there is nothing to lift', 'De verwerking van gegevens over deze persoon is niet beperkt; er valt niets op te heffen');
    }
    const now = this.clock.now();
    await setRestrictedAt(ctx.manager, ctx.tenantId, subject.id, null);
    await ctx.manager.update(SubjectRestriction, { tenantId: ctx.tenantId, id: restriction.id }, { liftedAt: now, liftedBy: ctx.user.id, liftReason: input.reason, liftRequestId: request.id });
    const signals = await releaseHeldSignals(ctx.manager, ctx.tenantId, subject.id);
    for (const signal of signals) {
      await addToOutbox(ctx.manager, {
        queue: QUEUE.ROUTING,
        payload: { tenantId: ctx.tenantId, signalId: signal.id, release: restriction.id },
        jobId: `route-${signal.id}-release-${restriction.id}`,
        priority: URGENCY_PRIORITY[signal.urgency as Urgency],
      });
    }
    ctx.record({
      action: AuditAction.UPDATE,
      resourceType: SUBJECT,
      resourceId: subject.id,
      subjectKeys: [subject.id],
      legalBasis: REQUEST_ARTICLE[request.kind],
      reason: `${requestReason(request.reference)}: restriction lifted (${input.reason}); ${signals.length} held signal(s) released for routing`,
    });
    return {
      subjectKey: subject.id,
      restricted: false,
      requestReference: request.reference,
      restrictedAt: restriction.restrictedAt,
      reason: restriction.reason,
      liftedAt: now,
      liftReason: input.reason,
      heldSignals: signals.length,
    };
  }
}
