import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { conflict, dayText } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { Subject, SUBJECT } from '@vangrail/subjects';
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
    await ctx.manager.update(Subject, { tenantId: ctx.tenantId, id: subject.id }, { restrictedAt: now });
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
    const [held] = (await ctx.manager.query(
      `WITH held AS (
         UPDATE signal g SET held_at = $3, updated_at = now()
          WHERE g.tenant_id = $1 AND g.routed_at IS NULL AND g.held_at IS NULL
            AND EXISTS (SELECT 1 FROM signal_subject ss WHERE ss.tenant_id = g.tenant_id AND ss.signal_id = g.id AND ss.subject_id = $2)
          RETURNING 1)
       SELECT (SELECT count(*) FROM held)::int + (SELECT count(*)::int FROM signal g JOIN signal_subject ss ON ss.tenant_id = g.tenant_id AND ss.signal_id = g.id
                                                    WHERE g.tenant_id = $1 AND ss.subject_id = $2 AND g.held_at IS NOT NULL) AS count`,
      [ctx.tenantId, subject.id, now],
    )) as { count: number }[];
    ctx.record({
      action: AuditAction.UPDATE,
      resourceType: SUBJECT,
      resourceId: subject.id,
      subjectKeys: [subject.id],
      legalBasis: REQUEST_ARTICLE[request.kind],
      reason: `${requestReason(request.reference)}: processing restricted (${input.reason})`,
    });
    return { subjectKey: subject.id, restricted: true, requestReference: request.reference, restrictedAt: now, reason: input.reason, liftedAt: null, liftReason: null, heldSignals: held.count };
  }
}
