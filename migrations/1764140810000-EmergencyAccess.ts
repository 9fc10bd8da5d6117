import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * Emergency access (break-the-glass, NOODTOEGANG): a time-limited grant for one user on one case or
 * subject, with a written justification, and the privacy officer's review of it.
 */
export class EmergencyAccess1764140810000 implements MigrationInterface {
  name = 'EmergencyAccess1764140810000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE emergency_access_grant (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      user_id uuid NOT NULL,
      resource_type text NOT NULL CHECK (resource_type IN ('CASE','SUBJECT')),
      resource_id uuid NOT NULL,
      justification text NOT NULL CHECK (length(justification) >= 20),
      granted_at timestamptz NOT NULL,
      expires_at timestamptz NOT NULL,
      review_state text NOT NULL DEFAULT 'TE_BEOORDELEN' CHECK (review_state IN ('TE_BEOORDELEN','GERECHTVAARDIGD','SCHENDING')),
      review_finding text,
      reviewed_by uuid,
      reviewed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, user_id) REFERENCES app_user(tenant_id, id),
      CHECK (expires_at > granted_at AND expires_at <= granted_at + interval '24 hours'),
      CHECK ((review_state = 'TE_BEOORDELEN') = (reviewed_at IS NULL)),
      CHECK (review_state = 'TE_BEOORDELEN' OR (review_finding IS NOT NULL AND reviewed_by IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX emergency_access_grant_user ON emergency_access_grant (tenant_id, user_id, expires_at)`);
    await q.query(`CREATE INDEX emergency_access_grant_review ON emergency_access_grant (tenant_id, review_state, granted_at)`);
    await isolateByTenant(q, 'emergency_access_grant');
    await grantToApp(q, 'emergency_access_grant', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE emergency_access_grant`);
  }
}
