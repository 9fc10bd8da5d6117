import type { EntityManager } from 'typeorm';
import { dayText, DISCIPLINE_LABEL, Discipline, Label, labelOf } from '@vangrail/core';
import { keptUntil } from './retention-duties';

/** Everything held about one person that an erasure touches, found before anything changes. */
export interface ErasureScope {
  signalIds: string[];
  deliveryIds: string[];
  /** Cases about the person (main subject): erased whole. */
  caseIds: string[];
  /** Cases about others that also name the person: the person is unlinked. */
  otherCaseIds: string[];
  /** Legal duties that forbid the erasure now (empty: it may go ahead). */
  retained: Label[];
}

interface CaseRow { id: string; reference: string; created_at: Date; main: boolean; participants: string[] }
interface DeliveryRow { id: string; discipline: string; state: string; created_at: Date; observed_at: Date }

/** Deliveries a discipline took into its own file (accepted, or escalated to a case table). */
const TAKEN_IN = new Set(['ACCEPTED', 'ESCALATED']);

export async function erasureScope(manager: EntityManager, tenantId: string, subjectId: string, now: Date): Promise<ErasureScope> {
  const signals = (await manager.query(`SELECT signal_id FROM signal_subject WHERE tenant_id = $1 AND subject_id = $2`, [tenantId, subjectId])) as { signal_id: string }[];
  const signalIds = signals.map((s) => s.signal_id);
  const deliveries = (await manager.query(
    `SELECT d.id, d.discipline, d.state, d.created_at, g.observed_at FROM delivery d JOIN signal g ON g.tenant_id = d.tenant_id AND g.id = d.signal_id
      WHERE d.tenant_id = $1 AND d.signal_id = ANY($2)`,
    [tenantId, signalIds],
  )) as DeliveryRow[];
  const cases = (await manager.query(
    `SELECT c.id, c.reference, c.created_at, c.main_subject_id = $2 AS main,
            -- Disciplines taking part, and those that contributed (also after being taken off the case).
            ARRAY(SELECT p.discipline FROM case_participant p WHERE p.tenant_id = c.tenant_id AND p.case_id = c.id
                  UNION SELECT k.discipline FROM contribution k WHERE k.tenant_id = c.tenant_id AND k.case_id = c.id AND k.discipline IS NOT NULL) AS participants
       FROM case_file c JOIN case_subject cs ON cs.tenant_id = c.tenant_id AND cs.case_id = c.id
      WHERE c.tenant_id = $1 AND cs.subject_id = $2`,
    [tenantId, subjectId],
  )) as CaseRow[];
  const retained: Label[] = [];
  for (const kase of cases) {
    for (const discipline of kase.participants) {
      const kept = keptUntil(discipline, kase.created_at);
      if (kept && kept.until > now) {
        const until = dayText(kept.until);
        retained.push({
          nl: `casus ${kase.reference} valt onder de ${kept.duty.law.nl} (${kept.duty.source.nl}) en moet bewaard blijven tot ${until.nl}`,
          en: `case ${kase.reference} falls under the ${kept.duty.law.en} (${kept.duty.source.en}) and must be kept until ${until.en}`,
        });
      }
    }
  }
  for (const delivery of deliveries.filter((d) => TAKEN_IN.has(d.state))) {
    const kept = keptUntil(delivery.discipline, delivery.created_at);
    if (kept && kept.until > now) {
      const observed = dayText(delivery.observed_at);
      const by = labelOf(DISCIPLINE_LABEL, delivery.discipline as Discipline);
      const until = dayText(kept.until);
      retained.push({
        nl: `het signaal van ${observed.nl}, in behandeling genomen door ${by.nl}, valt onder de ${kept.duty.law.nl} (${kept.duty.source.nl}) en moet bewaard blijven tot ${until.nl}`,
        en: `the signal of ${observed.en}, taken on by ${by.en}, falls under the ${kept.duty.law.en} (${kept.duty.source.en}) and must be kept until ${until.en}`,
      });
    }
  }
  return {
    signalIds,
    deliveryIds: deliveries.map((d) => d.id),
    caseIds: cases.filter((c) => c.main).map((c) => c.id),
    otherCaseIds: cases.filter((c) => !c.main).map((c) => c.id),
    retained,
  };
}
