import { DataSubjectRequestKind } from './data-subject-request.entity';

/** The article each right rests on; named in every audit event of a read under the request. */
export const REQUEST_ARTICLE: Readonly<Record<DataSubjectRequestKind, string>> = {
  [DataSubjectRequestKind.INZAGE]: 'AVG art. 15 (recht op inzage)',
  [DataSubjectRequestKind.RECTIFICATIE]: 'AVG art. 16 (recht op rectificatie)',
  [DataSubjectRequestKind.WISSING]: 'AVG art. 17 (recht op wissing)',
  [DataSubjectRequestKind.BEPERKING]: 'AVG art. 18 (recht op beperking van de verwerking)',
  [DataSubjectRequestKind.BEZWAAR]: 'AVG art. 21 (recht van bezwaar)',
};

export const requestReason = (reference: string): string => `data-subject request ${reference}`;
