import { MigrationInterface, QueryRunner } from 'typeorm';
import { grantToApp, isolateByTenant } from '../libs/persistence/tenant-isolation';

/**
 * The legal basis of a case, versioned: each recording is a new row (insert-only for the app), so the
 * basis in force at any moment stays provable. The checks repeat the use case's rules, so no row can
 * state consent without its date or "not informed" without a reason.
 */
export class CaseLegalBasis1764143000000 implements MigrationInterface {
  name = 'CaseLegalBasis1764143000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE case_legal_basis (
      tenant_id uuid NOT NULL,
      id uuid NOT NULL,
      case_id uuid NOT NULL,
      version integer NOT NULL CHECK (version > 0),
      ground text NOT NULL CHECK (ground IN ('TOESTEMMING', 'WGS', 'CONVENANT', 'SECTORWET')),
      provision text,
      consent_given_on date,
      consent_scope text,
      proportionality text NOT NULL,
      subsidiarity text NOT NULL,
      person_informed boolean NOT NULL,
      informed_on date,
      informed_by_user_id uuid,
      not_informed_reason text CHECK (not_informed_reason IN ('VEILIGHEID', 'LOPEND_ONDERZOEK', 'BESCHERMING_MELDER')),
      not_informed_explanation text,
      admission_criteria text[] NOT NULL DEFAULT '{}',
      recorded_by_user_id uuid NOT NULL,
      recorded_at timestamptz NOT NULL DEFAULT now(),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (tenant_id, id),
      UNIQUE (tenant_id, case_id, version),
      FOREIGN KEY (tenant_id, case_id) REFERENCES case_file (tenant_id, id),
      CHECK (ground <> 'TOESTEMMING' OR (consent_given_on IS NOT NULL AND consent_scope IS NOT NULL)),
      CHECK (ground = 'TOESTEMMING' OR provision IS NOT NULL),
      CHECK (CASE WHEN person_informed THEN informed_on IS NOT NULL AND not_informed_reason IS NULL ELSE not_informed_reason IS NOT NULL AND informed_on IS NULL END)
    )`);
    await isolateByTenant(q, 'case_legal_basis');
    await grantToApp(q, 'case_legal_basis', 'SELECT, INSERT');
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE case_legal_basis`);
  }
}
