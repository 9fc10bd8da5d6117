import { MigrationInterface, QueryRunner } from 'typeorm';

/** The worker prunes published outbox rows by age (libs/queue/outbox-pruner.ts). */
export class OutboxPruning1764140520000 implements MigrationInterface {
  name = 'OutboxPruning1764140520000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX outbox_published ON outbox (tenant_id, published_at) WHERE published_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX outbox_published`);
  }
}
