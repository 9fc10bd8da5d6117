import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * The foundation: tenants, the user registry, the subject registry with its access links, and the
 * append-only, hash-chained audit trail. Every tenant-scoped table: tenant_id leads the key and
 * every index, row-level security is enabled and FORCED.
 */
export class Foundation1764140000000 implements MigrationInterface {
  name = 'Foundation1764140000000';

  async up(q: QueryRunner): Promise<void> {
    // The application role normally exists already (created with a password by the set-up); this
    // keeps a bare `migration:run` on an empty database working.
    await q.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS;
      END IF;
    END $$`);
    await q.query(`GRANT USAGE ON SCHEMA public TO ${APP_ROLE}`);
    await q.query(`CREATE FUNCTION current_tenant_id() RETURNS uuid LANGUAGE sql STABLE AS
      $$ SELECT nullif(current_setting('app.tenant_id', true), '')::uuid $$`);

    await q.query(`CREATE TABLE tenant (
      id uuid PRIMARY KEY,
      slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{2,40}$'),
      name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await grantToApp(q, 'tenant', 'SELECT');

    await q.query(`CREATE TABLE app_user (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      username text NOT NULL,
      oidc_subject text NOT NULL,
      display_name text NOT NULL,
      discipline text CHECK (discipline IN ('WMO','JEUGD','PW','WIJKTEAM','BRP','BWT','OOV')),
      roles text[] NOT NULL DEFAULT '{}',
      contact text,
      disabled_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, oidc_subject),
      UNIQUE (tenant_id, username)
    )`);
    await isolateByTenant(q, 'app_user');
    await grantToApp(q, 'app_user', 'SELECT, INSERT, UPDATE');

    await q.query(`CREATE TABLE subject (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      type text NOT NULL CHECK (type IN ('PERSON','ADDRESS','ORGANISATION')),
      bsn_encrypted text,
      bsn_blind_index text,
      name text,
      date_of_birth date,
      address_subject_id uuid,
      postcode text CHECK (postcode ~ '^[1-9][0-9]{3}[A-Z]{2}$'),
      house_number integer,
      house_number_addition text,
      street text,
      town text,
      bag_id text,
      address_key text,
      kvk_number text CHECK (kvk_number ~ '^[0-9]{8}$'),
      organisation_name text,
      restricted_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, address_subject_id) REFERENCES subject(tenant_id, id),
      CHECK (type <> 'ADDRESS' OR (postcode IS NOT NULL AND house_number IS NOT NULL AND address_key IS NOT NULL)),
      CHECK (type <> 'ORGANISATION' OR kvk_number IS NOT NULL),
      CHECK ((bsn_encrypted IS NULL) = (bsn_blind_index IS NULL))
    )`);
    await q.query(`CREATE UNIQUE INDEX subject_bsn_blind_index ON subject (tenant_id, bsn_blind_index) WHERE bsn_blind_index IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX subject_address_key ON subject (tenant_id, address_key) WHERE address_key IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX subject_kvk_number ON subject (tenant_id, kvk_number) WHERE type = 'ORGANISATION'`);
    await isolateByTenant(q, 'subject');
    await grantToApp(q, 'subject', 'SELECT, INSERT, UPDATE, DELETE');

    await q.query(`CREATE TABLE subject_link (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      subject_id uuid NOT NULL,
      kind text NOT NULL CHECK (kind IN ('REPORTED','DELIVERY','ACCEPTED_DELIVERY','CASE')),
      context_id uuid NOT NULL,
      user_id uuid,
      discipline text,
      case_table_id uuid,
      active boolean NOT NULL DEFAULT true,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, subject_id) REFERENCES subject(tenant_id, id) ON DELETE CASCADE,
      -- One link per subject, context and discipline (a case links each participating discipline).
      UNIQUE NULLS NOT DISTINCT (tenant_id, subject_id, kind, context_id, discipline, user_id)
    )`);
    await q.query(`CREATE INDEX subject_link_context ON subject_link (tenant_id, context_id)`);
    await isolateByTenant(q, 'subject_link');
    await grantToApp(q, 'subject_link', 'SELECT, INSERT, UPDATE, DELETE');

    await q.query(`CREATE TABLE audit_event (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      seq bigint NOT NULL,
      id uuid NOT NULL,
      occurred_at timestamptz NOT NULL,
      user_id uuid,
      username text,
      discipline text,
      role text,
      on_behalf_of text,
      action text NOT NULL,
      outcome text NOT NULL CHECK (outcome IN ('ALLOWED','DENIED','ERROR')),
      resource_type text NOT NULL,
      resource_id text,
      subject_keys text[] NOT NULL DEFAULT '{}',
      data_categories text[] NOT NULL DEFAULT '{}',
      purpose text,
      legal_basis text,
      processing_activity text,
      emergency_access boolean NOT NULL DEFAULT false,
      reason text,
      request_id text NOT NULL,
      trace_id text,
      source_address text,
      prev_hash text NOT NULL,
      hash text NOT NULL,
      PRIMARY KEY (tenant_id, seq),
      UNIQUE (tenant_id, id)
    )`);
    await q.query(`CREATE INDEX audit_event_time ON audit_event (tenant_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_user ON audit_event (tenant_id, user_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_request ON audit_event (tenant_id, request_id)`);
    await isolateByTenant(q, 'audit_event');
    await grantToApp(q, 'audit_event', 'SELECT, INSERT');
    // Append-only for every role, the owner included: edits need a superuser disabling triggers,
    // and the hash chain then shows them.
    await q.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await q.query(`CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);

    await q.query(`CREATE TABLE audit_chain_head (
      tenant_id uuid PRIMARY KEY REFERENCES tenant(id),
      last_seq bigint NOT NULL,
      last_hash text NOT NULL
    )`);
    await isolateByTenant(q, 'audit_chain_head');
    await grantToApp(q, 'audit_chain_head', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['audit_chain_head', 'audit_event', 'subject_link', 'subject', 'app_user', 'tenant']) {
      await q.query(`DROP TABLE IF EXISTS ${table} CASCADE`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_event_is_append_only()`);
    await q.query(`DROP FUNCTION IF EXISTS current_tenant_id()`);
  }
}
