import { badInput, conflict, forbidden } from '@vangrail/core';
import { GovernedContext, LockedPerson, lockPerson } from '@vangrail/privacy';
import { DATA_SUBJECT_REQUEST } from '../privacy-office.policy';
import { DataSubjectRequest, DataSubjectRequestKind } from '../requests/data-subject-request.entity';
import { DataSubjectRequestsService } from '../requests/data-subject-requests.service';

const KIND_WORDS: Readonly<Record<DataSubjectRequestKind, { nl: string; en: string }>> = {
  [DataSubjectRequestKind.INZAGE]: { nl: 'een inzageverzoek', en: 'a request for access' },
  [DataSubjectRequestKind.RECTIFICATIE]: { nl: 'een verzoek om rectificatie', en: 'a request for rectification' },
  [DataSubjectRequestKind.WISSING]: { nl: 'een verzoek om wissing', en: 'a request for erasure' },
  [DataSubjectRequestKind.BEPERKING]: { nl: 'een verzoek om beperking', en: 'a request for restriction' },
  [DataSubjectRequestKind.BEZWAAR]: { nl: 'een bezwaar', en: 'an objection' },
};

/**
 * The open request of `kind` that a restriction or erasure answers, about exactly this person:
 * only the privacy officer acts, only on an open request of the right kind, only for its person.
 */
export async function requestFor(
  ctx: GovernedContext,
  requests: DataSubjectRequestsService,
  input: { requestId: string; subjectId: string },
  kind: DataSubjectRequestKind,
): Promise<DataSubjectRequest & { subjectId: string }> {
  if (!ctx.ability.can('update', DATA_SUBJECT_REQUEST)) {
    throw forbidden('Only the privacy officer handles data-subject requests', 'Alleen de privacy officer behandelt verzoeken van betrokkenen');
  }
  const request = await requests.openRequest(ctx, input.requestId);
  if (request.kind !== kind) {
    const asked = KIND_WORDS[request.kind];
    const needed = KIND_WORDS[kind];
    throw conflict(`Request ${request.reference} is ${asked.en}; this needs ${needed.en}`, `Verzoek ${request.reference} is ${asked.nl}; hiervoor is ${needed.nl} nodig`);
  }
  if (!request.subjectId) {
    throw conflict(
      `Nothing is held about the person of request ${request.reference}, so there is nothing to act on; answer the request saying so`,
      `Over de persoon van verzoek ${request.reference} is niets vastgelegd, er is dus niets te doen; beantwoord het verzoek met die mededeling`,
    );
  }
  if (request.subjectId !== input.subjectId) {
    throw badInput('input.subjectId', `This person is not the one request ${request.reference} is about`, `Deze persoon is niet degene over wie verzoek ${request.reference} gaat`);
  }
  return request as DataSubjectRequest & { subjectId: string };
}

/** The request's person, locked for the change (null when already erased). */
export function lockedSubject(ctx: GovernedContext, subjectId: string): Promise<LockedPerson | null> {
  return lockPerson(ctx.manager, ctx.tenantId, subjectId);
}
