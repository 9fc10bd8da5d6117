import { Discipline, Label } from '@vangrail/core';

/** DOMAIN.md §7: every stored fact about a person carries exactly one of these. */
export enum DataCategory {
  IDENTIFICATIE = 'IDENTIFICATIE',
  BSN = 'BSN',
  ADRES = 'ADRES',
  GEZONDHEID = 'GEZONDHEID',
  STRAFRECHTELIJK = 'STRAFRECHTELIJK',
  FINANCIEEL = 'FINANCIEEL',
  WONEN = 'WONEN',
  GEZIN = 'GEZIN',
}

export const DATA_CATEGORIES = Object.values(DataCategory);

/** How a data category reads in a message. */
export const DATA_CATEGORY_LABEL: Readonly<Record<DataCategory, Label>> = {
  [DataCategory.IDENTIFICATIE]: { nl: 'identificerende gegevens', en: 'identifying data' },
  [DataCategory.BSN]: { nl: 'BSN', en: 'BSN (citizen service number)' },
  [DataCategory.ADRES]: { nl: 'adres', en: 'address' },
  [DataCategory.GEZONDHEID]: { nl: 'gezondheid', en: 'health' },
  [DataCategory.STRAFRECHTELIJK]: { nl: 'strafrechtelijke gegevens', en: 'criminal-law data' },
  [DataCategory.FINANCIEEL]: { nl: 'financiële gegevens', en: 'financial data' },
  [DataCategory.WONEN]: { nl: 'woonsituatie', en: 'housing situation' },
  [DataCategory.GEZIN]: { nl: 'gezinssituatie', en: 'family situation' },
};

const C = DataCategory;
const SOCIAL_TEAM = [C.IDENTIFICATIE, C.BSN, C.ADRES, C.GEZONDHEID, C.FINANCIEEL, C.WONEN, C.GEZIN];

/** DOMAIN.md §7 default visibility; a case table's legal basis may narrow or explicitly widen it. */
export const DEFAULT_VISIBILITY: Readonly<Record<Discipline, readonly DataCategory[]>> = {
  [Discipline.WMO]: SOCIAL_TEAM,
  [Discipline.JEUGD]: SOCIAL_TEAM,
  [Discipline.WIJKTEAM]: SOCIAL_TEAM,
  [Discipline.PW]: [C.IDENTIFICATIE, C.BSN, C.ADRES, C.FINANCIEEL, C.WONEN, C.GEZIN],
  [Discipline.BRP]: [C.IDENTIFICATIE, C.BSN, C.ADRES, C.WONEN, C.GEZIN],
  [Discipline.BWT]: [C.IDENTIFICATIE, C.ADRES, C.WONEN],
  [Discipline.OOV]: [C.IDENTIFICATIE, C.ADRES, C.STRAFRECHTELIJK, C.WONEN],
};

/** Art. 9 and art. 10 AVG: special categories that need an explicit basis to travel. */
export const SPECIAL_CATEGORIES: readonly DataCategory[] = [C.GEZONDHEID, C.STRAFRECHTELIJK];
