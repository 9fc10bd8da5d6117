import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Discipline } from '@vangrail/core';
import { DataCategory, GovernedContext, PiiCrypto, Withheld } from '@vangrail/privacy';
import { discloseSubject, Subject, SubjectView } from '@vangrail/subjects';
import { CaseAccess, CaseReading } from '../access/case-access';
import { audienceOf } from '../access/visibility';
import { MEETING, MEETING_SQL } from '../case-tables.policy';
import { CaseContent } from '../content/case-content';
import { actorOrUnknown, actorsOf } from '../shared/case-actor';
import { NEXT_STATES } from './case-state-machine';
import { CaseMeetingRef, CaseSubjectView, CaseView } from './dto/case.types';
import { CaseTable } from '../tables/entities/case-table.entity';
import { CLOSING_OUTCOME_LABEL, ClosingOutcome } from './closing-outcome';
import { CaseClosing } from './entities/case-closing.entity';
import { CaseHandover } from './entities/case-handover.entity';
import { CaseEscalation, CaseParticipant, CaseSignal, CaseSubject } from './entities/case-links.entity';

/** Reads one case for one reader: need-to-know applied to its subjects and content, and audited. */
@Injectable()
export class CaseReader {
  constructor(
    private readonly access: CaseAccess,
    private readonly content: CaseContent,
    private readonly crypto: PiiCrypto,
  ) {}

  async read(ctx: GovernedContext, id: string): Promise<CaseView> {
    const reading = await this.access.reading(ctx, id);
    const { kase, table, viewer, visible } = reading;
    const where = { tenantId: kase.tenantId, caseId: kase.id };
    // One transaction, one connection: queries run one after the other.
    const caseSubjects = (await ctx.manager.find(CaseSubject, { where, order: { createdAt: 'ASC' } })).sort(
      (a, b) => Number(b.subjectId === kase.mainSubjectId) - Number(a.subjectId === kase.mainSubjectId),
    );
    const participants = await ctx.manager.find(CaseParticipant, { where, order: { discipline: 'ASC' } });
    const signals = await ctx.manager.find(CaseSignal, { where, order: { createdAt: 'ASC' } });
    const escalations = await ctx.manager.find(CaseEscalation, { where, order: { createdAt: 'ASC' } });
    const closings = await ctx.manager.find(CaseClosing, { where, order: { closedAt: 'ASC' } });
    const handovers = await ctx.manager.find(CaseHandover, { where, order: { handedOverAt: 'ASC' } });
    const tableIds = [...new Set(handovers.flatMap((h) => [h.fromCaseTableId, h.toCaseTableId]))];
    const handoverTables = tableIds.length ? await ctx.manager.find(CaseTable, { where: { tenantId: kase.tenantId, id: In(tableIds) } }) : [];
    const tableRef = (id: string) => {
      const found = handoverTables.find((t) => t.id === id)!;
      return { id: found.id, name: found.name, kind: found.kind };
    };
    const meetings = await this.meetingsOf(ctx, kase.id);
    const content = await this.content.load(ctx, reading);
    const subjects = await this.subjects(ctx, reading, caseSubjects);
    const actors = await actorsOf(ctx.manager, ctx.tenantId, [
      kase.caseDirectorUserId,
      kase.registeredByUserId,
      ...escalations.map((e) => e.escalatedByUserId),
      ...closings.flatMap((c) => [c.closedByUserId, c.reopenedByUserId]),
      ...handovers.map((h) => h.handedOverByUserId),
    ]);
    const disclosed = new Set<DataCategory>([...subjects.disclosed, ...content.disclosed]);
    ctx.record({
      resourceId: kase.id,
      subjectKeys: caseSubjects.map((s) => s.subjectId),
      dataCategories: [...disclosed],
      legalBasis: table.legalBasis,
    });
    return {
      id: kase.id,
      reference: kase.reference,
      title: kase.title,
      state: kase.state,
      allowedNextStates: [...NEXT_STATES[kase.state]],
      riskLevel: kase.riskLevel,
      caseTable: { id: table.id, name: table.name, kind: table.kind },
      caseDirector: actorOrUnknown(actors, kase.caseDirectorUserId),
      registeredBy: actorOrUnknown(actors, kase.registeredByUserId)!,
      participatingDisciplines: participants.map((p) => p.discipline as Discipline),
      subjects: subjects.views,
      signals: signals.map((s) => ({ signalId: s.signalId, deliveryId: s.deliveryId, linkedAt: s.createdAt })),
      escalations: escalations.map((e) => ({
        id: e.id,
        reason: e.reason,
        target: e.target,
        escalatedBy: actorOrUnknown(actors, e.escalatedByUserId)!,
        escalatedAt: e.createdAt,
      })),
      meetings,
      contributions: content.contributions,
      contributionsWithheld: content.contributionsWithheld,
      decisions: content.decisions,
      decisionsWithheld: content.decisionsWithheld,
      actionItems: content.actionItems,
      actionItemsWithheld: content.actionItemsWithheld,
      refusalReason: kase.refusalReason,
      closingReason: kase.closingReason,
      outcome: kase.outcome,
      ...closingOutcomeOf(kase.closingOutcome),
      closedAt: kase.closedAt,
      handovers: handovers.map((h) => ({
        from: tableRef(h.fromCaseTableId),
        to: tableRef(h.toCaseTableId),
        reason: h.reason,
        handedOverBy: actorOrUnknown(actors, h.handedOverByUserId)!,
        handedOverAt: h.handedOverAt,
      })),
      closings: closings.map((c) => ({
        closingReason: c.closingReason,
        outcome: c.outcome,
        ...closingOutcomeOf(c.closingOutcome),
        closedAt: c.closedAt,
        closedBy: actorOrUnknown(actors, c.closedByUserId)!,
        reopenedAt: c.reopenedAt,
        reopenedBy: actorOrUnknown(actors, c.reopenedByUserId),
      })),
      yourAccess: { purpose: ctx.purpose, tableRole: viewer.tableRole, visibleCategories: [...visible].sort() },
      createdAt: kase.createdAt,
      updatedAt: kase.updatedAt,
    };
  }

