/** DOMAIN.md §3: the law or team a professional works for, and the domain it belongs to. */
export enum Discipline {
  WMO = 'WMO',
  JEUGD = 'JEUGD',
  PW = 'PW',
  WIJKTEAM = 'WIJKTEAM',
  BRP = 'BRP',
  BWT = 'BWT',
  OOV = 'OOV',
}

export enum Domain {
  SOCIAAL = 'SOCIAAL',
  FYSIEK = 'FYSIEK',
  VEILIGHEID = 'VEILIGHEID',
}

export const DOMAIN_OF: Readonly<Record<Discipline, Domain>> = {
  [Discipline.WMO]: Domain.SOCIAAL,
  [Discipline.JEUGD]: Domain.SOCIAAL,
  [Discipline.PW]: Domain.SOCIAAL,
  [Discipline.WIJKTEAM]: Domain.SOCIAAL,
  [Discipline.BRP]: Domain.FYSIEK,
  [Discipline.BWT]: Domain.FYSIEK,
  [Discipline.OOV]: Domain.VEILIGHEID,
};

/** Platform roles (table roles such as CHAIR come from case-table membership, not from here). */
export enum PlatformRole {
  PROFESSIONAL = 'PROFESSIONAL',
  INSPECTOR = 'INSPECTOR',
  PRIVACY_OFFICER = 'PRIVACY_OFFICER',
  FUNCTIONAL_ADMINISTRATOR = 'FUNCTIONAL_ADMINISTRATOR',
  ANALYST = 'ANALYST',
}
