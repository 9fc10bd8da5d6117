import { Label, PlatformRole } from '@vangrail/core';

/** DOMAIN.md §7: the purposes (doelen) a request that touches personal data must declare. */
export enum Purpose {
  SIGNALERING = 'SIGNALERING',
  SIGNAALBEOORDELING = 'SIGNAALBEOORDELING',
  CASUSOVERLEG = 'CASUSOVERLEG',
  PLANUITVOERING = 'PLANUITVOERING',
  RECHTMATIGHEIDSONDERZOEK = 'RECHTMATIGHEIDSONDERZOEK',
  HANDHAVING = 'HANDHAVING',
  NOODTOEGANG = 'NOODTOEGANG',
  PRIVACYTOEZICHT = 'PRIVACYTOEZICHT',
  INZAGEVERZOEK = 'INZAGEVERZOEK',
  BEHEER = 'BEHEER',
  VERANTWOORDING = 'VERANTWOORDING',
}

export const PURPOSES = Object.values(Purpose);

/** How a purpose reads in a message: the Dutch word (also accepted as the X-Purpose value) and its English. */
export const PURPOSE_LABEL: Readonly<Record<Purpose, Label>> = {
  [Purpose.SIGNALERING]: { nl: 'signalering', en: 'flagging a signal (signalering)' },
  [Purpose.SIGNAALBEOORDELING]: { nl: 'signaalbeoordeling', en: 'assessing a signal (signaalbeoordeling)' },
  [Purpose.CASUSOVERLEG]: { nl: 'casusoverleg', en: 'case consultation (casusoverleg)' },
  [Purpose.PLANUITVOERING]: { nl: 'planuitvoering', en: 'carrying out the plan (planuitvoering)' },
  [Purpose.RECHTMATIGHEIDSONDERZOEK]: { nl: 'rechtmatigheidsonderzoek', en: 'lawfulness investigation (rechtmatigheidsonderzoek)' },
  [Purpose.HANDHAVING]: { nl: 'handhaving', en: 'enforcement (handhaving)' },
  [Purpose.NOODTOEGANG]: { nl: 'noodtoegang', en: 'emergency access (noodtoegang)' },
  [Purpose.PRIVACYTOEZICHT]: { nl: 'privacytoezicht', en: 'privacy supervision (privacytoezicht)' },
  [Purpose.INZAGEVERZOEK]: { nl: 'inzageverzoek', en: 'data-subject request (inzageverzoek)' },
  [Purpose.BEHEER]: { nl: 'beheer', en: 'administration (beheer)' },
  [Purpose.VERANTWOORDING]: { nl: 'verantwoording', en: 'accountability reporting (verantwoording)' },
};

export function parsePurpose(raw: string | undefined): Purpose | undefined {
  const value = raw?.trim().toUpperCase();
  return PURPOSES.find((purpose) => purpose === value);
}

/**
 * Which platform role may declare which purpose at all. Whether the purpose fits the record
 * (membership, delivery, own signal) is decided by the ability's conditions, not here.
 */
export const PURPOSE_ROLES: Readonly<Record<Purpose, readonly PlatformRole[]>> = {
  [Purpose.SIGNALERING]: [PlatformRole.PROFESSIONAL],
  [Purpose.SIGNAALBEOORDELING]: [PlatformRole.PROFESSIONAL],
  [Purpose.CASUSOVERLEG]: [PlatformRole.PROFESSIONAL],
  [Purpose.PLANUITVOERING]: [PlatformRole.PROFESSIONAL],
  [Purpose.RECHTMATIGHEIDSONDERZOEK]: [PlatformRole.INSPECTOR],
  [Purpose.HANDHAVING]: [PlatformRole.INSPECTOR],
  [Purpose.NOODTOEGANG]: [PlatformRole.PROFESSIONAL],
  [Purpose.PRIVACYTOEZICHT]: [PlatformRole.PRIVACY_OFFICER],
  [Purpose.INZAGEVERZOEK]: [PlatformRole.PRIVACY_OFFICER],
  [Purpose.BEHEER]: [PlatformRole.FUNCTIONAL_ADMINISTRATOR],
  [Purpose.VERANTWOORDING]: [PlatformRole.ANALYST],
};

/** The processing activity of the register (art. 30) each purpose belongs to; recorded with every audit event. */
export const PROCESSING_ACTIVITY: Readonly<Record<Purpose, string>> = {
  [Purpose.SIGNALERING]: 'Signalering van risico’s (Wmo 2015 art. 2.3.2, Jeugdwet art. 2.1, Participatiewet art. 7)',
  [Purpose.SIGNAALBEOORDELING]: 'Beoordeling van doorgezette signalen (toezicht per wet)',
  [Purpose.CASUSOVERLEG]: 'Multidisciplinair casusoverleg (convenant casustafel)',
  [Purpose.PLANUITVOERING]: 'Uitvoering van het plan van aanpak (convenant casustafel)',
  [Purpose.RECHTMATIGHEIDSONDERZOEK]: 'Rechtmatigheidsonderzoek (Wmo 2015 art. 6.1, Participatiewet art. 53a)',
  [Purpose.HANDHAVING]: 'Toezicht en handhaving (Awb titel 5.2, Woningwet, APV)',
  [Purpose.NOODTOEGANG]: 'Noodtoegang bij acuut gevaar (AVG art. 6 lid 1 sub d)',
  [Purpose.PRIVACYTOEZICHT]: 'Toezicht op rechtmatige verwerking (AVG art. 5 lid 2, art. 39)',
  [Purpose.INZAGEVERZOEK]: 'Rechten van betrokkenen (AVG art. 15-18)',
  [Purpose.BEHEER]: 'Functioneel beheer (geen persoonsgegevens)',
  [Purpose.VERANTWOORDING]: 'Beleidsinformatie en verantwoording (geaggregeerd)',
};
