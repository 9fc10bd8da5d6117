import { Injectable } from '@nestjs/common';
import { badInput, forbidden, VangrailError } from '@vangrail/core';
import { AuditAction, DataCategory, GovernedContext } from '@vangrail/privacy';
import { recordKnownPersonMatches, SubjectInput, SubjectRegistry } from '@vangrail/subjects';
import { canOn } from '../access/ability-check';
import { currentRole, requireReadableTable } from '../access/case-access';
import { CASE } from '../case-tables.policy';
import { assertNeutralText } from '../shared/text';
import { LEADING_ROLES } from '../tables/entities/case-table-member.entity';
import { CaseRegistrar } from './case-registrar';
import { RegisterCaseInput } from './dto/case.inputs';
import { RegisteredCase } from './dto/case.types';
import { CaseSubjectRole } from './entities/case-links.entity';

/** The data categories a subject input carries, for the audit trail. */
function categoriesOf(input: SubjectInput): DataCategory[] {
  const categories: DataCategory[] = [];
  if (input.person?.bsn) categories.push(DataCategory.BSN);
  if (input.person?.name || input.person?.dateOfBirth) categories.push(DataCategory.IDENTIFICATIE);
  if (input.person?.address || input.address) categories.push(DataCategory.ADRES);
  return categories;
}

/**
 * A member registers (meldt aan) a case at their table. Subjects go through the registry, so a known
 * person, address or organisation is linked, not duplicated.
 */
@Injectable()
export class RegisterCase {
  constructor(
    private readonly registry: SubjectRegistry,
    private readonly registrar: CaseRegistrar,
  ) {}

  async execute(ctx: GovernedContext, input: RegisterCaseInput): Promise<RegisteredCase> {
    const table = await requireReadableTable(ctx, input.caseTableId);
    if (!canOn(ctx.ability, 'create', CASE, { caseTableId: table.id, tenantId: table.tenantId })) {
      throw forbidden('Only members of the table register cases; guests cannot', 'Alleen leden van de tafel melden casussen aan; gasten niet');
    }
    assertNeutralText(input.title, 'input.title');
    const mains = input.subjects.filter((s) => s.role === CaseSubjectRole.HOOFDBETROKKENE).length;
    if (mains !== 1) {
      throw badInput('input.subjects', 'Name exactly one subject as HOOFDBETROKKENE (main subject)', 'Wijs precies één betrokkene aan als HOOFDBETROKKENE');
    }
    if (input.caseDirectorUserId) {
      const role = await currentRole(ctx.manager, ctx.tenantId, table.id, input.caseDirectorUserId);
      if (!role || !LEADING_ROLES.includes(role)) {
        throw badInput('input.caseDirectorUserId', 'The case director must be a chair or case director of this table', 'De casusregisseur moet voorzitter of casusregisseur van deze tafel zijn');
      }
    }
    const resolved = new Map<string, CaseSubjectRole>();
    for (const [i, entry] of input.subjects.entries()) {
      const subject = await this.registry.resolve(ctx.manager, ctx.tenantId, entry.subject, `input.subjects.${i}.subject`);
      if (subject.restrictedAt) {
        throw new VangrailError(
          'RESTRICTED',
          `Processing of subject ${i + 1} is restricted (AVG art. 18); ask the privacy officer`,
          `De verwerking van betrokkene ${i + 1} is beperkt (AVG art. 18); neem contact op met de privacy officer`,
          { resourceId: subject.id },
        );
      }
      if (!resolved.has(subject.id) || entry.role === CaseSubjectRole.HOOFDBETROKKENE) resolved.set(subject.id, entry.role);
      recordKnownPersonMatches(ctx, this.registry, [subject]);
    }
    const kase = await this.registrar.register(ctx.manager, ctx.tenantId, {
      caseTableId: table.id,
      title: input.title,
      riskLevel: input.riskLevel,
      subjects: [...resolved].map(([subjectId, role]) => ({ subjectId, role })),
      // A member who registers a case takes part in it with their discipline.
      disciplines: [...new Set([...input.disciplines, ...(ctx.user.discipline ? [ctx.user.discipline] : [])])],
      caseDirectorUserId: input.caseDirectorUserId ?? null,
      registeredByUserId: ctx.user.id,
      source: 'REGISTRATION',
    });
    ctx.record({
      action: AuditAction.CREATE,
      resourceId: kase.id,
      subjectKeys: [...resolved.keys()],
      dataCategories: input.subjects.flatMap((s) => categoriesOf(s.subject)),
      legalBasis: table.legalBasis,
    });
    return { id: kase.id, reference: kase.reference, state: kase.state };
  }
}
