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

  it.each([S.ACCEPTED, S.DECLINED, S.ESCALATED])('refuses a decision straight from NEW (→ %s): triage comes first', (to) => {
    expect(() => assertDeliveryTransition(S.NEW, to)).toThrow('Start the triage first');
  });

  it('refuses to reopen a declined delivery and names what is possible, in words', () => {
    expect(() => assertDeliveryTransition(S.DECLINED, S.ACCEPTED)).toThrow('possible next steps: none (this delivery is finished)');
    expect(() => assertDeliveryTransition(S.ACCEPTED, S.IN_TRIAGE)).toThrow('possible next steps: "escalated to a case table"');
    try {
      assertDeliveryTransition(S.ACCEPTED, S.IN_TRIAGE);
    } catch (error) {
      const nl = String((error as { extensions: { messageNl: string } }).extensions.messageNl);
      expect(nl).toContain('"aangenomen" kan niet "in beoordeling" worden');
      expect(`${(error as Error).message} ${nl}`).not.toMatch(/IN_TRIAGE|ACCEPTED|ESCALATED/);
    }
  });
});
