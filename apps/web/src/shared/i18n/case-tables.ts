/**
 * The users' Dutch words for the case-table enums (casustafels, casussen, overleggen), typed against
 * the generated schema types like vocabulary.ts: a new value fails the type check until it has words.
 */
import type {
  ActionItemStatus,
  CaseState,
  ClosingOutcome,
  CaseSubjectRole,
  CaseTableKind,
  ContributionVisibility,
  MeetingState,
  RiskLevel,
  TableRole,
} from '../../gql/schema-types';

export const CASE_STATE: Record<CaseState, string> = {
  AANGEMELD: 'Aangemeld',
  IN_TRIAGE: 'In triage',
  GEWEIGERD: 'Geweigerd',
  GEAGENDEERD: 'Geagendeerd',
  IN_BEHANDELING: 'In behandeling',
  MONITORING: 'Monitoring',
  AFGESLOTEN: 'Afgesloten',
};

/** What the button says that moves a case to this state. */
export const CASE_TRANSITION: Record<CaseState, string> = {
  AANGEMELD: 'Terugzetten naar aangemeld',
  IN_TRIAGE: 'Triage starten',
  GEWEIGERD: 'Weigeren',
  GEAGENDEERD: 'Toelaten en agenderen',
  IN_BEHANDELING: 'In behandeling nemen',
  MONITORING: 'Naar monitoring',
  AFGESLOTEN: 'Casus afsluiten',
};

export const TABLE_ROLE: Record<TableRole, string> = {
  CHAIR: 'Voorzitter',
  CASE_DIRECTOR: 'Casusregisseur',
  MEMBER: 'Lid',
  GUEST: 'Gast',
};

export const CASE_TABLE_KIND: Record<CaseTableKind, { label: string; explanation: string }> = {
  SOCIAAL: { label: 'Sociaal domein', explanation: 'De kleine driehoek: Wmo, Jeugdwet en Participatiewet.' },
  DOMEINOVERSTIJGEND: { label: 'Domeinoverstijgend', explanation: 'De grote driehoek: sociaal, fysiek en veiligheid.' },
  ZORG_EN_VEILIGHEID: { label: 'Zorg en veiligheid', explanation: 'Persoonsgerichte aanpak in het Zorg- en Veiligheidshuis.' },
};

export const RISK_LEVEL: Record<RiskLevel, string> = { LAAG: 'Laag', MIDDEN: 'Midden', HOOG: 'Hoog' };

export const CASE_SUBJECT_ROLE: Record<CaseSubjectRole, string> = {
  HOOFDBETROKKENE: 'Hoofdbetrokkene',
  GEZINSLID: 'Gezinslid',
  HUISGENOOT: 'Huisgenoot',
  ADRES: 'Adres',
  EIGENAAR: 'Eigenaar',
  VERHUURDER: 'Verhuurder',
  ZORGAANBIEDER: 'Zorgaanbieder',
  TUSSENPERSOON: 'Tussenpersoon',
  OVERIG: 'Overig',
};

export const ACTION_ITEM_STATUS: Record<ActionItemStatus, string> = { OPEN: 'Open', DONE: 'Afgerond', CANCELLED: 'Ingetrokken' };

export const MEETING_STATE: Record<MeetingState, string> = { GEPLAND: 'Gepland', GESLOTEN: 'Gesloten' };

export const CONTRIBUTION_VISIBILITY: Record<ContributionVisibility, { label: string; explanation: string }> = {
  ALL_PARTICIPANTS: { label: 'Alle deelnemers', explanation: 'Iedereen aan tafel die deze gegevenscategorie mag zien.' },
  OWN_DISCIPLINE: { label: 'Eigen discipline', explanation: 'Alleen collega’s van jouw discipline (en de voorzitter en casusregisseur).' },
  CHAIR_AND_DIRECTOR: { label: 'Voorzitter en casusregisseur', explanation: 'Alleen de voorzitter en de casusregisseur.' },
};

/** A server sentence with case-state codes in the users' words ("van AANGEMELD naar IN_TRIAGE" → "van aangemeld naar in triage"). */
export function humaniseCaseStates(text: string): string {
  return text.replace(/\b(AANGEMELD|IN_TRIAGE|GEWEIGERD|GEAGENDEERD|IN_BEHANDELING|MONITORING|AFGESLOTEN)\b/g, (code) => CASE_STATE[code as CaseState].toLocaleLowerCase('nl'));
}

/** How a case ended (the API's fixed list), in the words the API's labels use. */
export const CLOSING_OUTCOME: Record<ClosingOutcome, string> = {
  DOELEN_BEHAALD: 'Doelen behaald',
  RISICO_AFGENOMEN: 'Risico voldoende afgenomen',
  OVERGEDRAGEN_REGULIERE_HULP: 'Overgedragen aan reguliere hulpverlening',
  OVERGEDRAGEN_ANDERE_TAFEL: 'Overgedragen aan een andere casustafel',
  GEEN_MEDEWERKING: 'Geen medewerking van de betrokkene',
  VERHUISD: 'Betrokkene verhuisd buiten de gemeente',
  OVERLEDEN: 'Betrokkene overleden',
  ANDERS: 'Anders (zie toelichting)',
};
