import { VangrailError } from '@vangrail/core';
import { CaseState } from './entities/case.entity';
import { planTransition, TransitionRequest } from './case-state-machine';
import { ClosingOutcome } from './closing-outcome';

const S = CaseState;
const NOW = new Date('2026-03-01T10:00:00Z');

function request(from: CaseState, to: CaseState, extra: Partial<TransitionRequest> = {}): TransitionRequest {
  return { from, to, actorIsChair: true, openActionItems: [], closedAt: null, retentionMonths: 24, now: NOW, closingOutcome: ClosingOutcome.DOELEN_BEHAALD, ...extra };
}

function refusal(fn: () => unknown): VangrailError {
  try {
    fn();
  } catch (error) {
    if (error instanceof VangrailError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('Case state machine (DOMAIN.md §6)', () => {
  it.each([
    [S.AANGEMELD, S.IN_TRIAGE],
    [S.IN_TRIAGE, S.GEAGENDEERD],
    [S.GEAGENDEERD, S.IN_BEHANDELING],
    [S.IN_BEHANDELING, S.MONITORING],
    [S.MONITORING, S.IN_BEHANDELING],
  ])('moves a case from %s to %s', (from, to) => {
    expect(planTransition(request(from, to))).toEqual({ state: to });
  });

  it('refuses an illegal transition and names the allowed next states', () => {
    const error = refusal(() => planTransition(request(S.AANGEMELD, S.AFGESLOTEN)));
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', allowedNextStates: ['IN_TRIAGE'] });
    expect(error.message).toBe('A case that is registered (aangemeld) cannot become closed (afgesloten); it can become in triage');
    expect(error.extensions.messageNl).toBe('Een casus die aangemeld is, kan niet afgesloten worden; hij kan in triage worden');
  });

  it('says a refused case is final', () => {
    const error = refusal(() => planTransition(request(S.GEWEIGERD, S.IN_TRIAGE)));
    expect(error.message).toContain('this is its final state');
    expect(error.extensions.allowedNextStates).toEqual([]);
  });

  it('needs a reason to refuse a case', () => {
    expect(refusal(() => planTransition(request(S.IN_TRIAGE, S.GEWEIGERD, { reason: '  ' }))).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    expect(planTransition(request(S.IN_TRIAGE, S.GEWEIGERD, { reason: ' Geen domeinoverstijgende problematiek ' }))).toEqual({
      state: S.GEWEIGERD,
      refusalReason: 'Geen domeinoverstijgende problematiek',
    });
  });

  it('needs a closing reason, an outcome from the list and its explanation to close a case', () => {
    const listed = { closingOutcome: ClosingOutcome.DOELEN_BEHAALD };
    expect(refusal(() => planTransition(request(S.MONITORING, S.AFGESLOTEN, { ...listed, outcome: 'x' }))).extensions.field).toBe('input.closingReason');
    expect(refusal(() => planTransition(request(S.MONITORING, S.AFGESLOTEN, { closingReason: 'x', outcome: 'x', closingOutcome: null }))).extensions.field).toBe('input.closingOutcome');
    expect(refusal(() => planTransition(request(S.MONITORING, S.AFGESLOTEN, { ...listed, closingReason: 'x' }))).extensions.field).toBe('input.outcome');
    expect(planTransition(request(S.MONITORING, S.AFGESLOTEN, { ...listed, closingReason: 'Doelen bereikt', outcome: 'Situatie stabiel' }))).toEqual({
      state: S.AFGESLOTEN,
      closingReason: 'Doelen bereikt',
      outcome: 'Situatie stabiel',
      closingOutcome: ClosingOutcome.DOELEN_BEHAALD,
      closedAt: NOW,
    });
  });

  it('refuses to close a case with open action items, naming them', () => {
    const error = refusal(() =>
      planTransition(
        request(S.IN_BEHANDELING, S.AFGESLOTEN, {
          closingReason: 'Doelen bereikt',
          outcome: 'Stabiel',
          closingOutcome: ClosingOutcome.DOELEN_BEHAALD,
          openActionItems: [{ id: 'a1', dueAt: new Date('2026-03-10T09:00:00Z') }],
        }),
      ),
    );
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.message).toBe('The case still has 1 open action item (due 10 March 2026); complete or cancel it first');
    expect(error.extensions.messageNl).toBe('De casus heeft nog 1 open actiepunt (deadline 10 maart 2026); rond het eerst af of trek het in');
    expect(error.extensions.openActionItems).toEqual([{ id: 'a1', dueAt: '2026-03-10T09:00:00.000Z' }]);
  });

  it('lets only the chair reopen a closed case', () => {
    const closedAt = new Date('2026-01-01T00:00:00Z');
    expect(refusal(() => planTransition(request(S.AFGESLOTEN, S.IN_BEHANDELING, { actorIsChair: false, closedAt }))).extensions.code).toBe('FORBIDDEN');
    expect(planTransition(request(S.AFGESLOTEN, S.IN_BEHANDELING, { closedAt }))).toEqual({
      state: S.IN_BEHANDELING,
      closingReason: null,
      outcome: null,
      closingOutcome: null,
      closedAt: null,
    });
  });

  it('refuses to reopen a closed case after its retention period', () => {
    const closedAt = new Date('2024-02-01T00:00:00Z');
    const error = refusal(() => planTransition(request(S.AFGESLOTEN, S.IN_BEHANDELING, { closedAt, retentionMonths: 24 })));
    expect(error.extensions.code).toBe('CONFLICT');
    expect(error.message).toContain('retention period of this case ended on 2026-02-01');
  });

  it('refuses whitespace-only closing reasons and outcomes', () => {
    expect(refusal(() => planTransition(request(S.MONITORING, S.AFGESLOTEN, { closingReason: ' \n\t ', outcome: 'Stabiel' }))).extensions.field).toBe('input.closingReason');
    expect(refusal(() => planTransition(request(S.MONITORING, S.AFGESLOTEN, { closingReason: 'Doelen bereikt', outcome: '   ' }))).extensions.field).toBe('input.outcome');
  });

  it('refuses a BSN in the refusal reason, closing reason or outcome (they are shown to everyone at the case)', () => {
    const bsn = '111222333';
    expect(refusal(() => planTransition(request(S.IN_TRIAGE, S.GEWEIGERD, { reason: `Betreft ${bsn}` }))).extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    expect(refusal(() => planTransition(request(S.MONITORING, S.AFGESLOTEN, { closingReason: `BSN ${bsn}`, outcome: 'Stabiel' }))).extensions.field).toBe('input.closingReason');
    expect(refusal(() => planTransition(request(S.MONITORING, S.AFGESLOTEN, { closingReason: 'Klaar', outcome: `Stabiel voor ${bsn}` }))).extensions.field).toBe('input.outcome');
  });
});
