import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * Data-subject requests (AVG art. 12, 15–21) registered as cases by the privacy office: who asked
 * what, when, how their identity was checked, the legal deadline and the answer. A request may be
 * about a person of whom nothing is held (subject_id null); its reference is the tenant's own.
 */
export class DataSubjectRequests1764140800000 implements MigrationInterface {
  name = 'DataSubjectRequests1764140800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE data_subject_request (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      id uuid NOT NULL,
      reference text NOT NULL CHECK (length(reference) BETWEEN 3 AND 40),
      kind text NOT NULL CHECK (kind IN ('INZAGE','RECTIFICATIE','WISSING','BEPERKING','BEZWAAR')),
      received_on date NOT NULL,
      identity_verification text NOT NULL CHECK (identity_verification IN ('BALIE_IDENTITEITSBEWIJS','DIGID','ONDERTEKEND_MET_KOPIE_ID','GEMACHTIGDE')),
      identity_note text,
      subject_id uuid,
      deadline date NOT NULL,
      extended_until date,
      extension_reason text,
      state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN','AFGEHANDELD')),
      answer text,
      answered_at timestamptz,
      registered_by uuid NOT NULL,
      answered_by uuid,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, reference),
      CHECK ((extended_until IS NULL) = (extension_reason IS NULL)),
      CHECK (extended_until IS NULL OR extended_until > deadline),
      CHECK ((state = 'AFGEHANDELD') = (answer IS NOT NULL AND answered_at IS NOT NULL))
    )`);
    await q.query(`CREATE INDEX data_subject_request_subject ON data_subject_request (tenant_id, subject_id, state)`);
    await q.query(`CREATE INDEX data_subject_request_received ON data_subject_request (tenant_id, received_on)`);
    await isolateByTenant(q, 'data_subject_request');
    await grantToApp(q, 'data_subject_request', 'SELECT, INSERT, UPDATE');

    await q.query(`CREATE TABLE data_subject_request_counter (
      tenant_id uuid NOT NULL REFERENCES tenant(id),
      year integer NOT NULL,
      last_number integer NOT NULL,
      PRIMARY KEY (tenant_id, year)
    )`);
    await isolateByTenant(q, 'data_subject_request_counter');
    await grantToApp(q, 'data_subject_request_counter', 'SELECT, INSERT, UPDATE');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE data_subject_request_counter`);
    await q.query(`DROP TABLE data_subject_request`);
  }
}
