import type { EntityManager } from 'typeorm';

/** The tenant's persons under restriction (AVG art. 18): few rows, a partial index. */
export async function restrictedSubjectIds(manager: EntityManager, tenantId: string): Promise<string[]> {
  const rows = (await manager.query(`SELECT id FROM subject WHERE tenant_id = $1 AND restricted_at IS NOT NULL`, [tenantId])) as { id: string }[];
  return rows.map((row) => row.id);
}

/**
 * Which of these subjects are under restriction now, for work that runs outside a request (the
 * routing worker): a signal naming one is held instead of routed.
 */
export async function restrictedAmong(manager: EntityManager, tenantId: string, subjectIds: readonly string[]): Promise<string[]> {
  if (subjectIds.length === 0) return [];
  const rows = (await manager.query(`SELECT id FROM subject WHERE tenant_id = $1 AND id = ANY($2) AND restricted_at IS NOT NULL`, [tenantId, [...subjectIds]])) as { id: string }[];
  return rows.map((row) => row.id);
}
