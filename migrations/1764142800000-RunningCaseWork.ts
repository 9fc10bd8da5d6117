import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE, grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * The chair's and case director's work on a running case: an action item's result and every
 * postponement with its reason; a review date while a case is monitored (and when the chair was told
 * it is due); an escalation's responder, deadline, status and response.
 */
export class RunningCaseWork1764142800000 implements MigrationInterface {
  name = 'RunningCaseWork1764142800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE action_item ADD COLUMN result_encrypted text`);
    await q.query(`ALTER TABLE action_item ADD COLUMN postponements integer NOT NULL DEFAULT 0`);
    await q.query(`CREATE TABLE action_item_postponement (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      action_item_id uuid NOT NULL,
      case_id uuid NOT NULL,
      from_due_at timestamptz NOT NULL,
      to_due_at timestamptz NOT NULL,
      reason text NOT NULL,
      postponed_by_user_id uuid NOT NULL,
      postponed_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      FOREIGN KEY (tenant_id, action_item_id) REFERENCES action_item (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id) ON DELETE CASCADE,
      FOREIGN KEY (tenant_id, postponed_by_user_id) REFERENCES app_user (tenant_id, id)
    )`);
    await q.query(`CREATE INDEX action_item_postponement_item ON action_item_postponement (tenant_id, action_item_id, postponed_at)`);
    await isolateByTenant(q, 'action_item_postponement');
    await grantToApp(q, 'action_item_postponement', 'SELECT, INSERT, DELETE');

    // A housemate (huisgenoot) who is not family, next to GEZINSLID.
    await q.query(`ALTER TABLE case_subject DROP CONSTRAINT case_subject_role_check`);
    await q.query(`ALTER TABLE case_subject ADD CONSTRAINT case_subject_role_check
      CHECK (role IN ('HOOFDBETROKKENE','GEZINSLID','HUISGENOOT','EIGENAAR','VERHUURDER','ZORGAANBIEDER','TUSSENPERSOON','ADRES','OVERIG'))`);

    await q.query(`ALTER TABLE case_file ADD COLUMN review_on date`);
    await q.query(`ALTER TABLE case_file ADD COLUMN review_reason text`);
    await q.query(`ALTER TABLE case_file ADD COLUMN review_notified_at timestamptz`);
    // The periodic review job looks for monitored cases whose review day has come.
    await q.query(`CREATE INDEX case_file_review_due ON case_file (tenant_id, review_on) WHERE review_on IS NOT NULL AND review_notified_at IS NULL`);

    await q.query(`ALTER TABLE case_escalation ADD COLUMN status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','ANSWERED','REFUSED'))`);
    await q.query(`ALTER TABLE case_escalation ADD COLUMN responder_user_id uuid`);
    await q.query(`ALTER TABLE case_escalation ADD COLUMN respond_by date`);
    await q.query(`ALTER TABLE case_escalation ADD COLUMN response_text text`);
    await q.query(`ALTER TABLE case_escalation ADD COLUMN responded_at timestamptz`);
    await q.query(`ALTER TABLE case_escalation ADD COLUMN responded_by_user_id uuid`);
    await q.query(`ALTER TABLE case_escalation ADD CONSTRAINT case_escalation_responder FOREIGN KEY (tenant_id, responder_user_id) REFERENCES app_user (tenant_id, id)`);
    await q.query(`ALTER TABLE case_escalation ADD CONSTRAINT case_escalation_answered CHECK ((status = 'OPEN') = (responded_at IS NULL))`);
    await q.query(`CREATE INDEX case_escalation_open ON case_escalation (tenant_id, respond_by) WHERE status = 'OPEN'`);
    await grantToApp(q, 'case_escalation', 'UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`REVOKE UPDATE ON case_escalation FROM ${APP_ROLE}`);
    await q.query(`DROP INDEX case_escalation_open`);
    await q.query(`ALTER TABLE case_escalation DROP CONSTRAINT case_escalation_answered`);
    await q.query(`ALTER TABLE case_escalation DROP CONSTRAINT case_escalation_responder`);
    for (const column of ['responded_by_user_id', 'responded_at', 'response_text', 'respond_by', 'responder_user_id', 'status']) {
      await q.query(`ALTER TABLE case_escalation DROP COLUMN ${column}`);
    }
    await q.query(`DROP INDEX case_file_review_due`);
    for (const column of ['review_notified_at', 'review_reason', 'review_on']) await q.query(`ALTER TABLE case_file DROP COLUMN ${column}`);
    await q.query(`UPDATE case_subject SET role = 'OVERIG' WHERE role = 'HUISGENOOT'`);
    await q.query(`ALTER TABLE case_subject DROP CONSTRAINT case_subject_role_check`);
    await q.query(`ALTER TABLE case_subject ADD CONSTRAINT case_subject_role_check
      CHECK (role IN ('HOOFDBETROKKENE','GEZINSLID','EIGENAAR','VERHUURDER','ZORGAANBIEDER','TUSSENPERSOON','ADRES','OVERIG'))`);
    await q.query(`DROP TABLE action_item_postponement`);
    await q.query(`ALTER TABLE action_item DROP COLUMN postponements`);
    await q.query(`ALTER TABLE action_item DROP COLUMN result_encrypted`);
  }
}
