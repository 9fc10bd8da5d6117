import { Injectable } from '@nestjs/common';
import { DataCategory, GovernedContext } from '@vangrail/privacy';
import { CaseAccess } from '../access/case-access';
import { summariseRedactions } from '../access/visibility';
import { CaseContent } from '../content/case-content';
import { ActionItemView, ContributionView, DecisionView } from '../content/dto/content.types';
import { actorOrUnknown, actorsOf } from '../shared/case-actor';
import { CaseTimelineEntry } from './dto/case.types';
import { CaseEvent, CaseEventKind } from './entities/case-event.entity';
import { dayText, DISCIPLINE_LABEL, labelOf, momentText } from '@vangrail/core';
import { ACTION_ITEM_STATUS_LABEL, ActionItemStatus } from '../content/entities/action-item.entity';
import { CASE_SUBJECT_ROLE_LABEL, CaseSubject, CaseSubjectRole, ESCALATION_STATUS_LABEL, EscalationStatus } from './entities/case-links.entity';

const K = CaseEventKind;
type Described = { description: string; descriptionNl: string };

/** Plain words for one timeline event; details hold only states, disciplines, targets and case-level reasons. */
export function describeCaseEvent(kind: CaseEventKind, details: Record<string, unknown>): Described {
  const d = (key: string): string => String(details[key] ?? '');
  const discipline = () => labelOf(DISCIPLINE_LABEL, d('discipline'));
  switch (kind) {
    case K.REGISTERED:
      return details.source === 'ESCALATION'
        ? { description: `Registered from an escalated delivery as ${d('reference')}`, descriptionNl: `Aangemeld vanuit een opgeschaalde melding als ${d('reference')}` }
        : { description: `Registered as ${d('reference')}`, descriptionNl: `Aangemeld als ${d('reference')}` };
    case K.SIGNAL_LINKED:
      return { description: 'A signal was linked to the case', descriptionNl: 'Een signaal is aan de casus gekoppeld' };
    case K.STATE_CHANGED: {
      // The reason itself stays on the case (shown there to who may read it); the timeline says one was given.
      const why = Boolean(details.reasonGiven || details.closingReasonGiven);
      return {
        description: `State changed from ${d('from')} to ${d('to')}${why ? ' (reason recorded with the case)' : ''}`,
        descriptionNl: `Status gewijzigd van ${d('from')} naar ${d('to')}${why ? ' (reden vastgelegd bij de casus)' : ''}`,
      };
    }
    case K.PARTICIPANT_ADDED:
      return { description: `${discipline().en} takes part in the case`, descriptionNl: `${discipline().nl} neemt deel aan de casus` };
    case K.PARTICIPANT_REMOVED:
      return {
        description: `${discipline().en} no longer takes part in the case. Reason: ${d('reason')}`,
        descriptionNl: `${discipline().nl} neemt niet meer deel aan de casus. Reden: ${d('reason')}`,
      };
    case K.ACTION_ITEM_REASSIGNED:
      return { description: `An action item was given to another owner. Reason: ${d('reason')}`, descriptionNl: `Een actiepunt is overgedragen aan een andere eigenaar. Reden: ${d('reason')}` };
    case K.ACTION_ITEM_POSTPONED: {
      const [from, to] = [momentText(new Date(d('fromDueAt'))), momentText(new Date(d('toDueAt')))];
      return {
        description: `An action item was postponed from ${from.en} to ${to.en}. Reason: ${d('reason')}`,
        descriptionNl: `Een actiepunt is uitgesteld van ${from.nl} naar ${to.nl}. Reden: ${d('reason')}`,
      };
    }
    case K.SUBJECT_ADDED: {
      const role = CASE_SUBJECT_ROLE_LABEL[d('role') as CaseSubjectRole] ?? { en: 'other', nl: 'overig' };
      return { description: `A subject was added to the case as ${role.en}`, descriptionNl: `Een betrokkene is aan de casus toegevoegd als ${role.nl}` };
    }
    case K.REVIEW_DATE_SET: {
      const day = dayText(new Date(`${d('reviewOn')}T12:00:00Z`));
      return { description: `Review date set to ${day.en}. Reason: ${d('reason')}`, descriptionNl: `Evaluatiedatum vastgesteld op ${day.nl}. Reden: ${d('reason')}` };
    }
    case K.REVIEW_DUE:
      return { description: 'The review date has come; the chair was notified', descriptionNl: 'De evaluatiedatum is bereikt; de voorzitter is op de hoogte gebracht' };
    case K.ESCALATION_RESPONDED: {
      const status = ESCALATION_STATUS_LABEL[d('status') as EscalationStatus] ?? ESCALATION_STATUS_LABEL[EscalationStatus.ANSWERED];
      return { description: `The escalation was ${status.en}; the response is recorded with the escalation`, descriptionNl: `De opschaling is ${status.nl}; het antwoord staat bij de opschaling` };
    }
    case K.PLACED_ON_AGENDA:
      return { description: 'Placed on the agenda of a meeting', descriptionNl: 'Geagendeerd voor een overleg' };
    case K.MEETING_CLOSED:
      return { description: 'The meeting was closed; its minutes are locked', descriptionNl: 'Het overleg is gesloten; het verslag ligt vast' };
    case K.CONTRIBUTION_ADDED:
      return { description: 'A contribution was added', descriptionNl: 'Er is inbreng toegevoegd' };
    case K.ADDENDUM_ADDED:
      return { description: 'An addendum corrects an earlier contribution', descriptionNl: 'Een addendum corrigeert eerdere inbreng' };
    case K.DECISION_RECORDED:
      return { description: 'A decision was recorded', descriptionNl: 'Er is een besluit vastgelegd' };
    case K.ACTION_ITEM_ADDED:
      return { description: 'An action item was added', descriptionNl: 'Er is een actiepunt toegevoegd' };
    case K.ACTION_ITEM_COMPLETED: {
      const status = ACTION_ITEM_STATUS_LABEL[d('status') as ActionItemStatus] ?? ACTION_ITEM_STATUS_LABEL[ActionItemStatus.DONE];
      const result = details.resultGiven ? { en: ', with its result', nl: ', met het resultaat' } : { en: '', nl: '' };
      return { description: `An action item was ${status.en}${result.en}`, descriptionNl: `Een actiepunt is ${status.nl}${result.nl}` };
    }
    case K.ACTION_ITEM_REMINDER_SENT:
      return { description: 'The owner of an action item was reminded', descriptionNl: 'De eigenaar van een actiepunt is herinnerd' };
    case K.ACTION_ITEM_OVERDUE:
      return { description: 'An action item is overdue', descriptionNl: 'Een actiepunt is over de termijn' };
    case K.PARTICIPATION_REQUESTED:
      return {
        description: `${d('discipline')} escalated a delivery about this case and asks to take part; the chair decides`,
        descriptionNl: `${d('discipline')} heeft een melding over deze casus opgeschaald en vraagt deel te nemen; de voorzitter beslist`,
      };
    case K.CASE_DIRECTOR_APPOINTED:
      return details.replaced
        ? { description: 'Another case director was appointed', descriptionNl: 'Er is een andere casusregisseur aangewezen' }
        : { description: 'A case director was appointed', descriptionNl: 'Er is een casusregisseur aangewezen' };
    case K.HANDED_OVER:
      return {
        description: `Handed over from "${d('fromTable')}" to "${d('toTable')}"; the reason is recorded with the hand-over`,
        descriptionNl: `Overgedragen van "${d('fromTable')}" aan "${d('toTable')}"; de reden staat bij de overdracht`,
      };
    case K.DETAILS_CHANGED: {
      const what = [details.titleChanged ? 'title' : null, details.riskTo ? `risk level ${d('riskFrom').toLowerCase()} → ${d('riskTo').toLowerCase()}` : null].filter(Boolean).join(', ');
      const wat = [details.titleChanged ? 'titel' : null, details.riskTo ? `risiconiveau ${d('riskFrom').toLowerCase()} → ${d('riskTo').toLowerCase()}` : null].filter(Boolean).join(', ');
      return { description: `Changed: ${what}. Reason: ${d('reason')}`, descriptionNl: `Gewijzigd: ${wat}. Reden: ${d('reason')}` };
    }
    case K.ESCALATED:
      // Reason and target are kept with the escalation itself (shown with the case), not copied here.
      return { description: 'Escalated (doorzettingsmacht); reason and target are recorded with the escalation', descriptionNl: 'Opgeschaald (doorzettingsmacht); reden en adressaat staan bij de opschaling' };
  }
}

