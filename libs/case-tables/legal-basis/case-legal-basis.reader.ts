import { Injectable } from '@nestjs/common';
import { labelOf } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { CaseAccess } from '../access/case-access';
import { actorOrUnknown, actorsOf } from '../shared/case-actor';
import { CaseLegalBasis } from './case-legal-basis.entity';
import { LEGAL_GROUND_LABEL, NOT_INFORMED_REASON_LABEL } from './legal-basis-vocabulary';
import { CaseLegalBasisRecord, CaseLegalBasisView } from './legal-basis.dto';

/** The legal basis of a case for anyone who may read the case: case-level text, like its title and reasons. */
@Injectable()
export class CaseLegalBasisReader {
  constructor(private readonly access: CaseAccess) {}

  async read(ctx: GovernedContext, caseId: string): Promise<CaseLegalBasisRecord> {
    const kase = await this.access.requireReadable(ctx, caseId);
    const record = await this.load(ctx, kase.id);
    ctx.record({ action: AuditAction.READ, resourceId: kase.id, reason: 'legal basis of the case read' });
    return record;
  }

  /** The versions of a case the caller was already allowed to read (callers check access first). */
  async load(ctx: GovernedContext, caseId: string): Promise<CaseLegalBasisRecord> {
    const rows = await ctx.manager.getRepository(CaseLegalBasis).find({ where: { tenantId: ctx.tenantId, caseId }, order: { version: 'DESC' } });
    const actors = await actorsOf(ctx.manager, ctx.tenantId, rows.flatMap((r) => [r.recordedByUserId, r.informedByUserId]));
    const history = rows.map((row): CaseLegalBasisView => ({
      version: row.version,
      ground: row.ground,
      groundNl: labelOf(LEGAL_GROUND_LABEL, row.ground).nl,
      provision: row.provision,
      consentGivenOn: row.consentGivenOn,
      consentScope: row.consentScope,
      proportionality: row.proportionality,
      subsidiarity: row.subsidiarity,
      personInformed: row.personInformed,
      informedOn: row.informedOn,
      informedBy: actorOrUnknown(actors, row.informedByUserId),
      notInformedReason: row.notInformedReason,
      notInformedReasonNl: row.notInformedReason ? labelOf(NOT_INFORMED_REASON_LABEL, row.notInformedReason).nl : null,
      notInformedExplanation: row.notInformedExplanation,
      admissionCriteria: row.admissionCriteria,
      recordedBy: actorOrUnknown(actors, row.recordedByUserId),
      recordedAt: row.recordedAt,
    }));
    return { caseId, current: history[0] ?? null, history };
  }
}
