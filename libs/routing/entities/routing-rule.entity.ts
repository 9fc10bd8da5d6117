import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';

/**
 * A routing rule is data, per tenant and versioned: saving creates a new version and supersedes
 * the old one, which stays so deliveries keep pointing at the version that made them.
 * Empty condition lists mean "any".
 */
@Entity('routing_rule')
export class RoutingRule extends TenantScopedEntity {
  @Column('text') ruleKey!: string;
  @Column('integer') version!: number;
  @Column('text') name!: string;
  @Column('text', { array: true }) categories!: string[];
  /** All of these flags must be present. */
  @Column('text', { array: true }) requiredFlags!: string[];
  @Column('text', { array: true }) urgencies!: string[];
  /** At least one subject of one of these types. */
  @Column('text', { array: true }) subjectTypes!: string[];
  @Column('text', { array: true }) reportingDomains!: string[];
  @Column('text') targetDiscipline!: string;
  @Column('text') deliveryPurpose!: string;
  @Column('text', { array: true }) allowedCategories!: string[];
  /** Overrides the urgency's default triage deadline. */
  @Column('integer', { nullable: true }) triageSeconds!: number | null;
  /** When set, a signal reported by someone of the target discipline is not delivered back to it. */
  @Column('boolean') skipReporterDiscipline!: boolean;
  @Column('uuid', { nullable: true }) createdBy!: string | null;
  @Column('timestamptz', { nullable: true }) supersededAt!: Date | null;
  @Column('timestamptz', { nullable: true }) retiredAt!: Date | null;
}
