import type { Purpose as ApiPurpose } from '../../gql/schema-types';

export type Purpose = ApiPurpose;

/** Each purpose (doel) in the words a professional recognises, and what it lets them do. */
export const PURPOSE: Record<Purpose, { label: string; explanation: string }> = {
  SIGNALERING: { label: 'Signalering', explanation: 'Een signaal melden of je eigen signalen volgen.' },
  SIGNAALBEOORDELING: { label: 'Signaalbeoordeling', explanation: 'Een signaal beoordelen dat naar jouw discipline is gestuurd.' },
  CASUSOVERLEG: { label: 'Casusoverleg', explanation: 'Een casus van jouw casustafel voorbereiden of bespreken.' },
  PLANUITVOERING: { label: 'Uitvoering van een actiepunt', explanation: 'Alleen de gegevens die je nodig hebt voor een actiepunt dat op jouw naam staat.' },
  RECHTMATIGHEIDSONDERZOEK: { label: 'Rechtmatigheidsonderzoek', explanation: 'Onderzoek naar een melding die je hebt geaccepteerd.' },
  HANDHAVING: { label: 'Handhaving', explanation: 'Handhavend optreden na een geaccepteerde melding.' },
  NOODTOEGANG: { label: 'Noodtoegang', explanation: 'Alleen bij acuut gevaar, tijdelijk, met een verantwoording die altijd wordt nagekeken.' },
  PRIVACYTOEZICHT: { label: 'Privacytoezicht', explanation: 'Het logboek en de metagegevens controleren, zonder inhoud.' },
  INZAGEVERZOEK: { label: 'Inzageverzoek', explanation: 'Een verzoek om inzage van één persoon beantwoorden.' },
  BEHEER: { label: 'Beheer', explanation: 'Instellingen beheren, zonder persoonsgegevens.' },
  VERANTWOORDING: { label: 'Verantwoording', explanation: 'Alleen totalen; kleine aantallen worden niet getoond.' },
};
