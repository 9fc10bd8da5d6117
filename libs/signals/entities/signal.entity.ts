import { Column, Entity } from 'typeorm';
import { TenantScopedEntity } from '@vangrail/persistence';
import type { RoutingExplanation } from '@vangrail/routing/routing-explanation';

/**
 * A signal: an observation by a professional. The free-text description is stored encrypted and
 * tagged with the data categories it contains, so deliveries can withhold it where those may not go.
 */
@Entity('signal')
export class Signal extends TenantScopedEntity {
  @Column('uuid') reporterUserId!: string;
  @Column('text') reporterDiscipline!: string;
  @Column('text') reportingDomain!: string;
  /** The reporter's idempotency key: a retried submission is the same signal. */
  @Column('text') clientKey!: string;
  /** SHA-256 of the submission, so a reused key with different content is refused, not ignored. */
  @Column('text') clientPayloadHash!: string;
  @Column('text') category!: string;
  @Column('text') urgency!: string;
  @Column('text', { array: true }) flags!: string[];
  @Column('text', { array: true }) dataCategories!: string[];
  @Column('text') descriptionEncrypted!: string;
  @Column('timestamptz') observedAt!: Date;
  /** Domains whose worker has not yet created its deliveries. */
  @Column('text', { array: true }) pendingDomains!: string[];
  @Column('jsonb', { nullable: true }) routingExplanation!: RoutingExplanation | null;
  @Column('timestamptz', { nullable: true }) routedAt!: Date | null;
  /** Stored but not routed: it names a person under restriction (AVG art. 18); released when it is lifted. */
  @Column('timestamptz', { nullable: true }) heldAt!: Date | null;
}
