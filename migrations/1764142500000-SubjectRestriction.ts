import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * Restriction of processing (AVG art. 18): each restriction of a person with the request it answers,
 * its reason and, once lifted, who lifted it and why; signals about a restricted person are stored
 * and held (held_at) instead of routed, until the restriction is lifted.
 */
export class SubjectRestriction1764142500000 implements MigrationInterface {
  name = 'SubjectRestriction1764142500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE subject_restriction (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      subject_id uuid NOT NULL,
      request_id uuid NOT NULL,
      reason text NOT NULL CHECK (length(reason) >= 10),
      restricted_by uuid NOT NULL,
      restricted_at timestamptz NOT NULL,
      lifted_by uuid,
      lifted_at timestamptz,
      lift_reason text,
      lift_request_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, subject_id) REFERENCES subject(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, request_id) REFERENCES data_subject_request(tenant_id, id),
      FOREIGN KEY (tenant_id, lift_request_id) REFERENCES data_subject_request(tenant_id, id),
      FOREIGN KEY (tenant_id, restricted_by) REFERENCES app_user(tenant_id, id),
      FOREIGN KEY (tenant_id, lifted_by) REFERENCES app_user(tenant_id, id),
      CHECK ((lifted_at IS NULL) = (lifted_by IS NULL) AND (lifted_at IS NULL) = (lift_reason IS NULL))
    )`);
    // At most one restriction in force per person.
    await q.query(`CREATE UNIQUE INDEX subject_restriction_in_force ON subject_restriction (tenant_id, subject_id) WHERE lifted_at IS NULL`);
    await isolateByTenant(q, 'subject_restriction');
    await grantToApp(q, 'subject_restriction', 'SELECT, INSERT, UPDATE, DELETE');
    // Every governed request asks for the tenant's restricted persons: few rows, a partial index.
    await q.query(`CREATE INDEX subject_restricted ON subject (tenant_id) WHERE restricted_at IS NOT NULL`);
    await q.query(`ALTER TABLE signal ADD COLUMN held_at timestamptz`);
    await q.query(`CREATE INDEX signal_held ON signal (tenant_id, held_at) WHERE held_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX signal_held`);
    await q.query(`ALTER TABLE signal DROP COLUMN held_at`);
    await q.query(`DROP INDEX subject_restricted`);
    await q.query(`DROP TABLE subject_restriction`);
  }
}
