import { parse } from 'csv-parse/sync';
import { Discipline, PlatformRole } from '@vangrail/core';

/**
 * `npm run users:import`: a municipality's user list as CSV, checked line by line before anything is
 * stored. Columns (header row, any order): username, oidc_subject, display_name, discipline, roles,
 * organisation, contact, valid_from, valid_until. `roles` holds one or more of PROFESSIONAL, INSPECTOR,
 * PRIVACY_OFFICER, FUNCTIONAL_ADMINISTRATOR, ANALYST separated by `;` or `|`; dates are YYYY-MM-DD.
 */
export const USER_CSV_COLUMNS = ['username', 'oidc_subject', 'display_name', 'discipline', 'roles', 'organisation', 'contact', 'valid_from', 'valid_until'] as const;
const REQUIRED_COLUMNS = ['username', 'oidc_subject', 'display_name', 'roles', 'organisation'] as const;

export interface ImportedUser {
  line: number;
  username: string;
  oidcSubject: string;
  displayName: string;
  discipline: Discipline | null;
  roles: PlatformRole[];
  organisation: string;
  contact: string | null;
  validFrom: string | null;
  validUntil: string | null;
}

/** One problem on one line, in the administrator's words (English and Dutch). */
export interface ImportProblem {
  line: number;
  column: string;
  message: string;
  messageNl: string;
}

export interface UserCsv {
  users: ImportedUser[];
  problems: ImportProblem[];
}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,62}$/;
const DISCIPLINE_NAMES = Object.values(Discipline).join(', ');
const ROLE_NAMES = Object.values(PlatformRole).join(', ');

/** A real calendar day: 2026-02-30 is refused, not moved to 2 March. */
export function isCalendarDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function hasControlCharacter(text: string): boolean {
  return [...text].some((char) => char.charCodeAt(0) < 0x20);
}

export function parseUserCsv(text: string): UserCsv {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 1;
    return { users: [], problems: [{ line, column: '-', message: `the file is not valid CSV (${(error as Error).message})`, messageNl: 'het bestand is geen geldige CSV' }] };
  }
  const [header, ...rows] = records;
  if (!header) return { users: [], problems: [{ line: 1, column: '-', message: 'the file is empty', messageNl: 'het bestand is leeg' }] };
  const columns = header.map((name) => name.toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((name) => !columns.includes(name));
  const unknown = columns.filter((name) => !(USER_CSV_COLUMNS as readonly string[]).includes(name));
  if (missing.length || unknown.length) {
    const what = [missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.join(', ')}` : ''].filter(Boolean).join('; ');
    const watNl = [missing.length ? `ontbreekt: ${missing.join(', ')}` : '', unknown.length ? `onbekend: ${unknown.join(', ')}` : ''].filter(Boolean).join('; ');
    return { users: [], problems: [{ line: 1, column: '-', message: `header row: ${what}`, messageNl: `kopregel: ${watNl}` }] };
  }

  const users: ImportedUser[] = [];
  const problems: ImportProblem[] = [];
  const firstLineOf = { username: new Map<string, number>(), oidcSubject: new Map<string, number>() };
  rows.forEach((cells, index) => {
    const line = index + 2;
    const value = (column: string): string => cells[columns.indexOf(column)]?.normalize('NFC') ?? '';
    const lineProblems: ImportProblem[] = [];
    const problem = (column: string, message: string, messageNl: string) => lineProblems.push({ line, column, message, messageNl });

    const username = value('username').toLowerCase();
    if (!USERNAME.test(username)) problem('username', 'must be 2 to 63 lower-case letters, digits, dots, dashes or underscores', 'moet 2 tot 63 kleine letters, cijfers, punten, streepjes of lage streepjes zijn');
    const oidcSubject = value('oidc_subject');
    if (!oidcSubject) problem('oidc_subject', 'is empty: the identity provider’s subject (sub) of this user is required', 'is leeg: de gebruikers-id (sub) bij de identity provider is verplicht');
    const displayName = value('display_name');
    if (!displayName) problem('display_name', 'is empty', 'is leeg');
    const organisation = value('organisation');
    if (!organisation) problem('organisation', 'is empty', 'is leeg');
    if ([oidcSubject, displayName, organisation, value('contact')].some(hasControlCharacter)) {
      problem('-', 'contains control characters', 'bevat stuurtekens');
    }

    const disciplineText = value('discipline').toUpperCase();
    const discipline = disciplineText ? (Object.values(Discipline) as string[]).includes(disciplineText) ? (disciplineText as Discipline) : undefined : null;
    if (discipline === undefined) problem('discipline', `"${value('discipline')}" is not a discipline (${DISCIPLINE_NAMES}, or empty)`, `"${value('discipline')}" is geen discipline (${DISCIPLINE_NAMES}, of leeg)`);

    const roleTexts = value('roles').split(/[;|]/).map((role) => role.trim().toUpperCase()).filter(Boolean);
    const roles = [...new Set(roleTexts)].filter((role): role is PlatformRole => (Object.values(PlatformRole) as string[]).includes(role));
    const badRoles = roleTexts.filter((role) => !(Object.values(PlatformRole) as string[]).includes(role));
    if (roleTexts.length === 0) problem('roles', `is empty: give one or more of ${ROLE_NAMES}`, `is leeg: geef een of meer van ${ROLE_NAMES}`);
    else if (badRoles.length) problem('roles', `"${badRoles.join(', ')}" is not a role (${ROLE_NAMES})`, `"${badRoles.join(', ')}" is geen rol (${ROLE_NAMES})`);
    if (roles.includes(PlatformRole.INSPECTOR) && !discipline) problem('discipline', 'an inspector needs a discipline', 'een inspecteur heeft een discipline nodig');

    const validFrom = value('valid_from') || null;
    const validUntil = value('valid_until') || null;
    if (validFrom && !isCalendarDay(validFrom)) problem('valid_from', `"${validFrom}" is not a date written as YYYY-MM-DD`, `"${validFrom}" is geen datum in de vorm JJJJ-MM-DD`);
    if (validUntil && !isCalendarDay(validUntil)) problem('valid_until', `"${validUntil}" is not a date written as YYYY-MM-DD`, `"${validUntil}" is geen datum in de vorm JJJJ-MM-DD`);
    if (validFrom && validUntil && isCalendarDay(validFrom) && isCalendarDay(validUntil) && validUntil < validFrom) {
      problem('valid_until', 'lies before valid_from', 'ligt vóór valid_from');
    }

    for (const [key, column, text] of [['username', 'username', username], ['oidcSubject', 'oidc_subject', oidcSubject]] as const) {
      const earlier = firstLineOf[key].get(text);
      if (text && earlier !== undefined) problem(column, `"${text}" was already given on line ${earlier}`, `"${text}" staat al op regel ${earlier}`);
      else if (text) firstLineOf[key].set(text, line);
    }

    if (lineProblems.length) problems.push(...lineProblems);
    else users.push({ line, username, oidcSubject, displayName, discipline: discipline ?? null, roles, organisation, contact: value('contact') || null, validFrom, validUntil });
  });
  return { users, problems };
}

/** The slug in URLs and tokens: lower-case letters, digits and dashes. */
export const TENANT_SLUG = /^[a-z][a-z0-9-]{1,39}$/;
