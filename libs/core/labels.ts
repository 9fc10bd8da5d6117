import { Discipline, PlatformRole } from './discipline';

/**
 * The words a user reads for the platform's codes, in Dutch and English. Messages and documents use
 * these, never the code as the program spells it (IN_TRIAGE, PRIVACY_OFFICER).
 */
export interface Label {
  nl: string;
  en: string;
}

/** Disciplines by the short names their colleagues use (DOMAIN.md §3). */
export const DISCIPLINE_LABEL: Readonly<Record<Discipline, Label>> = {
  [Discipline.WMO]: { nl: 'Wmo', en: 'Wmo' },
  [Discipline.JEUGD]: { nl: 'Jeugd', en: 'Jeugd (youth care)' },
  [Discipline.PW]: { nl: 'PW', en: 'PW' },
  [Discipline.WIJKTEAM]: { nl: 'wijkteam', en: 'wijkteam' },
  [Discipline.BRP]: { nl: 'BRP', en: 'BRP' },
  [Discipline.BWT]: { nl: 'BWT', en: 'BWT' },
  [Discipline.OOV]: { nl: 'OOV', en: 'OOV' },
};

export const PLATFORM_ROLE_LABEL: Readonly<Record<PlatformRole, Label>> = {
  [PlatformRole.PROFESSIONAL]: { nl: 'professional', en: 'professional' },
  [PlatformRole.INSPECTOR]: { nl: 'toezichthouder', en: 'inspector' },
  [PlatformRole.PRIVACY_OFFICER]: { nl: 'functionaris gegevensbescherming', en: 'privacy officer' },
  [PlatformRole.FUNCTIONAL_ADMINISTRATOR]: { nl: 'functioneel beheerder', en: 'functional administrator' },
  [PlatformRole.ANALYST]: { nl: 'analist', en: 'analyst' },
};

/** A code without a label of its own, as words: PRIVACY_OFFICER → "privacy officer". */
export function codeAsWords(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
}

/** The label of `code` in `table`, or the code as words when the table does not know it. */
export function labelOf(table: Readonly<Record<string, Label>>, code: string): Label {
  return table[code] ?? { nl: codeAsWords(code), en: codeAsWords(code) };
}

/** "a, b en c" / "a, b and c". */
export function wordList(labels: readonly Label[]): Label {
  const join = (words: string[], and: string): string => (words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} ${and} ${words.at(-1)}`);
  return { nl: join(labels.map((l) => l.nl), 'en'), en: join(labels.map((l) => l.en), 'and') };
}

/** A moment as people write it in the Netherlands: "2 december 2026 om 19:28" / "2 December 2026 at 19:28". */
export function momentText(at: Date): Label {
  const zone = 'Europe/Amsterdam';
  const day = (locale: string): string => new Intl.DateTimeFormat(locale, { timeZone: zone, day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat('nl-NL', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(at);
  return { nl: `${day('nl-NL')} om ${time}`, en: `${day('en-GB')} at ${time}` };
}

/** A calendar day: "10 maart 2026" / "10 March 2026". */
export function dayText(at: Date): Label {
  const format = (locale: string): string => new Intl.DateTimeFormat(locale, { timeZone: 'Europe/Amsterdam', day: 'numeric', month: 'long', year: 'numeric' }).format(at);
  return { nl: format('nl-NL'), en: format('en-GB') };
}
