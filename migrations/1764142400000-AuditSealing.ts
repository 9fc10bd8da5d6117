import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * Audit appends without a per-tenant lock. A governed request only INSERTs its events (numbered
 * from a sequence, no hashes); a sealer chains committed events per tenant afterwards into
 * audit_seal and signs one checkpoint per batch (audit_checkpoint, and a file outside the
 * database). audit_chain_head, the row every request of a tenant used to lock, goes. Chains that
 * exist keep their hashes: they become the first seals.
 */
export class AuditSealing1764142400000 implements MigrationInterface {
  name = 'AuditSealing1764142400000';

  async up(q: QueryRunner): Promise<void> {
    // Append-only for every role, as audit_event, with the table's name in the refusal.
    await q.query(`CREATE FUNCTION audit_table_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);

    await q.query(`CREATE TABLE audit_seal (
      tenant_id uuid NOT NULL,
      seq bigint NOT NULL CHECK (seq > 0),
      event_id uuid NOT NULL,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      sealed_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, seq),
      UNIQUE (tenant_id, event_id),
      FOREIGN KEY (tenant_id, event_id) REFERENCES audit_event (tenant_id, id)
    )`);
    // Row-level security is forced for the owner too; lift it on audit_event while the existing chains move over.
    await q.query(`ALTER TABLE audit_event NO FORCE ROW LEVEL SECURITY`);
    await q.query(`INSERT INTO audit_seal (tenant_id, seq, event_id, prev_hash, hash) SELECT tenant_id, seq, id, prev_hash, hash FROM audit_event`);
    await q.query(`CREATE SEQUENCE audit_event_seq AS bigint`);
    await q.query(`SELECT setval('audit_event_seq', COALESCE((SELECT max(seq) FROM audit_event), 0) + 1, false)`);
    await q.query(`ALTER TABLE audit_event FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN seq SET DEFAULT nextval('audit_event_seq')`);
    await q.query(`ALTER SEQUENCE audit_event_seq OWNED BY audit_event.seq`);
    await q.query(`GRANT USAGE ON SEQUENCE audit_event_seq TO ${APP_ROLE}`);
    await q.query(`ALTER TABLE audit_event DROP COLUMN prev_hash, DROP COLUMN hash`);
    await isolateByTenant(q, 'audit_seal');
    await grantToApp(q, 'audit_seal', 'SELECT, INSERT');
    await appendOnly(q, 'audit_seal');

    // What the sealer still has to chain: filled by a trigger, so no insert into audit_event escapes it.
    await q.query(`CREATE TABLE audit_unsealed (
      tenant_id uuid NOT NULL,
      event_id uuid NOT NULL,
      occurred_at timestamptz NOT NULL,
      event_seq bigint NOT NULL,
      PRIMARY KEY (tenant_id, event_id)
    )`);
    await q.query(`CREATE INDEX audit_unsealed_order ON audit_unsealed (tenant_id, occurred_at, event_seq)`);
    await isolateByTenant(q, 'audit_unsealed');
    await grantToApp(q, 'audit_unsealed', 'SELECT, INSERT, DELETE');
    await q.query(`CREATE FUNCTION audit_event_awaits_seal() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO audit_unsealed (tenant_id, event_id, occurred_at, event_seq) SELECT tenant_id, id, occurred_at, seq FROM inserted;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_queue_for_seal AFTER INSERT ON audit_event
      REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION audit_event_awaits_seal()`);

    await q.query(`CREATE TABLE audit_checkpoint (
      tenant_id uuid NOT NULL,
      no bigint NOT NULL CHECK (no > 0),
      first_seq bigint NOT NULL,
      last_seq bigint NOT NULL,
      event_count integer NOT NULL,
      last_hash text NOT NULL,
      prev_checkpoint_hash text NOT NULL,
      checkpoint_hash text NOT NULL,
      sealed_at timestamptz NOT NULL,
      key_id text NOT NULL,
      signature text NOT NULL,
      PRIMARY KEY (tenant_id, no),
      UNIQUE (tenant_id, last_seq)
    )`);
    await isolateByTenant(q, 'audit_checkpoint');
    await grantToApp(q, 'audit_checkpoint', 'SELECT, INSERT');
    await appendOnly(q, 'audit_checkpoint');

    await q.query(`CREATE TABLE audit_verification (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      verified_at timestamptz NOT NULL DEFAULT now(),
      verified_by text NOT NULL,
      mode text NOT NULL CHECK (mode IN ('FULL','INCREMENTAL')),
      intact boolean NOT NULL,
      events_checked integer NOT NULL,
      from_seq bigint NOT NULL,
      to_seq bigint NOT NULL,
      to_hash text NOT NULL,
      unsealed_overdue integer NOT NULL,
      broken jsonb NOT NULL,
      PRIMARY KEY (tenant_id, id)
    )`);
    await q.query(`CREATE INDEX audit_verification_latest ON audit_verification (tenant_id, verified_at DESC)`);
    await isolateByTenant(q, 'audit_verification');
    await grantToApp(q, 'audit_verification', 'SELECT, INSERT');
    await appendOnly(q, 'audit_verification');

    await q.query(`DROP TABLE audit_chain_head`);

    // The privacy officer's filters (libs/privacy-office/audit/audit-search.ts), newest first by seq;
    // the period has audit_event_time already. btree_gin lets the GIN index lead with tenant_id.
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gin`);
    await q.query(`CREATE INDEX audit_event_subject_keys ON audit_event USING gin (tenant_id, subject_keys)`);
    await q.query(`CREATE INDEX audit_event_username ON audit_event (tenant_id, username, seq)`);
    await q.query(`CREATE INDEX audit_event_purpose ON audit_event (tenant_id, purpose, seq)`);
    await q.query(`CREATE INDEX audit_event_resource ON audit_event (tenant_id, resource_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const index of ['audit_event_subject_keys', 'audit_event_username', 'audit_event_purpose', 'audit_event_resource']) await q.query(`DROP INDEX ${index}`);
    await q.query(`DROP TRIGGER audit_event_queue_for_seal ON audit_event`);
    await q.query(`DROP FUNCTION audit_event_awaits_seal()`);
    await q.query(`DROP TABLE audit_verification, audit_checkpoint, audit_unsealed`);
    // Back to chain columns on the event: only events that were sealed keep a place in the chain.
    await q.query(`ALTER TABLE audit_event NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE audit_seal NO FORCE ROW LEVEL SECURITY`);
    await q.query(`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_or_delete`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN seq DROP DEFAULT`);
    await q.query(`DROP SEQUENCE audit_event_seq`);
    await q.query(`ALTER TABLE audit_event ADD COLUMN prev_hash text, ADD COLUMN hash text`);
    await q.query(`DELETE FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.tenant_id = e.tenant_id AND s.event_id = e.id)`);
    await q.query(`UPDATE audit_event e SET seq = -s.seq, prev_hash = s.prev_hash, hash = s.hash FROM audit_seal s WHERE s.tenant_id = e.tenant_id AND s.event_id = e.id`);
    await q.query(`UPDATE audit_event SET seq = -seq`);
    await q.query(`ALTER TABLE audit_event ALTER COLUMN prev_hash SET NOT NULL, ALTER COLUMN hash SET NOT NULL`);
    await q.query(`CREATE TABLE audit_chain_head (tenant_id uuid PRIMARY KEY REFERENCES tenant(id), last_seq bigint NOT NULL, last_hash text NOT NULL)`);
    await q.query(`INSERT INTO audit_chain_head SELECT DISTINCT ON (tenant_id) tenant_id, seq, hash FROM audit_seal ORDER BY tenant_id, seq DESC`);
    await q.query(`DROP TABLE audit_seal`);
    await q.query(`ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_or_delete`);
    await q.query(`ALTER TABLE audit_event FORCE ROW LEVEL SECURITY`);
    await isolateByTenant(q, 'audit_chain_head');
    await grantToApp(q, 'audit_chain_head', 'SELECT, INSERT, UPDATE');
    await q.query(`DROP FUNCTION audit_table_is_append_only()`);
  }
}

async function appendOnly(q: QueryRunner, table: string): Promise<void> {
  await q.query(`CREATE TRIGGER ${table}_no_update_or_delete BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION audit_table_is_append_only()`);
  await q.query(`CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION audit_table_is_append_only()`);
}
