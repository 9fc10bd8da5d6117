import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/** Signals, versioned routing rules, deliveries (inbox items) and notifications. */
export class SignalsAndRouting1764140200000 implements MigrationInterface {
  name = 'SignalsAndRouting1764140200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE signal (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      reporter_user_id uuid NOT NULL,
      reporter_discipline text NOT NULL,
      reporting_domain text NOT NULL,
      client_key text NOT NULL,
      client_payload_hash text NOT NULL,
      category text NOT NULL,
      urgency text NOT NULL CHECK (urgency IN ('LOW','NORMAL','HIGH','ACUTE')),
      flags text[] NOT NULL DEFAULT '{}',
      data_categories text[] NOT NULL DEFAULT '{}',
      description_encrypted text NOT NULL,
      observed_at timestamptz NOT NULL,
      pending_domains text[] NOT NULL DEFAULT '{}',
      routing_explanation jsonb,
      routed_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, reporter_user_id) REFERENCES app_user(tenant_id, id),
      UNIQUE (tenant_id, reporter_user_id, client_key)
    )`);
    await q.query(`CREATE INDEX signal_reporter ON signal (tenant_id, reporter_user_id, created_at DESC)`);
    await isolateByTenant(q, 'signal');
    await grantToApp(q, 'signal', 'SELECT, INSERT, UPDATE, DELETE');

    await q.query(`CREATE TABLE signal_subject (
      tenant_id uuid NOT NULL,
      signal_id uuid NOT NULL,
      subject_id uuid NOT NULL,
      role text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, signal_id, subject_id),
      FOREIGN KEY (tenant_id, signal_id) REFERENCES signal(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, subject_id) REFERENCES subject(tenant_id, id) ON DELETE CASCADE
    )`);
    await q.query(`CREATE INDEX signal_subject_subject ON signal_subject (tenant_id, subject_id)`);
    await isolateByTenant(q, 'signal_subject');
    await grantToApp(q, 'signal_subject', 'SELECT, INSERT, DELETE');

    await q.query(`CREATE TABLE routing_rule (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      rule_key text NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      name text NOT NULL,
      categories text[] NOT NULL DEFAULT '{}',
      required_flags text[] NOT NULL DEFAULT '{}',
      urgencies text[] NOT NULL DEFAULT '{}',
      subject_types text[] NOT NULL DEFAULT '{}',
      reporting_domains text[] NOT NULL DEFAULT '{}',
      target_discipline text NOT NULL,
      delivery_purpose text NOT NULL,
      allowed_categories text[] NOT NULL,
      triage_seconds integer CHECK (triage_seconds > 0),
      created_by uuid,
      superseded_at timestamptz,
      retired_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, rule_key, version)
    )`);
    // At most one current version per rule.
    await q.query(`CREATE UNIQUE INDEX routing_rule_current ON routing_rule (tenant_id, rule_key) WHERE superseded_at IS NULL`);
    await isolateByTenant(q, 'routing_rule');
    await grantToApp(q, 'routing_rule', 'SELECT, INSERT, UPDATE');

    await q.query(`CREATE TABLE delivery (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      signal_id uuid NOT NULL,
      discipline text NOT NULL,
      domain text NOT NULL,
      state text NOT NULL CHECK (state IN ('NEW','IN_TRIAGE','ACCEPTED','DECLINED','ESCALATED')),
      purpose text NOT NULL,
      allowed_categories text[] NOT NULL,
      rule_id uuid NOT NULL,
      rule_key text NOT NULL,
      rule_version integer NOT NULL,
      matched_rules jsonb NOT NULL,
      urgency text NOT NULL,
      triage_deadline timestamptz NOT NULL,
      overdue_at timestamptz,
      assigned_user_id uuid,
      decided_by_user_id uuid,
      decided_at timestamptz,
      decline_reason text,
      case_id uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, signal_id) REFERENCES signal(tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, rule_id) REFERENCES routing_rule(tenant_id, id),
      UNIQUE (tenant_id, signal_id, discipline),
      CHECK (state <> 'DECLINED' OR decline_reason IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX delivery_inbox ON delivery (tenant_id, discipline, state, triage_deadline)`);
    await isolateByTenant(q, 'delivery');
    await grantToApp(q, 'delivery', 'SELECT, INSERT, UPDATE, DELETE');

    await q.query(`CREATE TABLE notification (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      recipient_user_id uuid,
      recipient_discipline text,
      kind text NOT NULL,
      message text NOT NULL,
      message_nl text NOT NULL,
      signal_id uuid,
      delivery_id uuid,
      case_id uuid,
      dedupe_key text NOT NULL,
      read_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, dedupe_key),
      CHECK (recipient_user_id IS NOT NULL OR recipient_discipline IS NOT NULL)
    )`);
    await q.query(`CREATE INDEX notification_user ON notification (tenant_id, recipient_user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notification_discipline ON notification (tenant_id, recipient_discipline, created_at DESC)`);
    await isolateByTenant(q, 'notification');
    await grantToApp(q, 'notification', 'SELECT, INSERT, UPDATE, DELETE');
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['notification', 'delivery', 'routing_rule', 'signal_subject', 'signal']) await q.query(`DROP TABLE ${table}`);
  }
}
