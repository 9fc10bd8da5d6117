import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * A closing outcome from a fixed list (so figures can count them; the text explains), on the case
 * and on each kept closing; and every hand-over of a case to another table, kept as history.
 */
export class CaseHandoverAndClosingOutcome1764142300000 implements MigrationInterface {
  name = 'CaseHandoverAndClosingOutcome1764142300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE case_file ADD COLUMN closing_outcome text`);
    // Closings recorded before the list existed keep their text and no listed outcome.
    await q.query(`ALTER TABLE case_closing ADD COLUMN closing_outcome text`);
    await q.query(`CREATE TABLE case_handover (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_id uuid NOT NULL,
      from_case_table_id uuid NOT NULL,
      to_case_table_id uuid NOT NULL,
      reason text NOT NULL,
      handed_over_by_user_id uuid NOT NULL,
      handed_over_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id),
      FOREIGN KEY (tenant_id, from_case_table_id) REFERENCES case_table (tenant_id, id),
      FOREIGN KEY (tenant_id, to_case_table_id) REFERENCES case_table (tenant_id, id),
      CHECK (from_case_table_id <> to_case_table_id)
    )`);
    await q.query(`CREATE INDEX case_handover_case ON case_handover (tenant_id, case_id, handed_over_at)`);
    await isolateByTenant(q, 'case_handover');
    await grantToApp(q, 'case_handover', 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_handover`);
    await q.query(`ALTER TABLE case_closing DROP COLUMN closing_outcome`);
    await q.query(`ALTER TABLE case_file DROP COLUMN closing_outcome`);
  }
}
