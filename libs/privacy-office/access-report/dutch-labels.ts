/** The Dutch words a printed document uses for the platform's codes (never raw enum values). */
export const DISCIPLINE_NL: Record<string, string> = {
  WMO: 'Wmo-toezicht',
  JEUGD: 'Jeugdtoezicht',
  PW: 'Participatiewet (sociale recherche)',
  WIJKTEAM: 'Wijkteam',
  BRP: 'BRP-adresonderzoek',
  BWT: 'Bouw- en woningtoezicht',
  OOV: 'Openbare orde en veiligheid',
};

export const CATEGORY_NL: Record<string, string> = {
  ZORGMIJDING: 'Zorgmijding',
  PGB_MISBRUIK: 'Mogelijk misbruik van een pgb',
  UITKERING_ONRECHTMATIG: 'Mogelijk onrechtmatige uitkering',
  ADRES_TWIJFEL: 'Twijfel over het woonadres',
  OVERBEWONING: 'Overbewoning',
  KAMERVERHUUR: 'Kamerverhuur',
  BRANDGEVAAR: 'Brandgevaar',
  WONING_ONVEILIG: 'Onveilige woning',
  ZORGAANBIEDER_KWALITEIT: 'Kwaliteit van een zorgaanbieder',
  UITBUITING: 'Uitbuiting',
  ONDERMIJNING: 'Ondermijning',
  OVERLAST: 'Overlast',
};

export const DATA_CATEGORY_NL: Record<string, string> = {
  IDENTIFICATIE: 'identificerende gegevens',
  BSN: 'BSN',
  ADRES: 'adres',
  GEZONDHEID: 'gezondheid',
  STRAFRECHTELIJK: 'strafrechtelijke gegevens',
  FINANCIEEL: 'financiële gegevens',
  WONEN: 'woonsituatie',
  GEZIN: 'gezinssituatie',
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
  EIGENAAR: 'eigenaar',
  VERHUURDER: 'verhuurder',
  ZORGAANBIEDER: 'zorgaanbieder',
  TUSSENPERSOON: 'tussenpersoon',
  ADRES: 'adres',
  OVERIG: 'overig',
};

export const ENTRY_KIND_NL: Record<string, string> = { CONTRIBUTION: 'Inbreng', DECISION: 'Besluit', ACTION_ITEM: 'Actiepunt' };

export const label = (table: Record<string, string>, code: string | null | undefined): string => (code ? (table[code] ?? code.toLowerCase().replace(/_/g, ' ')) : '');

export function dutchDate(at: Date | string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(at));
}

export function dutchDateTime(at: Date | string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(at));
}
