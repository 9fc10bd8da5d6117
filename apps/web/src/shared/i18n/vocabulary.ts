/**
 * The users' Dutch words for the API's enum values. Typed against the generated schema types, so a
 * new value in the API fails the web type check until it has its words here: users never see a raw
 * enum value.
 */
import type { DataCategory, DeliveryState, Discipline, PlatformRole, SignalCategory, SignalFlag, Urgency } from '../../gql/schema-types';

export const DISCIPLINE: Record<Discipline, string> = {
  WMO: 'Wmo-toezicht',
  JEUGD: 'Jeugdtoezicht',
  PW: 'Participatiewet',
  WIJKTEAM: 'Wijkteam',
  BRP: 'BRP-adresonderzoek',
  BWT: 'Bouw- en woningtoezicht',
  OOV: 'Openbare orde en veiligheid',
};

export const ROLE: Record<PlatformRole, string> = {
  PROFESSIONAL: 'Professional',
  INSPECTOR: 'Toezichthouder',
  PRIVACY_OFFICER: 'Privacy officer',
  FUNCTIONAL_ADMINISTRATOR: 'Functioneel beheerder',
  ANALYST: 'Analist',
};

/** Each data category with the plain words a professional needs to tag a signal correctly. */
export const DATA_CATEGORY: Record<DataCategory, { label: string; explanation: string }> = {
  IDENTIFICATIE: { label: 'Identificatie', explanation: 'Naam en geboortedatum.' },
  BSN: { label: 'BSN', explanation: 'Het burgerservicenummer.' },
  ADRES: { label: 'Adres', explanation: 'Waar iemand woont of verblijft.' },
  GEZONDHEID: { label: 'Gezondheid', explanation: 'Lichamelijke of psychische gezondheid, zorg en beperkingen. Bijzonder persoonsgegeven (AVG art. 9): wordt alleen gedeeld met zorgdisciplines.' },
  STRAFRECHTELIJK: { label: 'Strafrechtelijk', explanation: 'Strafbare feiten, verdenkingen en politiecontacten (AVG art. 10): alleen voor handhaving.' },
  FINANCIEEL: { label: 'Financieel', explanation: 'Inkomen, uitkering, pgb, schulden.' },
  WONEN: { label: 'Wonen', explanation: 'De woning: staat, vergunningen, bewoning en verhuur.' },
  GEZIN: { label: 'Gezin', explanation: 'Huishouden, kinderen en familie.' },
};

export const SIGNAL_CATEGORY: Record<SignalCategory, string> = {
  ZORGMIJDING: 'Zorgwekkende situatie of zorgmijding',
  PGB_MISBRUIK: 'Vermoeden van pgb-misbruik',
  UITKERING_ONRECHTMATIG: 'Vermoeden van onrechtmatige uitkering',
  ADRES_TWIJFEL: 'Twijfel of iemand op het adres woont',
  OVERBEWONING: 'Overbewoning',
  KAMERVERHUUR: 'Illegale kamerverhuur of huisjesmelkerij',
  BRANDGEVAAR: 'Brandgevaar',
  WONING_ONVEILIG: 'Onveilige of onbewoonbare woning',
  ZORGAANBIEDER_KWALITEIT: 'Twijfel over een zorgaanbieder',
  UITBUITING: 'Uitbuiting door een tussenpersoon',
  ONDERMIJNING: 'Aanwijzing voor ondermijning',
  OVERLAST: 'Overlast of verward gedrag',
};

export const URGENCY: Record<Urgency, { label: string; explanation: string }> = {
  LOW: { label: 'Laag', explanation: 'Beoordeling binnen 10 dagen.' },
  NORMAL: { label: 'Normaal', explanation: 'Beoordeling binnen 5 dagen.' },
  HIGH: { label: 'Hoog', explanation: 'Beoordeling binnen 24 uur.' },
  ACUTE: { label: 'Acuut', explanation: 'Beoordeling binnen 4 uur.' },
};

export const SIGNAL_FLAG: Record<SignalFlag, string> = {
  ZORG_OP_LOCATIE: 'Zorg op deze locatie',
  KWETSBARE_BEWONERS: 'Kwetsbare bewoners',
  MINDERJARIGEN: 'Minderjarigen betrokken',
  ONDERMIJNING: 'Mogelijke ondermijning',
  ACUUT_GEVAAR: 'Acuut gevaar',
};

export const DELIVERY_STATE: Record<DeliveryState, string> = {
  NEW: 'Nieuw',
  IN_TRIAGE: 'In beoordeling',
  ACCEPTED: 'Geaccepteerd',
  DECLINED: 'Afgewezen',
  ESCALATED: 'Naar casustafel',
};

/** `1 bijdrage` / `3 bijdragen`. */
export function countOf(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const DATE_TIME = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });
const DATE = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

export function formatDateTime(iso: string): string {
  return DATE_TIME.format(new Date(iso));
}

export function formatDate(iso: string): string {
  return DATE.format(new Date(iso));
}
