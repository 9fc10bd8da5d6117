import { badInput, Discipline, DISCIPLINE_LABEL, wordList } from '@vangrail/core';
import { DATA_CATEGORIES, DATA_CATEGORY_LABEL, DataCategory, DEFAULT_VISIBILITY, Purpose, Withheld, withheldFor } from '@vangrail/privacy';
import { ContributionVisibility } from '../content/entities/contribution.entity';
import { LEADING_ROLES, TableRole } from '../tables/entities/case-table-member.entity';
import type { VisibilityMatrix } from '../tables/entities/case-table.entity';

/** Who is reading a case, as far as need-to-know is concerned. */
export interface CaseViewer {
  userId: string;
  discipline: Discipline | null;
  /** Role at the case's table now; null for someone who reaches the case only as an action-item owner. */
  tableRole: TableRole | null;
  /** The case director of this particular case. */
  isCaseDirector: boolean;
  purpose: Purpose;
}

/**
 * Whether the user is this case's director now: named as its director AND still CHAIR or CASE_DIRECTOR
 * at the table (a former case director who became a member or left keeps no lead visibility).
 */
export function isCurrentCaseDirector(caseDirectorUserId: string | null, userId: string, tableRole: TableRole | null): boolean {
  return caseDirectorUserId !== null && caseDirectorUserId === userId && tableRole !== null && LEADING_ROLES.includes(tableRole);
}

/** Chair and case director see all cases of the table and what its legal basis allows. */
export function leadsCase(viewer: CaseViewer): boolean {
  return viewer.isCaseDirector || (viewer.tableRole !== null && LEADING_ROLES.includes(viewer.tableRole));
}

/** The defaults of DOMAIN.md §7 for every discipline: a new table's matrix before narrowing or widening. */
export function defaultVisibilityMatrix(): Record<Discipline, DataCategory[]> {
  return Object.fromEntries(Object.values(Discipline).map((d) => [d, [...DEFAULT_VISIBILITY[d]]])) as Record<Discipline, DataCategory[]>;
}

export interface VisibilityChange {
  discipline: Discipline;
  categories: DataCategory[];
  widenExplicitly?: boolean;
}

/**
 * A table's matrix: the defaults, narrowed per discipline, or widened only when the change says so
 * explicitly (the table's legal basis must carry it). Field paths name the offending change.
 */
export function buildVisibilityMatrix(changes: VisibilityChange[] = [], field = 'input.visibility'): Record<Discipline, DataCategory[]> {
  const matrix = defaultVisibilityMatrix();
  const seen = new Set<Discipline>();
  changes.forEach((change, i) => {
    const discipline = DISCIPLINE_LABEL[change.discipline];
    if (seen.has(change.discipline)) {
      throw badInput(`${field}.${i}.discipline`, `${discipline.en} is listed twice`, `${discipline.nl} staat er twee keer in`);
    }
    seen.add(change.discipline);
    const beyond = change.categories.filter((c) => !DEFAULT_VISIBILITY[change.discipline].includes(c));
    if (beyond.length && !change.widenExplicitly) {
      const extra = wordList(beyond.map((c) => DATA_CATEGORY_LABEL[c]));
      throw badInput(
        `${field}.${i}.categories`,
        `${discipline.en} does not see ${extra.en} by default; widen it explicitly (widenExplicitly) only when the table's legal basis allows it`,
        `${discipline.nl} ziet ${extra.nl} standaard niet; verruim dat alleen uitdrukkelijk (widenExplicitly) als de grondslag van de tafel het toestaat`,
      );
    }
    matrix[change.discipline] = [...change.categories];
  });
  return matrix;
}

/** Categories the viewer may see at a table: their discipline's row; chair and case director the union. */
export function visibleCategoriesAtTable(matrix: VisibilityMatrix, viewer: CaseViewer): Set<DataCategory> {
  if (leadsCase(viewer)) return new Set(Object.values(matrix).flatMap((categories) => categories ?? []));
  if (!viewer.discipline) return new Set();
  return new Set(matrix[viewer.discipline] ?? []);
}

export interface ActionItemOwnerCandidate {
  userId: string;
  discipline: Discipline | null;
  /** Current role at the case's table, or null when not a member. */
  tableRole: TableRole | null;
}

/**
 * Why this user may not own an action item on this case (null when they may): they must be a current
 * member who is not a guest, lead the case (chair or case director) or belong to a discipline that takes
 * part in it, and be allowed to see the item's data category at this table.
 */
export function actionItemOwnerRefusal(
  owner: ActionItemOwnerCandidate,
  kase: { caseDirectorUserId: string | null; participatingDisciplines: readonly string[] },
  matrix: VisibilityMatrix,
  category: DataCategory,
): { message: string; messageNl: string } | null {
  if (!owner.tableRole) return { message: 'The owner of an action item must be a current member of the table', messageNl: 'De eigenaar van een actiepunt moet een huidig lid van de tafel zijn' };
  if (owner.tableRole === TableRole.GUEST) return { message: 'A guest cannot own an action item', messageNl: 'Een gast kan geen eigenaar van een actiepunt zijn' };
  const viewer: CaseViewer = {
    userId: owner.userId,
    discipline: owner.discipline,
    tableRole: owner.tableRole,
    isCaseDirector: isCurrentCaseDirector(kase.caseDirectorUserId, owner.userId, owner.tableRole),
    purpose: Purpose.PLANUITVOERING,
  };
  if (!leadsCase(viewer) && !(owner.discipline && kase.participatingDisciplines.includes(owner.discipline))) {
    return { message: 'The owner’s discipline does not take part in this case', messageNl: 'De discipline van de eigenaar neemt niet deel aan deze casus' };
  }
  if (!visibleCategoriesAtTable(matrix, viewer).has(category)) {
    const shared = DATA_CATEGORY_LABEL[category];
    return { message: `Data on ${shared.en} is not shared with the owner at this table`, messageNl: `Gegevens over ${shared.nl} worden aan deze tafel niet gedeeld met de eigenaar` };
  }
  return null;
}

