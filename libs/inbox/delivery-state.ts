import { VangrailError } from '@vangrail/core';
import { DeliveryState } from './entities/delivery.entity';

const S = DeliveryState;

/** DOMAIN.md §5: NEW → IN_TRIAGE → ACCEPTED | DECLINED | ESCALATED. Every decision is taken in triage. */
export const DELIVERY_TRANSITIONS: Readonly<Record<DeliveryState, readonly DeliveryState[]>> = {
  [S.NEW]: [S.IN_TRIAGE],
  [S.IN_TRIAGE]: [S.ACCEPTED, S.DECLINED, S.ESCALATED],
  [S.ACCEPTED]: [S.ESCALATED],
  [S.DECLINED]: [],
  [S.ESCALATED]: [],
};

/** The states in the users' words (English, Dutch), so no message shows a raw enum value. */
export const DELIVERY_STATE_LABEL: Readonly<Record<DeliveryState, { en: string; nl: string }>> = {
  [S.NEW]: { en: 'new', nl: 'nieuw' },
  [S.IN_TRIAGE]: { en: 'in triage', nl: 'in beoordeling' },
  [S.ACCEPTED]: { en: 'accepted', nl: 'aangenomen' },
  [S.DECLINED]: { en: 'declined', nl: 'afgewezen' },
  [S.ESCALATED]: { en: 'escalated to a case table', nl: 'doorgezet naar een casustafel' },
};

/** Refuses an illegal transition with CONFLICT, naming in words the steps that are possible from here. */
export function assertDeliveryTransition(from: DeliveryState, to: DeliveryState): void {
  const allowed = DELIVERY_TRANSITIONS[from];
  if (allowed.includes(to)) return;
  const label = (state: DeliveryState) => DELIVERY_STATE_LABEL[state];
  const next = allowed.length ? allowed.map((s) => `"${label(s).en}"`).join(', ') : 'none (this delivery is finished)';
  const nextNl = allowed.length ? allowed.map((s) => `"${label(s).nl}"`).join(', ') : 'geen (deze doorzetting is afgehandeld)';
  const hint = from === S.NEW ? ' Start the triage first.' : '';
  const hintNl = from === S.NEW ? ' Start eerst de beoordeling.' : '';
  throw new VangrailError(
    'CONFLICT',
    `A delivery that is "${label(from).en}" cannot become "${label(to).en}"; possible next steps: ${next}.${hint}`,
    `Een doorzetting met status "${label(from).nl}" kan niet "${label(to).nl}" worden; mogelijke volgende stappen: ${nextNl}.${hintNl}`,
    { from, to, allowed },
  );
}
