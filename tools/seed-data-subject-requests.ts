import type { EntityManager } from 'typeorm';
import { DataSubjectRequest, DataSubjectRequestKind, DataSubjectRequestState, IdentityVerification } from '@vangrail/privacy-office';
import type { Subject } from '@vangrail/subjects';
import { demoId } from './demo-data';

/**
 * Demo data: Karin Jansen asked what Demodam holds about her (an open INZAGE request, identity
 * checked at the desk), so the privacy officer's INZAGEVERZOEK reads have a request to name.
 */
export async function seedDataSubjectRequests(manager: EntityManager, slug: string, tenantId: string, subjects: Map<string, Subject>): Promise<void> {
  const karin = subjects.get('person-karin-jansen');
  if (slug !== 'demodam' || !karin) return;
  const request = Object.assign(new DataSubjectRequest(), {
    tenantId,
    id: demoId(`data-subject-request:${slug}:karin`),
    reference: 'AVG-DEMO-0001',
    kind: DataSubjectRequestKind.INZAGE,
    receivedOn: '2026-11-20',
    identityVerification: IdentityVerification.BALIE_IDENTITEITSBEWIJS,
    identityNote: 'Paspoort getoond aan de balie van het Zorg- en Veiligheidshuis',
    subjectId: karin.id,
    deadline: '2026-12-20',
    extendedUntil: null,
    extensionReason: null,
    state: DataSubjectRequestState.OPEN,
    answer: null,
    answeredAt: null,
    registeredBy: demoId(`user:${slug}:privacy.ivo`),
    answeredBy: null,
  });
  await manager.createQueryBuilder().insert().into(DataSubjectRequest).values(request).orIgnore().execute();
}
