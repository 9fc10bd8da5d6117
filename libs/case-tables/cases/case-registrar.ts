import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { linkSubjects, SubjectLink, SubjectLinkKind } from '@vangrail/subjects';
import { appendCaseEvents } from '../shared/case-events';
import { CaseEventKind } from './entities/case-event.entity';
import { CaseParticipant, CaseSignal, CaseSubject, CaseSubjectRole } from './entities/case-links.entity';
import { Case, CaseState, RiskLevel } from './entities/case.entity';
import { OPEN_STATES } from './case-state-machine';
import { nextCaseReference } from './case-references';

export interface NewCase {
  caseTableId: string;
  title: string;
  riskLevel: RiskLevel;
  /** Resolved subjects; exactly one HOOFDBETROKKENE. */
  subjects: { subjectId: string; role: CaseSubjectRole }[];
  disciplines: string[];
  caseDirectorUserId: string | null;
  registeredByUserId: string;
  signal?: { signalId: string; deliveryId: string | null };
  /** Where the case came from, for the timeline: 'REGISTRATION' or 'ESCALATION'. */
  source: string;
}

/**
 * Writes a case and everything access depends on, in the caller's transaction: the reference,
 * its subjects, the participating disciplines, and one CASE subject link per (subject, discipline)
 * so the subject registry's rules reach the case's subjects. Shared by registerCase and the
 * escalation of a delivery (CaseIntake).
 */
@Injectable()
export class CaseRegistrar {
  async register(manager: EntityManager, tenantId: string, input: NewCase): Promise<Case> {
    const main = input.subjects.find((s) => s.role === CaseSubjectRole.HOOFDBETROKKENE);
    if (!main) throw new Error('CaseRegistrar.register: a case needs a main subject');
    const kase = Object.assign(new Case(), {
      tenantId,
      id: randomUUID(),
      caseTableId: input.caseTableId,
      reference: await nextCaseReference(manager, tenantId),
      title: input.title.trim(),
      state: CaseState.AANGEMELD,
      riskLevel: input.riskLevel,
      mainSubjectId: main.subjectId,
      caseDirectorUserId: input.caseDirectorUserId,
      registeredByUserId: input.registeredByUserId,
      refusalReason: null,
      closingReason: null,
      outcome: null,
      closedAt: null,
    });
    await manager.insert(Case, kase);
    await appendCaseEvents(manager, tenantId, [
      {
        caseId: kase.id,
        kind: CaseEventKind.REGISTERED,
        actorUserId: input.registeredByUserId,
        details: { source: input.source, reference: kase.reference, disciplines: input.disciplines },
      },
    ]);
    await this.addSubjects(manager, kase, input.subjects);
    await this.addParticipants(manager, kase, input.disciplines, input.registeredByUserId);
    if (input.signal) await this.linkSignal(manager, kase, input.signal, input.registeredByUserId);
    return kase;
  }

  /** Adds subjects (existing ones keep their role) and links them for every participating discipline. */
  async addSubjects(manager: EntityManager, kase: Case, subjects: { subjectId: string; role: CaseSubjectRole }[]): Promise<void> {
    if (subjects.length === 0) return;
    await manager
      .createQueryBuilder()
      .insert()
      .into(CaseSubject)
      .values(subjects.map((s) => ({ tenantId: kase.tenantId, caseId: kase.id, subjectId: s.subjectId, role: s.role })))
      .orIgnore()
      .execute();
    const disciplines = (await manager.find(CaseParticipant, { where: { tenantId: kase.tenantId, caseId: kase.id } })).map((p) => p.discipline);
    await this.writeLinks(manager, kase, subjects.map((s) => s.subjectId), disciplines);
  }

  /** Adds participating disciplines; returns the ones that were new. */
  async addParticipants(manager: EntityManager, kase: Case, disciplines: string[], byUserId: string | null): Promise<string[]> {
    if (disciplines.length === 0) return [];
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(CaseParticipant)
      .values(disciplines.map((discipline) => ({ tenantId: kase.tenantId, caseId: kase.id, discipline, addedByUserId: byUserId })))
      .orIgnore()
      .returning(['discipline'])
      .execute();
    const added = (inserted.raw as { discipline: string }[]).map((r) => r.discipline);
    const subjectIds = (await manager.find(CaseSubject, { where: { tenantId: kase.tenantId, caseId: kase.id } })).map((s) => s.subjectId);
    await this.writeLinks(manager, kase, subjectIds, added);
    // A discipline that was removed earlier and comes back: its kept (inactive) links give access again.
    if (added.length) {
      await manager.update(SubjectLink, { tenantId: kase.tenantId, kind: SubjectLinkKind.CASE, contextId: kase.id, discipline: In(added) }, { active: OPEN_STATES.includes(kase.state) });
    }
    return added;
  }

  /** Links a signal (and its delivery) to the case; linking the same signal again changes nothing. */
  async linkSignal(manager: EntityManager, kase: Case, signal: { signalId: string; deliveryId: string | null }, byUserId: string): Promise<boolean> {
    const inserted = await manager
      .createQueryBuilder()
      .insert()
      .into(CaseSignal)
      .values({ tenantId: kase.tenantId, caseId: kase.id, signalId: signal.signalId, deliveryId: signal.deliveryId })
      .orIgnore()
      .returning(['signal_id'])
      .execute();
    const linked = (inserted.raw as unknown[]).length > 0;
    if (linked) {
      await appendCaseEvents(manager, kase.tenantId, [
        { caseId: kase.id, kind: CaseEventKind.SIGNAL_LINKED, actorUserId: byUserId, refId: signal.signalId, details: { deliveryId: signal.deliveryId } },
      ]);
    }
    return linked;
  }

  /** CASE links are active while the case is open; a refused or closed case no longer gives access through them. */
  async setLinksActive(manager: EntityManager, kase: Case, active: boolean): Promise<void> {
    await manager.update(SubjectLink, { tenantId: kase.tenantId, kind: SubjectLinkKind.CASE, contextId: kase.id }, { active });
  }

  private async writeLinks(manager: EntityManager, kase: Case, subjectIds: string[], disciplines: string[]): Promise<void> {
    if (subjectIds.length === 0 || disciplines.length === 0) return;
    await linkSubjects(manager, kase.tenantId, subjectIds, {
      kind: SubjectLinkKind.CASE,
      contextId: kase.id,
      disciplines,
      caseTableId: kase.caseTableId,
      active: OPEN_STATES.includes(kase.state),
    });
  }
}