const CONTENT_FIELD: Partial<Record<CaseEventKind, 'contribution' | 'decision' | 'actionItem'>> = {
  [K.CONTRIBUTION_ADDED]: 'contribution',
  [K.ADDENDUM_ADDED]: 'contribution',
  [K.DECISION_RECORDED]: 'decision',
  [K.ACTION_ITEM_ADDED]: 'actionItem',
  [K.ACTION_ITEM_COMPLETED]: 'actionItem',
  [K.ACTION_ITEM_REMINDER_SENT]: 'actionItem',
  [K.ACTION_ITEM_OVERDUE]: 'actionItem',
  [K.ACTION_ITEM_REASSIGNED]: 'actionItem',
  [K.ACTION_ITEM_POSTPONED]: 'actionItem',
};

/** Every event of a case in order, each one minimised like the case itself. */
@Injectable()
export class CaseTimeline {
  constructor(
    private readonly access: CaseAccess,
    private readonly content: CaseContent,
  ) {}

  async read(ctx: GovernedContext, caseId: string): Promise<CaseTimelineEntry[]> {
    const reading = await this.access.reading(ctx, caseId);
    const content = await this.content.load(ctx, reading);
    const events = await ctx.manager.find(CaseEvent, { where: { tenantId: ctx.tenantId, caseId }, order: { seq: 'ASC' } });
    const actors = await actorsOf(ctx.manager, ctx.tenantId, events.map((e) => e.actorUserId));
    const shownCategories = new Set<DataCategory>();
    const entries = events.map((event) => {
      const field = CONTENT_FIELD[event.kind];
      const shown = event.refId ? content.shown.get(event.refId) : undefined;
      const redaction = event.refId ? content.redactions.get(event.refId) : undefined;
      if (field && shown) shownCategories.add(shown.category);
      return {
        occurredAt: event.occurredAt,
        kind: event.kind,
        actor: actorOrUnknown(actors, event.actorUserId),
        ...describeCaseEvent(event.kind, event.details),
        contribution: field === 'contribution' ? ((shown as ContributionView | undefined) ?? null) : null,
        decision: field === 'decision' ? ((shown as DecisionView | undefined) ?? null) : null,
        actionItem: field === 'actionItem' ? ((shown as ActionItemView | undefined) ?? null) : null,
        withheld: field && redaction ? summariseRedactions([redaction], reading.viewer)[0] : null,
      };
    });
    const subjects = await ctx.manager.find(CaseSubject, { where: { tenantId: ctx.tenantId, caseId } });
    ctx.record({
      resourceId: caseId,
      subjectKeys: subjects.map((s) => s.subjectId),
      dataCategories: [...shownCategories],
      reason: 'case timeline',
      legalBasis: reading.table.legalBasis,
    });
    return entries;
  }
}