  /** The case's subjects minimised with the categories the table allows this reader; BSNs decrypted only when shown. */
  private async subjects(ctx: GovernedContext, reading: CaseReading, caseSubjects: CaseSubject[]): Promise<{ views: CaseSubjectView[]; disclosed: Set<DataCategory> }> {
    const disclosed = new Set<DataCategory>();
    if (caseSubjects.length === 0) return { views: [], disclosed };
    const { viewer, visible } = reading;
    const subjects = await ctx.manager.find(Subject, { where: { tenantId: ctx.tenantId, id: In(caseSubjects.map((s) => s.subjectId)) } });
    const addressIds = subjects.map((s) => s.addressSubjectId).filter((a): a is string => !!a);
    const addresses = addressIds.length ? await ctx.manager.find(Subject, { where: { tenantId: ctx.tenantId, id: In(addressIds) } }) : [];
    const audience = audienceOf(viewer);
    const views = caseSubjects.map((link) => {
      const subject = subjects.find((s) => s.id === link.subjectId)!;
      if (subject.restrictedAt) return { role: link.role, subject: restrictedView(subject) };
      const address = addresses.find((a) => a.id === subject.addressSubjectId) ?? null;
      const bsn = subject.bsnEncrypted ? (visible.has(DataCategory.BSN) ? this.crypto.decrypt(subject.bsnEncrypted) : 'withheld') : null;
      const disclosure = discloseSubject(subject, address, bsn, visible, audience);
      disclosure.disclosed.forEach((c) => disclosed.add(c));
      return { role: link.role, subject: disclosure.view };
    });
    return { views, disclosed };
  }

  private async meetingsOf(ctx: GovernedContext, caseId: string): Promise<CaseMeetingRef[]> {
    const filter = ctx.filter(MEETING, MEETING_SQL);
    const rows = (await ctx.manager
      .createQueryBuilder()
      .select(['mt.id AS meeting_id', 'mt.scheduled_at AS scheduled_at', 'mt.state AS state', 'a.position AS position'])
      .from('agenda_item', 'a')
      .innerJoin('meeting', 'mt', 'mt.tenant_id = a.tenant_id AND mt.id = a.meeting_id')
      .where('a.tenant_id = :tenantId AND a.case_id = :caseId', { tenantId: ctx.tenantId, caseId })
      .andWhere(filter.sql, filter.params)
      .orderBy('mt.scheduled_at', 'ASC')
      .getRawMany()) as { meeting_id: string; scheduled_at: Date; state: CaseMeetingRef['state']; position: number }[];
    if (rows.length === 0) return [];
    // The position among the agenda items the caller may see (1..n), so it does not reveal hidden cases.
    const agenda = (await ctx.manager.query(`SELECT meeting_id, case_id, position FROM agenda_item WHERE tenant_id = $1 AND meeting_id = ANY($2)`, [
      ctx.tenantId,
      rows.map((r) => r.meeting_id),
    ])) as { meeting_id: string; case_id: string; position: number }[];
    const readable = new Set((await this.access.readable(ctx, [...new Set(agenda.map((a) => a.case_id))])).map((c) => c.id));
    const rank = (meetingId: string, position: number): number =>
      agenda.filter((a) => a.meeting_id === meetingId && readable.has(a.case_id) && a.position <= position).length;
    return rows.map((r) => ({ meetingId: r.meeting_id, scheduledAt: r.scheduled_at, state: r.state, position: rank(r.meeting_id, r.position) }));
  }
}

/** Art. 18 AVG: a restricted subject is shown as existing, with nothing processed about it. */
function restrictedView(subject: Subject): SubjectView {
  const withheld = Object.assign(new Withheld(), {
    category: DataCategory.IDENTIFICATIE,
    count: 1,
    fields: [],
    reason: 'Processing of this subject is restricted (AVG art. 18); ask the privacy officer',
    reasonNl: 'De verwerking van gegevens over deze betrokkene is beperkt (AVG art. 18); neem contact op met de privacy officer',
  });
  return { id: subject.id, type: subject.type, withheld: [withheld] };
}

/** The listed outcome with its Dutch label (null before the list existed or while open). */
function closingOutcomeOf(value: string | null): { closingOutcome: ClosingOutcome | null; closingOutcomeLabel: string | null } {
  const outcome = value as ClosingOutcome | null;
  return { closingOutcome: outcome, closingOutcomeLabel: outcome ? CLOSING_OUTCOME_LABEL[outcome].nl : null };
}
