import { VangrailError } from '@vangrail/core';
import { Purpose } from '../purpose';

/**
 * AVG art. 18: while a person's processing is restricted, only storage and the privacy office's own
 * work on the request go on. These purposes are the privacy office's; every other purpose is refused.
 */
export const RESTRICTION_EXEMPT_PURPOSES: ReadonlySet<Purpose> = new Set([Purpose.PRIVACYTOEZICHT, Purpose.INZAGEVERZOEK]);

/**
 * The refusal of a read or change that would process a restricted person's data. It names no person
 * and no record (the trail gets the subject keys), and tells the professional whom to ask.
 */
export function restrictedRefusal(subjectKeys: readonly string[], resourceId?: string | null): VangrailError {
  return new VangrailError(
    'RESTRICTED',
    'This concerns a person whose data may not be processed for now: processing is restricted at their request (AVG art. 18). Only the privacy officer can see it; ask the privacy officer if you need it for your work',
    'Dit gaat over een persoon van wie de gegevens voorlopig niet verwerkt mogen worden: de verwerking is op diens verzoek beperkt (AVG art. 18). Alleen de privacy officer kan dit inzien; neem contact op met de privacy officer als u het voor uw werk nodig hebt',
  ).about({ subjectKeys: [...subjectKeys], resourceId: resourceId ?? null });
}
