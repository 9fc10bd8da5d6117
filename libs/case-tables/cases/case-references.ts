import type { EntityManager } from 'typeorm';

/**
 * The next case reference of a tenant, `CT-<year>-<6 digits>`, per calendar year (Dutch time).
 * The counter row stays locked until the transaction ends, so concurrent registrations queue up
 * and a registration that rolls back gives its number back: references have no gaps.
 */
export async function nextCaseReference(manager: EntityManager, tenantId: string): Promise<string> {
  const [row] = (await manager.query(
    `INSERT INTO case_reference_counter (tenant_id, year, last_number)
     VALUES ($1, extract(year FROM now() AT TIME ZONE 'Europe/Amsterdam')::int, 1)
     ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = case_reference_counter.last_number + 1
     RETURNING year, last_number`,
    [tenantId],
  )) as { year: number; last_number: number }[];
  return formatCaseReference(row.year, row.last_number);
}

export function formatCaseReference(year: number, number: number): string {
  return `CT-${year}-${String(number).padStart(6, '0')}`;
}
