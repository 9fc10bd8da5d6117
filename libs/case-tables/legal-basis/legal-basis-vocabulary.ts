import type { Label } from '@vangrail/core';

/** The ground on which the case's data are processed at this table (AVG art. 6 and 9, read with the sector law). */
export enum LegalGround {
  /** The person agreed, for a stated scope, on a stated day. */
  TOESTEMMING = 'TOESTEMMING',
  /** Wet gegevensverwerking door samenwerkingsverbanden (Zorg- en Veiligheidshuizen, since 1 March 2025). */
  WGS = 'WGS',
  /** An article of the table's covenant (convenant). */
  CONVENANT = 'CONVENANT',
  /** A sector law's own duty or power (e.g. Wmo 2015, Jeugdwet, Participatiewet, Woningwet). */
  SECTORWET = 'SECTORWET',
}

export const LEGAL_GROUND_LABEL: Readonly<Record<LegalGround, Label>> = {
  [LegalGround.TOESTEMMING]: { nl: 'toestemming van de betrokkene', en: "the person's consent" },
  [LegalGround.WGS]: { nl: 'Wet gegevensverwerking door samenwerkingsverbanden (WGS)', en: 'the WGS (data processing by partnerships act)' },
  [LegalGround.CONVENANT]: { nl: 'artikel van het convenant', en: 'an article of the covenant' },
  [LegalGround.SECTORWET]: { nl: 'sectorwet', en: 'a sector law' },
};

/** Why the person was not (yet) told that the table processes their data (AVG art. 14(5) and 23). */
export enum NotInformedReason {
  VEILIGHEID = 'VEILIGHEID',
  LOPEND_ONDERZOEK = 'LOPEND_ONDERZOEK',
  BESCHERMING_MELDER = 'BESCHERMING_MELDER',
}

export const NOT_INFORMED_REASON_LABEL: Readonly<Record<NotInformedReason, Label>> = {
  [NotInformedReason.VEILIGHEID]: { nl: 'de veiligheid van betrokkene of anderen', en: 'the safety of the person or others' },
  [NotInformedReason.LOPEND_ONDERZOEK]: { nl: 'een lopend onderzoek', en: 'an ongoing investigation' },
  [NotInformedReason.BESCHERMING_MELDER]: { nl: 'de bescherming van de melder', en: 'protecting the reporter' },
};

/** Why a Zorg- en Veiligheidshuis admits a case (the admission criteria of its landelijk kader). */
export enum AdmissionCriterion {
  MEERVOUDIGE_PROBLEMATIEK = 'MEERVOUDIGE_PROBLEMATIEK',
  ZORG_EN_VEILIGHEID = 'ZORG_EN_VEILIGHEID',
  SAMENWERKING_NODIG = 'SAMENWERKING_NODIG',
  REGULIERE_AANPAK_ONTOEREIKEND = 'REGULIERE_AANPAK_ONTOEREIKEND',
}

export const ADMISSION_CRITERION_LABEL: Readonly<Record<AdmissionCriterion, Label>> = {
  [AdmissionCriterion.MEERVOUDIGE_PROBLEMATIEK]: { nl: 'problemen op meerdere leefgebieden', en: 'problems in several areas of life' },
  [AdmissionCriterion.ZORG_EN_VEILIGHEID]: { nl: 'zorg en veiligheid spelen allebei', en: 'both care and safety are at stake' },
  [AdmissionCriterion.SAMENWERKING_NODIG]: { nl: 'meerdere partners moeten samenwerken', en: 'several partners must work together' },
  [AdmissionCriterion.REGULIERE_AANPAK_ONTOEREIKEND]: { nl: 'de reguliere aanpak schiet tekort', en: 'the regular approach falls short' },
};
