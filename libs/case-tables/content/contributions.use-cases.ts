import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput, conflict, forbidden, momentText } from '@vangrail/core';
import { AuditAction, GovernedContext, PiiCrypto } from '@vangrail/privacy';
import { CaseAccess, CaseReading } from '../access/case-access';
import { leadsCase } from '../access/visibility';
import { OPEN_STATES } from '../cases/case-state-machine';
import { CaseEventKind } from '../cases/entities/case-event.entity';
import { CaseSubject } from '../cases/entities/case-links.entity';
import { AgendaItem, Meeting, MeetingState } from '../meetings/entities/meeting.entity';
import { appendCaseEvents } from '../shared/case-events';
import { CaseContent } from './case-content';
import { AddAddendumInput, AddContributionInput } from './dto/content.inputs';
import { ContributionView } from './dto/content.types';
import { Contribution } from './entities/contribution.entity';

export const CONTRIBUTION = 'Contribution';

/**
 * Inbreng on a case. Whoever may read the case may contribute; a contribution tied to a meeting
 * belongs to its minutes, which lock when the meeting closes. Corrections are addenda: new rows
 * that keep the original as it was (the database refuses edits of locked minutes as well).
 */
@Injectable()
export class Contributions {
  constructor(
    private readonly access: CaseAccess,
    private readonly content: CaseContent,
    private readonly crypto: PiiCrypto,
  ) {}

  async add(ctx: GovernedContext, input: AddContributionInput): Promise<ContributionView> {
    const reading = await this.access.readingForUpdate(ctx, input.caseId);
    const { kase } = reading;
    if (!OPEN_STATES.includes(kase.state)) {
      throw conflict(`Case ${kase.reference} is ${kase.state}; it takes no new contributions`, `Casus ${kase.reference} heeft status ${kase.state}; er kan geen inbreng meer bij`);
    }
    if (input.meetingId) await this.requireOpenMinutes(ctx, input.meetingId, kase.id);
    const contribution = await this.insert(ctx, reading, {
      meetingId: input.meetingId ?? null,
      amendsContributionId: null,
      category: input.category,
      visibility: input.visibility,
      text: input.text,
    });
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      { caseId: kase.id, kind: CaseEventKind.CONTRIBUTION_ADDED, actorUserId: ctx.user.id, refId: contribution.id, details: { meetingId: input.meetingId ?? null } },
    ]);
    return this.viewOf(ctx, reading, contribution.id);
  }

  /** Corrects a contribution: the original stays, the addendum is shown next to it. */
  async addAddendum(ctx: GovernedContext, input: AddAddendumInput): Promise<ContributionView> {
    const found = await ctx.manager.findOneBy(Contribution, { tenantId: ctx.tenantId, id: input.contributionId });
    const { child: original, reading } = await this.access.readingOfChild(ctx, found, 'Contribution', 'Inbreng', input.contributionId);
    if (original.authorUserId !== ctx.user.id && !leadsCase(reading.viewer)) {
      throw forbidden('Only the author, the chair or a case director may add an addendum', 'Alleen de auteur, de voorzitter of een casusregisseur mag een addendum toevoegen');
    }
    const rootId = original.amendsContributionId ?? original.id;
    const addendum = await this.insert(ctx, reading, {
      meetingId: null,
      amendsContributionId: rootId,
      category: original.category,
      visibility: original.visibility,
      // The correction reaches the same audience as the original (OWN_DISCIPLINE is the original's discipline).
      discipline: original.discipline,
      text: input.text,
    });
    await appendCaseEvents(ctx.manager, ctx.tenantId, [
      { caseId: original.caseId, kind: CaseEventKind.ADDENDUM_ADDED, actorUserId: ctx.user.id, refId: addendum.id, details: { amends: rootId } },
    ]);
    return this.viewOf(ctx, reading, rootId, addendum.id);
  }

  private async insert(
    ctx: GovernedContext,
    reading: CaseReading,
    fields: Pick<Contribution, 'meetingId' | 'amendsContributionId' | 'category' | 'visibility'> & { text: string; discipline?: Contribution['discipline'] },
  ): Promise<Contribution> {
    const contribution = Object.assign(new Contribution(), {
      tenantId: ctx.tenantId,
      id: randomUUID(),
      caseId: reading.kase.id,
      meetingId: fields.meetingId,
      amendsContributionId: fields.amendsContributionId,
      authorUserId: ctx.user.id,
      discipline: fields.discipline !== undefined ? fields.discipline : ctx.user.discipline,
      category: fields.category,
      visibility: fields.visibility,
      textEncrypted: this.crypto.encrypt(fields.text),
    });
    await ctx.manager.insert(Contribution, contribution);
    const subjects = await ctx.manager.find(CaseSubject, { where: { tenantId: ctx.tenantId, caseId: reading.kase.id } });
    ctx.record({
      action: AuditAction.CREATE,
      resourceType: CONTRIBUTION,
      resourceId: contribution.id,
      subjectKeys: subjects.map((s) => s.subjectId),
      dataCategories: [fields.category],
      legalBasis: reading.table.legalBasis,
    });
    return contribution;
  }

  /** The meeting must be of this case's table, have the case on its agenda, and still be open. */
  private async requireOpenMinutes(ctx: GovernedContext, meetingId: string, caseId: string): Promise<void> {
    // FOR SHARE: the meeting cannot close between this check and the insert (closing updates the row).
    const meeting = await ctx.manager.getRepository(Meeting).findOne({ where: { tenantId: ctx.tenantId, id: meetingId }, lock: { mode: 'pessimistic_read' } });
    const onAgenda = meeting ? await ctx.manager.existsBy(AgendaItem, { tenantId: ctx.tenantId, meetingId, caseId }) : false;
    if (!meeting || !onAgenda) {
      throw badInput('input.meetingId', 'The case is not on the agenda of this meeting', 'De casus staat niet op de agenda van dit overleg');
    }
    if (meeting.state === MeetingState.GESLOTEN) {
      const locked = momentText(meeting.closedAt!);
      throw conflict(
        `The minutes of this meeting were locked on ${locked.en}; correct a contribution with an addendum`,
        `Het verslag van dit overleg ligt vast sinds ${locked.nl}; corrigeer inbreng met een addendum`,
      );
    }
  }

  /** The contribution as the caller now sees it; an addendum to an original they may not see stands on its own. */
  private async viewOf(ctx: GovernedContext, reading: CaseReading, contributionId: string, ownId = contributionId): Promise<ContributionView> {
    const content = await this.content.load(ctx, reading);
    return (content.shown.get(contributionId) ?? content.shown.get(ownId)) as ContributionView;
  }
}
