import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * The privacy officer's findings on unusual access. The anomalies themselves are derived from the
 * audit trail by rules; a finding closes one (rule, user, window) for good.
 */
export class AccessAnomalyFindings1764143100000 implements MigrationInterface {
  name = 'AccessAnomalyFindings1764143100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE access_anomaly_finding (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      anomaly_key text NOT NULL,
      rule text NOT NULL,
      user_id uuid NOT NULL,
      window_start timestamptz NOT NULL,
      verdict text NOT NULL CHECK (verdict IN ('GERECHTVAARDIGD', 'SCHENDING')),
      finding text NOT NULL,
      closed_by_user_id uuid NOT NULL,
      closed_at timestamptz NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, anomaly_key)
    )`);
    await isolateByTenant(q, 'access_anomaly_finding');
    await grantToApp(q, 'access_anomaly_finding', 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE access_anomaly_finding`);
  }
}
