import { MigrationInterface, QueryRunner } from 'typeorm';
import { APP_ROLE } from '../libs/persistence/tenant-isolation';

/**
 * Erasure (AVG art. 17) removes a case about the person, including its history tables, which the
 * application may otherwise only add to (closings, hand-overs, legal-basis versions). Rather than
 * granting the application DELETE on them, one owner function does exactly that for given cases of
 * the current tenant (row-level security is forced, so it sees no other tenant's rows). Its body is
 * resolved when it runs, so it may name history tables that later migrations create.
 */
export class CaseErasureFunction1764142510000 implements MigrationInterface {
  name = 'CaseErasureFunction1764142510000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE FUNCTION erase_case_history(p_tenant uuid, p_case_ids uuid[]) RETURNS void
      LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
      BEGIN
        IF p_tenant IS DISTINCT FROM current_tenant_id() THEN
          RAISE EXCEPTION 'erase_case_history: not the current tenant';
        END IF;
        DELETE FROM case_closing WHERE tenant_id = p_tenant AND case_id = ANY(p_case_ids);
        DELETE FROM case_handover WHERE tenant_id = p_tenant AND case_id = ANY(p_case_ids);
        IF to_regclass('public.case_legal_basis') IS NOT NULL THEN
          DELETE FROM case_legal_basis WHERE tenant_id = p_tenant AND case_id = ANY(p_case_ids);
        END IF;
      END $$`);
    await q.query(`REVOKE ALL ON FUNCTION erase_case_history(uuid, uuid[]) FROM PUBLIC`);
    await q.query(`GRANT EXECUTE ON FUNCTION erase_case_history(uuid, uuid[]) TO ${APP_ROLE}`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION erase_case_history(uuid, uuid[])`);
  }
}
