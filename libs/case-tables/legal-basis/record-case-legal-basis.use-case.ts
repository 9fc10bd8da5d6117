import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, calendarDay } from '@vangrail/core';
import { AuditAction, GovernedContext } from '@vangrail/privacy';
import { CaseAccess, currentRole } from '../access/case-access';
import { assertNeutralText } from '../shared/text';
import { CaseLegalBasis } from './case-legal-basis.entity';
import { legalBasisGap } from './legal-basis-rules';
import { CaseLegalBasisReader } from './case-legal-basis.reader';
import { CaseLegalBasisRecord, RecordCaseLegalBasisInput } from './legal-basis.dto';

const TEXT_FIELDS = ['provision', 'consentScope', 'proportionality', 'subsidiarity', 'notInformedExplanation'] as const;

/** The chair or case director records (a new version of) the legal basis of a case; earlier versions stay. */
@Injectable()
export class RecordCaseLegalBasis {
  constructor(
    private readonly access: CaseAccess,
    private readonly reader: CaseLegalBasisReader,
  ) {}

  async execute(ctx: GovernedContext, input: RecordCaseLegalBasisInput): Promise<CaseLegalBasisRecord> {
    const { kase, table } = await this.access.readingForUpdate(ctx, input.caseId);
    this.access.requireLeading(ctx, kase, 'record the legal basis of a case', 'de grondslag van een casus vastleggen');
    for (const field of TEXT_FIELDS) if (input[field]) assertNeutralText(input[field]!, `input.${field}`);
    const gap = legalBasisGap(input, table.kind, calendarDay(new Date()));
    if (gap) throw gap;
    const informedBy = input.personInformed ? (input.informedByUserId ?? ctx.user.id) : null;
    if (informedBy && informedBy !== ctx.user.id && !(await currentRole(ctx.manager, ctx.tenantId, kase.caseTableId, informedBy))) {
      throw badInput('input.informedByUserId', 'Who informed the person must be a member of the table', 'Wie de betrokkene informeerde moet lid zijn van de tafel');
    }
    // The case row is locked (readingForUpdate), so two recorders cannot take the same version.
    const [{ last }] = (await ctx.manager.query(`SELECT coalesce(max(version), 0)::int AS last FROM case_legal_basis WHERE tenant_id = $1 AND case_id = $2`, [ctx.tenantId, kase.id])) as { last: number }[];
    await ctx.manager.insert(CaseLegalBasis, {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      caseId: kase.id,
      version: last + 1,
      ground: input.ground,
      provision: input.provision ?? null,
      consentGivenOn: input.consentGivenOn ?? null,
      consentScope: input.consentScope ?? null,
      proportionality: input.proportionality,
      subsidiarity: input.subsidiarity,
      personInformed: input.personInformed,
      informedOn: input.informedOn ?? null,
      informedByUserId: informedBy,
      notInformedReason: input.notInformedReason ?? null,
      notInformedExplanation: input.notInformedExplanation ?? null,
      admissionCriteria: input.admissionCriteria ?? [],
      recordedByUserId: ctx.user.id,
      recordedAt: new Date(),
    });
    ctx.record({ action: AuditAction.UPDATE, resourceId: kase.id, reason: `legal basis of the case recorded (version ${last + 1}, ground ${input.ground})`, legalBasis: table.legalBasis });
    return this.reader.load(ctx, kase.id);
  }
}
