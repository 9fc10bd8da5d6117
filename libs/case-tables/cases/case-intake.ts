import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '@vangrail/core';
import { CURRENT_MEMBERSHIP_SQL } from '../access/case-table-access';
import { appendCaseEvents } from '../shared/case-events';
import { assertNeutralText } from '../shared/text';
import { CaseTable } from '../tables/entities/case-table.entity';
import { OPEN_STATES } from './case-state-machine';
import { CaseRegistrar } from './case-registrar';
import { CaseEventKind } from './entities/case-event.entity';
import { CaseSubjectRole } from './entities/case-links.entity';
import { Case, RiskLevel } from './entities/case.entity';

export interface EscalationToCase {
  caseTableId: string;
  /** Neutral title for a new case (ignored when an open case is linked). */
  title: string;
  /** Subjects of the delivery with the role the reporter gave them; the first is the main subject. */
  subjects: { subjectId: string; role: string }[];
  /** The escalating discipline; it takes part in a new case, and asks the chair to join an open one. */
  discipline: string;
  registeredByUserId: string;
  signalId: string;
  deliveryId: string;
}

export interface CaseFromEscalation {
  caseId: string;
  reference: string;
  /** False when the delivery was linked to an open case of the same table about the same main subject. */
  created: boolean;
}

/**
 * For the signals feature's `escalateDelivery` (no GraphQL here): turns an escalated delivery into a
 * case at a table, in the caller's transaction and on the caller's governed path (the caller records
 * the audit event). An open case of that table about the same main subject is reused, so escalations
 * from several disciplines meet in one case.
 */
@Injectable()
export class CaseIntake {
  constructor(private readonly registrar: CaseRegistrar) {}

  async registerFromEscalation(manager: EntityManager, tenantId: string, input: EscalationToCase): Promise<CaseFromEscalation> {
    const unique = input.subjects.filter((s, i) => input.subjects.findIndex((t) => t.subjectId === s.subjectId) === i);
    const [mainSubjectId, ...others] = unique.map((s) => s.subjectId);
    if (!mainSubjectId) throw badInput('subjectIds', 'A case needs at least one subject', 'Een casus heeft ten minste één betrokkene nodig');
    assertNeutralText(input.title, 'title');
    const table = await manager.getRepository(CaseTable).findOneBy({ tenantId, id: input.caseTableId });
    if (!table) throw notFound('Case table', 'Casustafel', input.caseTableId);
    // Two escalations about the same subject at the same moment must meet in one case.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [`case-intake:${tenantId}:${table.id}:${mainSubjectId}`]);
    const open = await manager
      .createQueryBuilder(Case, 'c')
      .where('c.tenant_id = :tenantId AND c.case_table_id = :tableId AND c.main_subject_id = :mainSubjectId AND c.state = ANY(:open)', {
        tenantId,
        tableId: table.id,
        mainSubjectId,
        open: OPEN_STATES,
      })
      .orderBy('c.created_at', 'ASC')
      .getOne();
    // The reporter's roles (VERHUURDER, ADRES, ...) carry over; only a role cases do not know becomes OVERIG.
    const otherSubjects = others.map((subjectId) => ({ subjectId, role: caseRole(unique.find((s) => s.subjectId === subjectId)!.role) }));
    if (open) {
      await this.registrar.linkSignal(manager, open, { signalId: input.signalId, deliveryId: input.deliveryId }, input.registeredByUserId);
      // The escalating discipline does not join by itself: the chair (or a case director) adds it with
      // addCaseParticipant. The request is put on the timeline, which the chair sees.
      const participating = (await manager.query(`SELECT 1 FROM case_participant WHERE tenant_id = $1 AND case_id = $2 AND discipline = $3`, [tenantId, open.id, input.discipline])) as unknown[];
      if (participating.length === 0) {
        await appendCaseEvents(manager, tenantId, [
          { caseId: open.id, kind: CaseEventKind.PARTICIPATION_REQUESTED, actorUserId: input.registeredByUserId, refId: input.deliveryId, details: { discipline: input.discipline } },
        ]);
      }
      await this.registrar.addSubjects(manager, open, otherSubjects);
      return { caseId: open.id, reference: open.reference, created: false };
    }
    const kase = await this.registrar.register(manager, tenantId, {
      caseTableId: table.id,
      title: input.title,
      riskLevel: RiskLevel.MIDDEN,
      subjects: [{ subjectId: mainSubjectId, role: CaseSubjectRole.HOOFDBETROKKENE }, ...otherSubjects],
      disciplines: [input.discipline],
      // An escalated case starts with a director: the table's case director, else its chair.
      caseDirectorUserId: await defaultCaseDirector(manager, tenantId, table.id),
      registeredByUserId: input.registeredByUserId,
      signal: { signalId: input.signalId, deliveryId: input.deliveryId },
      source: 'ESCALATION',
    });
    return { caseId: kase.id, reference: kase.reference, created: true };
  }
}

function caseRole(role: string): CaseSubjectRole {
  const known = Object.values(CaseSubjectRole) as string[];
  return role !== CaseSubjectRole.HOOFDBETROKKENE && known.includes(role) ? (role as CaseSubjectRole) : CaseSubjectRole.OVERIG;
}

async function defaultCaseDirector(manager: EntityManager, tenantId: string, caseTableId: string): Promise<string | null> {
  const rows = (await manager.query(
    `SELECT m.user_id FROM case_table_member m
      WHERE m.tenant_id = $1 AND m.case_table_id = $2 AND m.role IN ('CASE_DIRECTOR', 'CHAIR') AND ${CURRENT_MEMBERSHIP_SQL}
      ORDER BY (m.role = 'CASE_DIRECTOR') DESC, m.created_at ASC LIMIT 1`,
    [tenantId, caseTableId],
  )) as { user_id: string }[];
  return rows[0]?.user_id ?? null;
}
