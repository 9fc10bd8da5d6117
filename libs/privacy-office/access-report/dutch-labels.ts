/**
 * The Dutch words the printed access report uses where its phrasing differs from the short labels of
 * libs/core/labels.ts and the enums' own labels (full discipline names, past participles for actions).
 */
export const DISCIPLINE_NL: Record<string, string> = {
  WMO: 'Wmo-toezicht',
  JEUGD: 'Jeugdtoezicht',
  PW: 'Participatiewet (sociale recherche)',
  WIJKTEAM: 'Wijkteam',
  BRP: 'BRP-adresonderzoek',
  BWT: 'Bouw- en woningtoezicht',
  OOV: 'Openbare orde en veiligheid',
};

export const ACTION_NL: Record<string, string> = {
  READ: 'ingezien',
  SEARCH: 'gezocht',
  CREATE: 'vastgelegd',
  UPDATE: 'gewijzigd',
  DELETE: 'verwijderd',
  EXPORT: 'geëxporteerd',
  LOOKUP: 'opgezocht (bekend elders)',
};

export const DELIVERY_STATE_NL: Record<string, string> = {
  NEW: 'ontvangen',
  IN_TRIAGE: 'in beoordeling',
  ACCEPTED: 'in behandeling genomen',
  DECLINED: 'niet in behandeling genomen',
  ESCALATED: 'doorgezet naar een casustafel',
};

export const CASE_ROLE_NL: Record<string, string> = {
  HOOFDBETROKKENE: 'hoofdbetrokkene',
  GEZINSLID: 'gezinslid',
  HUISGENOOT: 'huisgenoot',
  EIGENAAR: 'eigenaar',
  VERHUURDER: 'verhuurder',
  ZORGAANBIEDER: 'zorgaanbieder',
  TUSSENPERSOON: 'tussenpersoon',
  ADRES: 'adres',
  OVERIG: 'overig',
};

export const ENTRY_KIND_NL: Record<string, string> = { CONTRIBUTION: 'Inbreng', DECISION: 'Besluit', ACTION_ITEM: 'Actiepunt' };

export const label = (table: Record<string, string>, code: string | null | undefined): string => (code ? (table[code] ?? code.toLowerCase().replace(/_/g, ' ')) : '');
