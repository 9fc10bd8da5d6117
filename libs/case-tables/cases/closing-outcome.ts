import { registerEnumType } from '@nestjs/graphql';

/** How a case ended, from a fixed list so figures can count them; the outcome text explains. */
export enum ClosingOutcome {
  DOELEN_BEHAALD = 'DOELEN_BEHAALD',
  RISICO_AFGENOMEN = 'RISICO_AFGENOMEN',
  OVERGEDRAGEN_REGULIERE_HULP = 'OVERGEDRAGEN_REGULIERE_HULP',
  OVERGEDRAGEN_ANDERE_TAFEL = 'OVERGEDRAGEN_ANDERE_TAFEL',
  GEEN_MEDEWERKING = 'GEEN_MEDEWERKING',
  VERHUISD = 'VERHUISD',
  OVERLEDEN = 'OVERLEDEN',
  ANDERS = 'ANDERS',
}

/** The outcomes in the users' words (Dutch for screens and documents, English for the API). */
export const CLOSING_OUTCOME_LABEL: Readonly<Record<ClosingOutcome, { nl: string; en: string }>> = {
  [ClosingOutcome.DOELEN_BEHAALD]: { nl: 'Doelen behaald', en: 'Goals achieved' },
  [ClosingOutcome.RISICO_AFGENOMEN]: { nl: 'Risico voldoende afgenomen', en: 'Risk sufficiently reduced' },
  [ClosingOutcome.OVERGEDRAGEN_REGULIERE_HULP]: { nl: 'Overgedragen aan reguliere hulpverlening', en: 'Handed over to regular care' },
  [ClosingOutcome.OVERGEDRAGEN_ANDERE_TAFEL]: { nl: 'Overgedragen aan een andere casustafel', en: 'Handed over to another case table' },
  [ClosingOutcome.GEEN_MEDEWERKING]: { nl: 'Geen medewerking van de betrokkene', en: 'The person did not cooperate' },
  [ClosingOutcome.VERHUISD]: { nl: 'Betrokkene verhuisd buiten de gemeente', en: 'The person moved out of the municipality' },
  [ClosingOutcome.OVERLEDEN]: { nl: 'Betrokkene overleden', en: 'The person died' },
  [ClosingOutcome.ANDERS]: { nl: 'Anders (zie toelichting)', en: 'Other (see the explanation)' },
};

registerEnumType(ClosingOutcome, {
  name: 'ClosingOutcome',
  description: 'How a case ended (fixed list, counted in figures); label gives the Dutch wording',
  valuesMap: Object.fromEntries(Object.entries(CLOSING_OUTCOME_LABEL).map(([value, label]) => [value, { description: `${label.nl} (${label.en})` }])),
});
