import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/** The transactional outbox and the dead-letter store of the queues. */
export class OutboxAndDeadLetters1764140100000 implements MigrationInterface {
  name = 'OutboxAndDeadLetters1764140100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE outbox (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      queue text NOT NULL,
      payload jsonb NOT NULL,
      job_id text NOT NULL,
      priority integer NOT NULL DEFAULT 0,
      run_at timestamptz,
      published_at timestamptz,
      publish_attempts integer NOT NULL DEFAULT 0,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id)
    )`);
    await q.query(`CREATE INDEX outbox_unpublished ON outbox (tenant_id, created_at) WHERE published_at IS NULL`);
    await isolateByTenant(q, 'outbox');
    await grantToApp(q, 'outbox', 'SELECT, INSERT, UPDATE, DELETE');

    await q.query(`CREATE TABLE dead_letter (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      queue text NOT NULL,
      job_id text NOT NULL,
      payload jsonb NOT NULL,
      attempts integer NOT NULL,
      last_error text NOT NULL,
      replayed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, queue, job_id)
    )`);
    await isolateByTenant(q, 'dead_letter');
    await grantToApp(q, 'dead_letter', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE dead_letter`);
    await q.query(`DROP TABLE outbox`);
  }
}
