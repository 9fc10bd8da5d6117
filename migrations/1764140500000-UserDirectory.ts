import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The user directory of a real municipality (`npm run users:import`): the organisation a user works
 * for, and the period in which the account may sign in (a temporary worker, a leaver).
 */
export class UserDirectory1764140500000 implements MigrationInterface {
  name = 'UserDirectory1764140500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user
      ADD COLUMN organisation text,
      ADD COLUMN valid_from date,
      ADD COLUMN valid_until date,
      ADD CONSTRAINT app_user_validity CHECK (valid_from IS NULL OR valid_until IS NULL OR valid_until >= valid_from)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_validity, DROP COLUMN valid_until, DROP COLUMN valid_from, DROP COLUMN organisation`);
  }
}
