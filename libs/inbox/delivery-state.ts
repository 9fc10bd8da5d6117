import { VangrailError } from '@vangrail/core';
import { DeliveryState } from './entities/delivery.entity';

const S = DeliveryState;

/** DOMAIN.md §5: NEW → IN_TRIAGE → ACCEPTED | DECLINED | ESCALATED. A decision may be taken straight from NEW. */
export const DELIVERY_TRANSITIONS: Readonly<Record<DeliveryState, readonly DeliveryState[]>> = {
  [S.NEW]: [S.IN_TRIAGE, S.ACCEPTED, S.DECLINED, S.ESCALATED],
  [S.IN_TRIAGE]: [S.ACCEPTED, S.DECLINED, S.ESCALATED],
  [S.ACCEPTED]: [S.ESCALATED],
  [S.DECLINED]: [],
  [S.ESCALATED]: [],
};

/** Refuses an illegal transition with CONFLICT, naming the states that are possible from here. */
export function assertDeliveryTransition(from: DeliveryState, to: DeliveryState): void {
  const allowed = DELIVERY_TRANSITIONS[from];
  if (allowed.includes(to)) return;
  const next = allowed.length ? allowed.join(', ') : 'none (this delivery is finished)';
  throw new VangrailError(
    'CONFLICT',
    `A delivery in state ${from} cannot become ${to}; possible next states: ${next}`,
    `Een doorzetting met status ${from} kan niet ${to} worden; mogelijke volgende statussen: ${next}`,
    { from, to, allowed },
  );
}
