import { badInput, dayText, Label, VangrailError, wordList } from '@vangrail/core';
import { assertNeutralText } from '../shared/text';
import { Case, CaseState } from './entities/case.entity';
import type { ClosingOutcome } from './closing-outcome';

const S = CaseState;

/** DOMAIN.md §6: AANGEMELD → IN_TRIAGE → GEWEIGERD | GEAGENDEERD → IN_BEHANDELING → MONITORING → AFGESLOTEN. */
export const NEXT_STATES: Readonly<Record<CaseState, readonly CaseState[]>> = {
  [S.AANGEMELD]: [S.IN_TRIAGE],
  [S.IN_TRIAGE]: [S.GEWEIGERD, S.GEAGENDEERD],
  [S.GEWEIGERD]: [],
  [S.GEAGENDEERD]: [S.IN_BEHANDELING],
  // A case can be closed straight from treatment; monitoring can fall back to treatment.
  [S.IN_BEHANDELING]: [S.MONITORING, S.AFGESLOTEN],
  [S.MONITORING]: [S.IN_BEHANDELING, S.AFGESLOTEN],
  // Reopening: the chair only, within the table's retention period.
  [S.AFGESLOTEN]: [S.IN_BEHANDELING],
};

/** How a case state reads in a message. */
export const CASE_STATE_LABEL: Readonly<Record<CaseState, Label>> = {
  [S.AANGEMELD]: { nl: 'aangemeld', en: 'registered (aangemeld)' },
  [S.IN_TRIAGE]: { nl: 'in triage', en: 'in triage' },
  [S.GEWEIGERD]: { nl: 'geweigerd', en: 'refused (geweigerd)' },
  [S.GEAGENDEERD]: { nl: 'geagendeerd', en: 'on the agenda (geagendeerd)' },
  [S.IN_BEHANDELING]: { nl: 'in behandeling', en: 'in progress (in behandeling)' },
  [S.MONITORING]: { nl: 'monitoring', en: 'monitoring' },
  [S.AFGESLOTEN]: { nl: 'afgesloten', en: 'closed (afgesloten)' },
};

/** Cases that still take part in the table's work (linked to signals, shown as "open case"). */
export const OPEN_STATES: readonly CaseState[] = [S.AANGEMELD, S.IN_TRIAGE, S.GEAGENDEERD, S.IN_BEHANDELING, S.MONITORING];

/** Cases that may be put on a meeting's agenda. */
export const AGENDA_STATES: readonly CaseState[] = [S.GEAGENDEERD, S.IN_BEHANDELING, S.MONITORING];

export interface OpenActionItemRef {
  id: string;
  /** The item's deadline; nothing else of it (description, owner) leaves in an error unaudited. */
  dueAt: Date;
}

export interface TransitionRequest {
  from: CaseState;
  to: CaseState;
  reason?: string | null;
  closingReason?: string | null;
  outcome?: string | null;
  closingOutcome?: ClosingOutcome | null;
  /** Whether the caller is the table's CHAIR (not merely case director). */
  actorIsChair: boolean;
  openActionItems: OpenActionItemRef[];
  closedAt: Date | null;
  retentionMonths: number;
  now: Date;
}

export type CasePatch = Partial<Pick<Case, 'state' | 'refusalReason' | 'closingReason' | 'outcome' | 'closingOutcome' | 'closedAt'>>;

export function retentionEnds(closedAt: Date, retentionMonths: number): Date {
  const end = new Date(closedAt);
  end.setUTCMonth(end.getUTCMonth() + retentionMonths);
  return end;
}

const blank = (value: string | null | undefined): boolean => !value || value.trim() === '';

/**
 * Checks one transition against the state machine and its guards and returns the change to make.
 * Throws a VangrailError the caller can act on: CONFLICT naming the allowed next states or the open
 * action items, BAD_USER_INPUT naming the missing field, FORBIDDEN when only the chair may do it.
 */
export function planTransition(request: TransitionRequest): CasePatch {
  const { from, to } = request;
  const allowed = NEXT_STATES[from];
  if (!allowed.includes(to)) {
    const next = wordList(allowed.map((state) => CASE_STATE_LABEL[state]));
    throw new VangrailError(
      'CONFLICT',
      `A case that is ${CASE_STATE_LABEL[from].en} cannot become ${CASE_STATE_LABEL[to].en}; ${allowed.length ? `it can become ${next.en}` : 'this is its final state'}`,
      `Een casus die ${CASE_STATE_LABEL[from].nl} is, kan niet ${CASE_STATE_LABEL[to].nl} worden; ${allowed.length ? `hij kan ${next.nl} worden` : 'dit is de eindstatus'}`,
      { allowedNextStates: [...allowed] },
    );
  }
  if (to === S.GEWEIGERD) {
    if (blank(request.reason)) throw badInput('input.reason', 'Refusing a case needs a reason', 'Voor het weigeren van een casus is een reden nodig');
    assertNeutralText(request.reason!, 'input.reason');
    return { state: to, refusalReason: request.reason!.trim() };
  }
  if (to === S.AFGESLOTEN) {
    if (blank(request.closingReason)) throw badInput('input.closingReason', 'Closing a case needs a closing reason', 'Voor het afsluiten van een casus is een reden nodig');
    if (!request.closingOutcome) {
      throw badInput('input.closingOutcome', 'Closing a case needs its outcome chosen from the list', 'Kies bij het afsluiten van een casus uit de lijst hoe de casus is geëindigd');
    }
    if (blank(request.outcome)) throw badInput('input.outcome', 'Closing a case needs an outcome', 'Voor het afsluiten van een casus is een resultaat nodig');
    assertNeutralText(request.closingReason!, 'input.closingReason');
    assertNeutralText(request.outcome!, 'input.outcome');
    if (request.openActionItems.length) {
      const items = request.openActionItems;
      const due = wordList(items.map((item) => dayText(item.dueAt)));
      const [en, nl] = items.length === 1 ? ['1 open action item', '1 open actiepunt'] : [`${items.length} open action items`, `${items.length} open actiepunten`];
      throw new VangrailError(
        'CONFLICT',
        `The case still has ${en} (due ${due.en}); complete or cancel ${items.length === 1 ? 'it' : 'them'} first`,
        `De casus heeft nog ${nl} (deadline ${due.nl}); rond ${items.length === 1 ? 'het' : 'ze'} eerst af of trek ${items.length === 1 ? 'het' : 'ze'} in`,
        { openActionItems: items.map((item) => ({ id: item.id, dueAt: item.dueAt.toISOString() })) },
      );
    }
    return { state: to, closingReason: request.closingReason!.trim(), outcome: request.outcome!.trim(), closingOutcome: request.closingOutcome, closedAt: request.now };
  }
  if (from === S.AFGESLOTEN) {
    if (!request.actorIsChair) {
      throw new VangrailError('FORBIDDEN', 'Only the chair of the table may reopen a closed case', 'Alleen de voorzitter van de tafel mag een afgesloten casus heropenen');
    }
    const ends = retentionEnds(request.closedAt ?? request.now, request.retentionMonths);
    if (ends <= request.now) {
      throw new VangrailError(
        'CONFLICT',
        `The retention period of this case ended on ${ends.toISOString().slice(0, 10)}; it can no longer be reopened`,
        `De bewaartermijn van deze casus is verstreken op ${ends.toISOString().slice(0, 10)}; heropenen kan niet meer`,
      );
    }
    return { state: to, closingReason: null, outcome: null, closingOutcome: null, closedAt: null };
  }
  return { state: to };
}
