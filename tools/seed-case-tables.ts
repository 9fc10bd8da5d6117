import type { EntityManager } from 'typeorm';
import { CaseTable, CaseTableKind, CaseTableMember, defaultVisibilityMatrix, TableRole } from '@vangrail/case-tables';
import { Purpose } from '@vangrail/privacy';
import { demoId } from './demo-data';

interface DemoCaseTable {
  key: string;
  name: string;
  kind: CaseTableKind;
  legalBasis: string;
  retentionMonths: number;
  members: [username: string, role: TableRole][];
}

/** API.md demo data: the case tables per tenant slug. */
export const DEMO_CASE_TABLES: Record<string, DemoCaseTable[]> = {
  demodam: [
    {
      key: 'integraal',
      name: 'Integrale casustafel Demodam',
      kind: CaseTableKind.DOMEINOVERSTIJGEND,
      legalBasis: 'Convenant Integrale Casustafel Demodam, art. 5 (gegevensdeling voor casusoverleg en plan van aanpak)',
      retentionMonths: 24,
      members: [
        ['voorzitter.hanna', TableRole.CHAIR],
        ['wmo.bram', TableRole.MEMBER],
        ['jeugd.chris', TableRole.MEMBER],
        ['pw.dewi', TableRole.MEMBER],
        ['brp.eva', TableRole.MEMBER],
        ['bwt.fleur', TableRole.MEMBER],
        ['oov.gijs', TableRole.MEMBER],
      ],
    },
  ],
};

export const demoCaseTableId = (slug: string, key: string): string => demoId(`case-table:${slug}:${key}`);

/** Loads the demo case tables and their members; idempotent (stable ids, existing rows left as they are). */
export async function seedCaseTables(manager: EntityManager, slug: string, tenantId: string): Promise<void> {
  for (const table of DEMO_CASE_TABLES[slug] ?? []) {
    const caseTableId = demoCaseTableId(slug, table.key);
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseTable)
      .values({
        tenantId,
        id: caseTableId,
        name: table.name,
        kind: table.kind,
        legalBasis: table.legalBasis,
        purposes: [Purpose.CASUSOVERLEG, Purpose.PLANUITVOERING],
        visibility: defaultVisibilityMatrix() as never,
        retentionMonths: table.retentionMonths,
      })
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseTableMember)
      .values(
        table.members.map(([username, role]) => ({
          tenantId,
          id: demoId(`case-table-member:${slug}:${table.key}:${username}`),
          caseTableId,
          userId: demoId(`user:${slug}:${username}`),
          role,
          validFrom: new Date('2025-01-01T00:00:00Z'),
          validUntil: null,
          removedAt: null,
        })),
      )
      .orIgnore()
      .execute();
  }
}
