import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CaseEvent, CaseEventKind } from '../cases/entities/case-event.entity';

export interface NewCaseEvent {
  caseId: string;
  kind: CaseEventKind;
  actorUserId?: string | null;
  /** The contribution, decision, action item, meeting or escalation the event is about. */
  refId?: string | null;
  /** States, disciplines, ids and case-level reasons only; never content about persons. */
  details?: Record<string, unknown>;
}

/** Appends timeline events in the caller's transaction. */
export async function appendCaseEvents(manager: EntityManager, tenantId: string, events: NewCaseEvent[]): Promise<void> {
  if (events.length === 0) return;
  await manager.insert(
    CaseEvent,
    events.map((event) => ({
      tenantId,
      id: randomUUID(),
      caseId: event.caseId,
      kind: event.kind,
      actorUserId: event.actorUserId ?? null,
      refId: event.refId ?? null,
      details: (event.details ?? {}) as never,
    })),
  );
}
