import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * Every closing of a case, kept when the case is reopened: the case row holds only the current
 * closing, this table the history (reason, outcome, who and when, and when it was reopened).
 */
export class CaseClosingHistory1764140710000 implements MigrationInterface {
  name = 'CaseClosingHistory1764140710000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_closing (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_id uuid NOT NULL,
      closing_reason text NOT NULL,
      outcome text NOT NULL,
      closed_at timestamptz NOT NULL,
      closed_by_user_id uuid NOT NULL,
      reopened_at timestamptz,
      reopened_by_user_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id)
    )`);
    await q.query(`CREATE INDEX case_closing_case ON case_closing (tenant_id, case_id, closed_at)`);
    await isolateByTenant(q, 'case_closing');
    await grantToApp(q, 'case_closing', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_closing`);
  }
}