/** How a withholding names the reader ("not shared with BWT"). */
export function audienceOf(viewer: CaseViewer): string {
  return viewer.discipline ?? (leadsCase(viewer) ? 'the chair' : 'you');
}

/** Why one item is not shown; grouped and counted into Withheld entries. */
export type Redaction =
  | { kind: 'CATEGORY'; category: DataCategory }
  | { kind: 'VISIBILITY'; category: DataCategory; visibility: ContributionVisibility; discipline: string | null }
  | { kind: 'PURPOSE'; category: DataCategory }
  | { kind: 'NOT_YOUR_ACTION_ITEM'; category: DataCategory };

export interface TaggedItem {
  authorUserId: string;
  category: DataCategory;
}

/**
 * Whether a contribution is shown to the viewer: authors always see their own; otherwise the
 * purpose, the contribution's visibility and the data category must all allow it.
 */
export function redactContribution(
  item: TaggedItem & { discipline: string | null; visibility: ContributionVisibility },
  viewer: CaseViewer,
  visible: ReadonlySet<DataCategory>,
): Redaction | null {
  if (item.authorUserId === viewer.userId) return null;
  if (viewer.purpose !== Purpose.CASUSOVERLEG) return { kind: 'PURPOSE', category: item.category };
  const leads = leadsCase(viewer);
  if (item.visibility === ContributionVisibility.CHAIR_AND_DIRECTOR && !leads) {
    return { kind: 'VISIBILITY', category: item.category, visibility: item.visibility, discipline: item.discipline };
  }
  if (item.visibility === ContributionVisibility.OWN_DISCIPLINE && !leads && viewer.discipline !== item.discipline) {
    return { kind: 'VISIBILITY', category: item.category, visibility: item.visibility, discipline: item.discipline };
  }
  return visible.has(item.category) ? null : { kind: 'CATEGORY', category: item.category };
}

/** Decisions: shown when their data category is visible (or the viewer recorded them). */
export function redactDecision(item: TaggedItem, visible: ReadonlySet<DataCategory>, viewer: CaseViewer): Redaction | null {
  if (item.authorUserId === viewer.userId) return null;
  return visible.has(item.category) ? null : { kind: 'CATEGORY', category: item.category };
}

/**
 * Action items: owners and creators always see theirs; under PLANUITVOERING an owner sees only
 * their own, otherwise the data category decides.
 */
export function redactActionItem(
  item: TaggedItem & { ownerUserId: string },
  visible: ReadonlySet<DataCategory>,
  viewer: CaseViewer,
): Redaction | null {
  if (item.ownerUserId === viewer.userId || item.authorUserId === viewer.userId) return null;
  if (viewer.purpose === Purpose.PLANUITVOERING) return { kind: 'NOT_YOUR_ACTION_ITEM', category: item.category };
  return visible.has(item.category) ? null : { kind: 'CATEGORY', category: item.category };
}

function plural(count: number, en: [string, string], nl: [string, string]): [string, string] {
  return count === 1 ? [`1 ${en[0]}`, `1 ${nl[0]}`] : [`${count} ${en[1]}`, `${count} ${nl[1]}`];
}

function stated(category: DataCategory, count: number, reason: string, reasonNl: string): Withheld {
  return Object.assign(new Withheld(), { category, count, fields: [], reason, reasonNl });
}

/**
 * Groups redactions by category and reason into stated Withheld entries, e.g.
 * "2 items withheld: GEZONDHEID is not shared with BWT", so a redaction is never mistaken for absence.
 */
export function summariseRedactions(redactions: Redaction[], viewer: CaseViewer): Withheld[] {
  const groups = new Map<string, { redaction: Redaction; count: number }>();
  for (const redaction of redactions) {
    const key = JSON.stringify(redaction);
    const group = groups.get(key) ?? { redaction, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  const order = (r: Redaction): number => DATA_CATEGORIES.indexOf(r.category);
  return [...groups.values()]
    .sort((a, b) => order(a.redaction) - order(b.redaction))
    .map(({ redaction, count }) => {
      const [en, nl] = plural(count, ['item withheld', 'items withheld'], ['gegeven afgeschermd', 'gegevens afgeschermd']);
      switch (redaction.kind) {
        case 'CATEGORY':
          return withheldFor(redaction.category, count, audienceOf(viewer));
        case 'VISIBILITY':
          return redaction.visibility === ContributionVisibility.CHAIR_AND_DIRECTOR
            ? stated(redaction.category, count, `${en}: shared only with the chair and the case director`, `${nl}: alleen gedeeld met de voorzitter en de casusregisseur`)
            : stated(
                redaction.category,
                count,
                `${en}: shared only within ${redaction.discipline ?? 'the author’s discipline'}, the chair and the case director`,
                `${nl}: alleen gedeeld binnen ${redaction.discipline ?? 'de discipline van de auteur'}, met de voorzitter en de casusregisseur`,
              );
        case 'PURPOSE':
          return stated(redaction.category, count, `${en}: not needed for ${viewer.purpose}`, `${nl}: niet nodig voor ${viewer.purpose}`);
        case 'NOT_YOUR_ACTION_ITEM':
          return stated(
            redaction.category,
            count,
            `${en}: for ${Purpose.PLANUITVOERING} you see only your own action items`,
            `${nl}: voor ${Purpose.PLANUITVOERING} ziet u alleen uw eigen actiepunten`,
          );
      }
    });
}
