import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The reporter's own discipline is a team and gets a delivery like any target, unless its rule
 * says otherwise (`skip_reporter_discipline`). Existing rules keep delivering.
 */
export class ReporterDisciplineDelivery1764140700000 implements MigrationInterface {
  name = 'ReporterDisciplineDelivery1764140700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE routing_rule ADD COLUMN skip_reporter_discipline boolean NOT NULL DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE routing_rule DROP COLUMN skip_reporter_discipline`);
  }
}
