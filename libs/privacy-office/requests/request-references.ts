import type { EntityManager } from 'typeorm';

/**
 * The next request reference of a tenant, `AVG-<year>-<4 digits>` per calendar year (Dutch time).
 * The counter row stays locked until the transaction ends, so numbers have no gaps.
 */
export async function nextRequestReference(manager: EntityManager, tenantId: string): Promise<string> {
  const [row] = (await manager.query(
    `INSERT INTO data_subject_request_counter (tenant_id, year, last_number)
     VALUES ($1, extract(year FROM now() AT TIME ZONE 'Europe/Amsterdam')::int, 1)
     ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = data_subject_request_counter.last_number + 1
     RETURNING year, last_number`,
    [tenantId],
  )) as { year: number; last_number: number }[];
  return `AVG-${row.year}-${String(row.last_number).padStart(4, '0')}`;
}
