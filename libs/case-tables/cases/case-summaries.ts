import type { EntityManager } from 'typeorm';
import type { Discipline } from '@vangrail/core';
import { CaseSummary } from './dto/case.types';
import { CaseParticipant } from './entities/case-links.entity';
import { Case } from './entities/case.entity';

/** Cases as list entries (no personal data), with their participating disciplines in one query. */
export async function caseSummaries(manager: EntityManager, tenantId: string, cases: Case[]): Promise<CaseSummary[]> {
  if (cases.length === 0) return [];
  const participants = await manager
    .createQueryBuilder(CaseParticipant, 'p')
    .where('p.tenant_id = :tenantId AND p.case_id = ANY(:ids)', { tenantId, ids: cases.map((c) => c.id) })
    .orderBy('p.discipline', 'ASC')
    .getMany();
  return cases.map((kase) => ({
    id: kase.id,
    reference: kase.reference,
    title: kase.title,
    state: kase.state,
    riskLevel: kase.riskLevel,
    caseTableId: kase.caseTableId,
    participatingDisciplines: participants.filter((p) => p.caseId === kase.id).map((p) => p.discipline as Discipline),
    createdAt: kase.createdAt,
    updatedAt: kase.updatedAt,
  }));
}
