import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SubjectLink, SubjectLinkKind } from './entities/subject-link.entity';

export interface LinkContext {
  kind: SubjectLinkKind;
  /** The signal, delivery or case that gives access. */
  contextId: string;
  userId?: string | null;
  /** One link per discipline (a case links each participating discipline); none means no discipline. */
  disciplines?: (string | null)[];
  caseTableId?: string | null;
  active?: boolean;
}

/**
 * Writes the access links of one context for several subjects, in the caller's transaction. The
 * unique key (subject, kind, context, discipline, user) makes a repeat a no-op.
 */
export async function linkSubjects(manager: EntityManager, tenantId: string, subjectIds: string[], context: LinkContext): Promise<void> {
  const disciplines = context.disciplines ?? [null];
  if (subjectIds.length === 0 || disciplines.length === 0) return;
  const rows = subjectIds.flatMap((subjectId) =>
    disciplines.map((discipline) => ({
      tenantId,
      id: randomUUID(),
      subjectId,
      kind: context.kind,
      contextId: context.contextId,
      userId: context.userId ?? null,
      discipline,
      caseTableId: context.caseTableId ?? null,
      active: context.active ?? true,
    })),
  );
  await manager.createQueryBuilder().insert().into(SubjectLink).values(rows).orIgnore().execute();
}
