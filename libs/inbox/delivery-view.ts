import { DataCategory, PiiCrypto, Withheld, withheldFor } from '@vangrail/privacy';
import { dateEn, dateNl } from '@vangrail/notifications';
import type { Signal } from '@vangrail/signals/entities/signal.entity';
import type { SignalCategory, SignalFlag, Urgency } from '@vangrail/signals/signal-vocabulary';
import type { SignalSubjectView } from '@vangrail/signals/dto/signal.type';
import { Discipline } from '@vangrail/core';
import { DeliveryView } from './dto/delivery.types';
import { Delivery, DeliveryState } from './entities/delivery.entity';

/**
 * What a receiving discipline sees of a signal: the description only when every category it
 * contains may travel with this delivery and be seen by the discipline; otherwise it is withheld
 * per category, with the reason. Category, urgency, flags and subjects (themselves minimised)
 * still tell the discipline what the signal is about.
 */
export function deliveryView(
  delivery: Delivery,
  signal: Signal,
  subjects: SignalSubjectView[],
  visible: ReadonlySet<string>,
  crypto: PiiCrypto,
): { view: DeliveryView; disclosed: DataCategory[] } {
  const blocked = signal.dataCategories.filter((category) => !delivery.allowedCategories.includes(category) || !visible.has(category));
  const showDescription = blocked.length === 0;
  const view: DeliveryView = {
    id: delivery.id,
    signalId: signal.id,
    state: delivery.state,
    discipline: delivery.discipline as Discipline,
    category: signal.category as SignalCategory,
    urgency: signal.urgency as Urgency,
    flags: signal.flags as SignalFlag[],
    observedAt: signal.observedAt,
    receivedAt: delivery.createdAt,
    triageDeadline: delivery.triageDeadline,
    overdue: delivery.overdueAt !== null,
    description: showDescription ? crypto.decrypt(signal.descriptionEncrypted) : null,
    subjects,
    allowedCategories: delivery.allowedCategories as DataCategory[],
    rules: delivery.matchedRules,
    declineReason: delivery.declineReason,
    caseId: delivery.caseId,
    withheld: blocked.map((category) => withheldFor(category as DataCategory, 1, delivery.discipline, ['description'])),
  };
  const withheldSubjects = subjects.flatMap((s) => s.subject.withheld);
  view.withheld.push(...withheldSubjects);
  return { view, disclosed: showDescription ? (signal.dataCategories as DataCategory[]) : [] };
}

/**
 * The subjects a delivery's discipline can no longer see (its access ended with the decline):
 * stated per kind, so an empty list is never mistaken for a signal about nobody.
 */
export function subjectsNoLongerShown(delivery: Delivery, types: string[]): Withheld[] {
  const declined = delivery.state === DeliveryState.DECLINED && delivery.decidedAt;
  const why = declined
    ? { en: `your discipline declined this delivery on ${dateEn(delivery.decidedAt!)}, which ended its access to the subjects`, nl: `uw discipline heeft deze doorzetting op ${dateNl(delivery.decidedAt!)} afgewezen; daarmee is de toegang tot de betrokkenen beëindigd` }
    : { en: 'your discipline has no access to these subjects through this delivery', nl: 'uw discipline heeft via deze doorzetting geen toegang tot deze betrokkenen' };
  const byCategory = new Map<DataCategory, number>();
  for (const type of types) {
    const category = type === 'ADDRESS' ? DataCategory.ADRES : DataCategory.IDENTIFICATIE;
    byCategory.set(category, (byCategory.get(category) ?? 0) + 1);
  }
  return [...byCategory].map(([category, count]) =>
    Object.assign(new Withheld(), {
      category,
      count,
      fields: ['subjects'],
      reason: `${count} ${count === 1 ? 'subject' : 'subjects'} withheld: ${why.en}`,
      reasonNl: `${count} ${count === 1 ? 'betrokkene' : 'betrokkenen'} afgeschermd: ${why.nl}`,
    }),
  );
}
