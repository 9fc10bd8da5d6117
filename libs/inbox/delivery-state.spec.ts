import { assertDeliveryTransition } from './delivery-state';
import { DeliveryState as S } from './entities/delivery.entity';

describe('Delivery triage states', () => {
  it.each([
    [S.NEW, S.IN_TRIAGE],
    [S.IN_TRIAGE, S.ACCEPTED],
    [S.IN_TRIAGE, S.DECLINED],
    [S.IN_TRIAGE, S.ESCALATED],
    [S.ACCEPTED, S.ESCALATED],
  ])('allows %s → %s', (from, to) => {
    expect(() => assertDeliveryTransition(from, to)).not.toThrow();
  });

  it('refuses to reopen a declined delivery and names what is possible', () => {
    expect(() => assertDeliveryTransition(S.DECLINED, S.ACCEPTED)).toThrow('possible next states: none (this delivery is finished)');
    expect(() => assertDeliveryTransition(S.ACCEPTED, S.IN_TRIAGE)).toThrow('possible next states: ESCALATED');
  });
});
