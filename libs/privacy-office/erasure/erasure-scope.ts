import type { EntityManager } from 'typeorm';
import { dayText, DISCIPLINE_LABEL, Discipline, Label, labelOf } from '@vangrail/core';
import { heldAbout } from '@vangrail/privacy';
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


/** Deliveries a discipline took into its own file (accepted, or escalated to a case table). */
const TAKEN_IN = new Set(['ACCEPTED', 'ESCALATED']);

export async function erasureScope(manager: EntityManager, tenantId: string, subjectId: string, now: Date): Promise<ErasureScope> {
  const { signalIds, deliveries, cases } = await heldAbout(manager, tenantId, subjectId);
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
