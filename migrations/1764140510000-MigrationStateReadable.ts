import { MigrationInterface, QueryRunner } from 'typeorm';

/** Readiness (`/health/ready`) compares the applied migrations with the code's: the app role may read the list. */
export class MigrationStateReadable1764140510000 implements MigrationInterface {
  name = 'MigrationStateReadable1764140510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`GRANT SELECT ON schema_migration TO vangrail_app`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE SELECT ON schema_migration FROM vangrail_app`);
  }
}
