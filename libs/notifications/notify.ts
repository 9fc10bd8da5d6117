import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Notification, NotificationKind } from './notification.entity';

export interface NotificationDraft {
  tenantId: string;
  kind: NotificationKind;
  recipientUserId?: string | null;
  recipientDiscipline?: string | null;
  message: string;
  messageNl: string;
  signalId?: string | null;
  deliveryId?: string | null;
  caseId?: string | null;
  /** Same key → one notification, however often the caller retries. */
  dedupeKey: string;
}

/** Writes notifications in the caller's transaction; duplicates by dedupe key are ignored. */
export async function notify(manager: EntityManager, drafts: NotificationDraft[]): Promise<void> {
  if (drafts.length === 0) return;
  await manager
    .createQueryBuilder()
    .insert()
    .into(Notification)
    .values(
      drafts.map((draft) => ({
        tenantId: draft.tenantId,
        id: randomUUID(),
        kind: draft.kind,
        recipientUserId: draft.recipientUserId ?? null,
        recipientDiscipline: draft.recipientDiscipline ?? null,
        message: draft.message,
        messageNl: draft.messageNl,
        signalId: draft.signalId ?? null,
        deliveryId: draft.deliveryId ?? null,
        caseId: draft.caseId ?? null,
        dedupeKey: draft.dedupeKey,
        readAt: null,
      })),
    )
    .orIgnore()
    .execute();
}
