import type { EntityManager } from 'typeorm';

/**
 * The data access of the privacy office's art. 17 and 18 work (restrictSubject, liftRestriction,
 * eraseSubject), kept in the privacy library: it reaches personal-data tables below the governed
 * read path, in the request's transaction, and only the privacy office's use cases call it.
 */

export interface LockedPerson {
  id: string;
  type: string;
  restrictedAt: Date | null;
}

/** The person, locked for the change (null when not (or no longer) in the registry). */
export async function lockPerson(manager: EntityManager, tenantId: string, subjectId: string): Promise<LockedPerson | null> {
  const [row] = (await manager.query(`SELECT id, type, restricted_at FROM subject WHERE tenant_id = $1 AND id = $2 FOR UPDATE`, [tenantId, subjectId])) as { id: string; type: string; restricted_at: Date | null }[];
  return row ? { id: row.id, type: row.type, restrictedAt: row.restricted_at } : null;
}

export async function setRestrictedAt(manager: EntityManager, tenantId: string, subjectId: string, at: Date | null): Promise<void> {
  await manager.query(`UPDATE subject SET restricted_at = $3, updated_at = now() WHERE tenant_id = $1 AND id = $2`, [tenantId, subjectId, at]);
}

/** Holds the signals naming the person that are not routed yet; answers how many are held in all. */
export async function holdUnroutedSignals(manager: EntityManager, tenantId: string, subjectId: string, now: Date): Promise<number> {
  const [held] = (await manager.query(
    `WITH held AS (
       UPDATE signal g SET held_at = $3, updated_at = now()
        WHERE g.tenant_id = $1 AND g.routed_at IS NULL AND g.held_at IS NULL
          AND EXISTS (SELECT 1 FROM signal_subject ss WHERE ss.tenant_id = g.tenant_id AND ss.signal_id = g.id AND ss.subject_id = $2)
        RETURNING 1)
     SELECT (SELECT count(*) FROM held)::int + (SELECT count(*)::int FROM signal g JOIN signal_subject ss ON ss.tenant_id = g.tenant_id AND ss.signal_id = g.id
                                                  WHERE g.tenant_id = $1 AND ss.subject_id = $2 AND g.held_at IS NOT NULL) AS count`,
    [tenantId, subjectId, now],
  )) as { count: number }[];
  return held.count;
}

/** Un-holds the held signals naming the person and no other restricted person; answers them for routing. */
export async function releaseHeldSignals(manager: EntityManager, tenantId: string, subjectId: string): Promise<{ id: string; urgency: string }[]> {
  const released = (await manager.query(
    `UPDATE signal g SET held_at = NULL, updated_at = now()
      WHERE g.tenant_id = $1 AND g.held_at IS NOT NULL
        AND EXISTS (SELECT 1 FROM signal_subject ss WHERE ss.tenant_id = g.tenant_id AND ss.signal_id = g.id AND ss.subject_id = $2)
        AND NOT EXISTS (SELECT 1 FROM signal_subject ss JOIN subject s ON s.tenant_id = ss.tenant_id AND s.id = ss.subject_id
                         WHERE ss.tenant_id = g.tenant_id AND ss.signal_id = g.id AND s.restricted_at IS NOT NULL)
      RETURNING g.id, g.urgency`,
    [tenantId, subjectId],
  )) as [{ id: string; urgency: string }[], number];
  return released[0];
}

export interface HeldAbout {
  signalIds: string[];
  deliveries: { id: string; discipline: string; state: string; created_at: Date; observed_at: Date }[];
  cases: { id: string; reference: string; created_at: Date; main: boolean; participants: string[] }[];
}

