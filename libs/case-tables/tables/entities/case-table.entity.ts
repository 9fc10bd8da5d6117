import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';
import type { DataCategory, Purpose } from '@vangrail/privacy';

/** DOMAIN.md §6: the small triangle, the big triangle, or a Zorg- en Veiligheidshuis table. */
export enum CaseTableKind {
  SOCIAAL = 'SOCIAAL',
  DOMEINOVERSTIJGEND = 'DOMEINOVERSTIJGEND',
  ZORG_EN_VEILIGHEID = 'ZORG_EN_VEILIGHEID',
}

/** Discipline → the data categories it may see at this table. */
export type VisibilityMatrix = Partial<Record<string, DataCategory[]>>;

/** A casustafel: its legal basis decides which purposes it serves and who may see what. */
@Entity('case_table')
export class CaseTable extends TenantScopedEntity {
  @Column('text') name!: string;
  @Column('text') kind!: CaseTableKind;
  /** Text reference to the covenant article (e.g. "Convenant Zorg- en Veiligheidshuis, art. 5"). */
  @Column('text') legalBasis!: string;
  @Column('text', { array: true }) purposes!: Purpose[];
  @Column('jsonb') visibility!: VisibilityMatrix;
  @Column('integer') retentionMonths!: number;
}
