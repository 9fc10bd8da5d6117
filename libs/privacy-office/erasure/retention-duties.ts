import { Discipline, Label } from '@vangrail/core';

/**
 * Sector laws that oblige a discipline to keep its file, so erasure (AVG art. 17(3)(b): a legal
 * obligation) must wait until the period has passed. Counted from the day the record was made.
 * Defaults from docs/privacy.md; the municipality's archivist confirms them (retention policy, issue 12).
 */
export interface RetentionDuty {
  years: number;
  /** The law, as the privacy office names it. */
  law: Label;
  /** Where the duty is written, in a sentence a privacy officer can check. */
  source: Label;
}

export const RETENTION_DUTIES: Readonly<Partial<Record<Discipline, RetentionDuty>>> = {
  [Discipline.JEUGD]: {
    years: 20,
    law: { nl: 'Jeugdwet', en: 'Youth Act (Jeugdwet)' },
    source: {
      nl: 'Jeugdwet art. 7.3.8: het dossier wordt twintig jaar bewaard, te rekenen vanaf het moment van vervaardiging',
      en: 'Jeugdwet art. 7.3.8: the file is kept for twenty years from the moment it was made',
    },
  },
  [Discipline.WMO]: {
    years: 15,
    law: { nl: 'Wmo 2015', en: 'Social Support Act (Wmo 2015)' },
    source: {
      nl: 'Wmo 2015 met de Selectielijst gemeenten (Archiefwet 1995): cliëntgegevens worden vijftien jaar bewaard',
      en: 'Wmo 2015 with the municipal selection list (Archiefwet 1995): client records are kept for fifteen years',
    },
  },
};

/** The day until which a record made on `madeOn` by `discipline` must be kept, or null when no duty applies. */
export function keptUntil(discipline: string, madeOn: Date): { duty: RetentionDuty; until: Date } | null {
  const duty = RETENTION_DUTIES[discipline as Discipline];
  if (!duty) return null;
  const until = new Date(madeOn);
  until.setUTCFullYear(until.getUTCFullYear() + duty.years);
  return { duty, until };
}
