import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { badInput, notFound } from '@vangrail/core';
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
  /** Subjects of the delivery; the first is the main subject. */
  subjectIds: string[];
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
    const [mainSubjectId, ...others] = [...new Set(input.subjectIds)];
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
    const otherSubjects = others.map((subjectId) => ({ subjectId, role: CaseSubjectRole.OVERIG }));
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
      caseDirectorUserId: null,
      registeredByUserId: input.registeredByUserId,
      signal: { signalId: input.signalId, deliveryId: input.deliveryId },
      source: 'ESCALATION',
    });
    return { caseId: kase.id, reference: kase.reference, created: true };
  }
}