/** What is held about the person that an erasure touches: signals, their deliveries, cases naming them. */
export async function heldAbout(manager: EntityManager, tenantId: string, subjectId: string): Promise<HeldAbout> {
  const signals = (await manager.query(`SELECT signal_id FROM signal_subject WHERE tenant_id = $1 AND subject_id = $2`, [tenantId, subjectId])) as { signal_id: string }[];
  const signalIds = signals.map((s) => s.signal_id);
  const deliveries = (await manager.query(
    `SELECT d.id, d.discipline, d.state, d.created_at, g.observed_at FROM delivery d JOIN signal g ON g.tenant_id = d.tenant_id AND g.id = d.signal_id
      WHERE d.tenant_id = $1 AND d.signal_id = ANY($2)`,
    [tenantId, signalIds],
  )) as HeldAbout['deliveries'];
  const cases = (await manager.query(
    `SELECT c.id, c.reference, c.created_at, c.main_subject_id = $2 AS main,
            -- Disciplines taking part, and those that contributed (also after being taken off the case).
            ARRAY(SELECT p.discipline FROM case_participant p WHERE p.tenant_id = c.tenant_id AND p.case_id = c.id
                  UNION SELECT k.discipline FROM contribution k WHERE k.tenant_id = c.tenant_id AND k.case_id = c.id AND k.discipline IS NOT NULL) AS participants
       FROM case_file c JOIN case_subject cs ON cs.tenant_id = c.tenant_id AND cs.case_id = c.id
      WHERE c.tenant_id = $1 AND cs.subject_id = $2`,
    [tenantId, subjectId],
  )) as HeldAbout['cases'];
  return { signalIds, deliveries, cases };
}

export interface ErasedCounts {
  subjects: number;
  signals: number;
  deliveries: number;
  cases: number;
  contributions: number;
  decisions: number;
  actionItems: number;
  caseLinks: number;
  notifications: number;
  anonymisedTexts: number;
}

/** Kept for accountability (the officer's review of an emergency access), with the person's words taken out. */
const ANONYMISED = 'Gewist op verzoek van betrokkene (AVG art. 17); de oorspronkelijke tekst is verwijderd.';

/**
 * Erases the person with the given signals, deliveries and cases about them, in dependency order (the
 * foreign keys cascade within a case and within a signal); from `otherCaseIds` the person is unlinked.
 */
export async function erasePerson(
  manager: EntityManager,
  tenantId: string,
  subjectId: string,
  scope: { signalIds: string[]; deliveryIds: string[]; caseIds: string[]; otherCaseIds: string[] },
): Promise<ErasedCounts> {
  const { signalIds, deliveryIds, caseIds } = scope;
  const count = async (table: string): Promise<number> =>
    ((await manager.query(`SELECT count(*)::int AS n FROM ${table} WHERE tenant_id = $1 AND case_id = ANY($2)`, [tenantId, caseIds])) as { n: number }[])[0].n;
  const affected = async (sql: string, params: unknown[]): Promise<number> => ((await manager.query(sql, params)) as [unknown[], number])[1];
  const counts: ErasedCounts = {
    subjects: 1,
    signals: signalIds.length,
    deliveries: deliveryIds.length,
    cases: caseIds.length,
    contributions: await count('contribution'),
    decisions: await count('decision'),
    actionItems: await count('action_item'),
    caseLinks: scope.otherCaseIds.length,
    notifications: 0,
    anonymisedTexts: 0,
  };
  counts.notifications = await affected(
    `DELETE FROM notification WHERE tenant_id = $1 AND (signal_id = ANY($2) OR delivery_id = ANY($3) OR case_id = ANY($4))`,
    [tenantId, signalIds, deliveryIds, caseIds],
  );
  counts.anonymisedTexts = await affected(
    `UPDATE emergency_access_grant SET justification = $4, updated_at = now() WHERE tenant_id = $1 AND (resource_id = $2 OR resource_id = ANY($3)) AND justification <> $4`,
    [tenantId, subjectId, caseIds, ANONYMISED],
  );
  // Access links of other subjects (the address, household members) to erased signals, deliveries and cases.
  await manager.query(`DELETE FROM subject_link WHERE tenant_id = $1 AND context_id = ANY($2)`, [tenantId, [...signalIds, ...deliveryIds, ...caseIds]]);
  await manager.query(`DELETE FROM case_signal WHERE tenant_id = $1 AND signal_id = ANY($2)`, [tenantId, signalIds]);
  // Closings, hand-overs and legal-basis versions are append-only for the application; one owner function erases them.
  if (caseIds.length) await manager.query(`SELECT erase_case_history($1, $2)`, [tenantId, caseIds]);
  await manager.query(`DELETE FROM case_file WHERE tenant_id = $1 AND id = ANY($2)`, [tenantId, caseIds]);
  await manager.query(`DELETE FROM signal WHERE tenant_id = $1 AND id = ANY($2)`, [tenantId, signalIds]);
  // The person last: their links to cases of others, access links and restrictions go with them.
  await manager.query(`DELETE FROM subject WHERE tenant_id = $1 AND id = $2`, [tenantId, subjectId]);
  return counts;
}
