import { Discipline } from '@vangrail/core';
import { DataCategory, Purpose } from '@vangrail/privacy';
import { ContributionVisibility } from '../content/entities/contribution.entity';
import { TableRole } from '../tables/entities/case-table-member.entity';
import {
  buildVisibilityMatrix,
  CaseViewer,
  defaultVisibilityMatrix,
  actionItemOwnerRefusal,
  isCurrentCaseDirector,
  redactActionItem,
  redactContribution,
  summariseRedactions,
  visibleCategoriesAtTable,
} from './visibility';

const C = DataCategory;
const matrix = defaultVisibilityMatrix();

const viewer = (extra: Partial<CaseViewer>): CaseViewer => ({
  userId: 'reader',
  discipline: null,
  tableRole: TableRole.MEMBER,
  isCaseDirector: false,
  purpose: Purpose.CASUSOVERLEG,
  ...extra,
});

const note = (category: DataCategory, extra: Partial<{ authorUserId: string; discipline: string; visibility: ContributionVisibility }> = {}) => ({
  authorUserId: 'author',
  discipline: Discipline.WMO as string,
  visibility: ContributionVisibility.ALL_PARTICIPANTS,
  category,
  ...extra,
});

describe('Need-to-know at a case table', () => {
  const fleur = viewer({ discipline: Discipline.BWT });
  const bram = viewer({ discipline: Discipline.WMO });
  const hanna = viewer({ tableRole: TableRole.CHAIR });

  it('lets a BWT member see WONEN and ADRES but not GEZONDHEID or BSN', () => {
    const visible = visibleCategoriesAtTable(matrix, fleur);
    expect([...visible].sort()).toEqual([C.ADRES, C.IDENTIFICATIE, C.WONEN]);
    expect(redactContribution(note(C.WONEN), fleur, visible)).toBeNull();
    expect(redactContribution(note(C.GEZONDHEID), fleur, visible)).toEqual({ kind: 'CATEGORY', category: C.GEZONDHEID });
  });

  it('lets a WMO member see GEZONDHEID', () => {
    expect(redactContribution(note(C.GEZONDHEID), bram, visibleCategoriesAtTable(matrix, bram))).toBeNull();
  });

  it('gives the chair what the table’s legal basis allows any discipline, even without a discipline', () => {
    const visible = visibleCategoriesAtTable(matrix, hanna);
    expect(visible.has(C.GEZONDHEID)).toBe(true);
    expect(visible.has(C.STRAFRECHTELIJK)).toBe(true);
  });

  it('follows a table that narrows a discipline’s categories', () => {
    const narrowed = { ...matrix, [Discipline.WMO]: [C.IDENTIFICATIE, C.ADRES] };
    expect(visibleCategoriesAtTable(narrowed, bram).has(C.GEZONDHEID)).toBe(false);
  });

  it('lets authors always see their own contribution', () => {
    const own = note(C.GEZONDHEID, { authorUserId: 'reader' });
    expect(redactContribution(own, fleur, visibleCategoriesAtTable(matrix, fleur))).toBeNull();
  });

  it('shows members nothing of a contribution for the chair and case director only', () => {
    const secret = note(C.WONEN, { visibility: ContributionVisibility.CHAIR_AND_DIRECTOR });
    expect(redactContribution(secret, fleur, visibleCategoriesAtTable(matrix, fleur))?.kind).toBe('VISIBILITY');
    expect(redactContribution(secret, hanna, visibleCategoriesAtTable(matrix, hanna))).toBeNull();
  });

  it('keeps an own-discipline contribution within that discipline', () => {
    const wmoOnly = note(C.IDENTIFICATIE, { visibility: ContributionVisibility.OWN_DISCIPLINE });
    expect(redactContribution(wmoOnly, bram, visibleCategoriesAtTable(matrix, bram))).toBeNull();
    expect(redactContribution(wmoOnly, fleur, visibleCategoriesAtTable(matrix, fleur))?.kind).toBe('VISIBILITY');
  });

  it('withholds contributions from an action-item owner working under PLANUITVOERING, and other owners’ items', () => {
    const owner = viewer({ discipline: Discipline.BWT, purpose: Purpose.PLANUITVOERING });
    const visible = visibleCategoriesAtTable(matrix, owner);
    expect(redactContribution(note(C.WONEN), owner, visible)?.kind).toBe('PURPOSE');
    expect(redactActionItem({ authorUserId: 'x', ownerUserId: 'reader', category: C.GEZONDHEID }, visible, owner)).toBeNull();
    expect(redactActionItem({ authorUserId: 'x', ownerUserId: 'other', category: C.WONEN }, visible, owner)?.kind).toBe('NOT_YOUR_ACTION_ITEM');
  });

  it('states withheld items per category with their count and reason', () => {
    const summary = summariseRedactions(
      [
        { kind: 'CATEGORY', category: C.GEZONDHEID },
        { kind: 'CATEGORY', category: C.GEZONDHEID },
        { kind: 'CATEGORY', category: C.BSN },
        { kind: 'VISIBILITY', category: C.WONEN, visibility: ContributionVisibility.CHAIR_AND_DIRECTOR, discipline: null },
      ],
      fleur,
    );
    expect(summary.map((w) => [w.category, w.count, w.reason])).toEqual([
      [C.BSN, 1, '1 item withheld: BSN is not shared with BWT'],
      [C.GEZONDHEID, 2, '2 items withheld: GEZONDHEID is not shared with BWT'],
      [C.WONEN, 1, '1 item withheld: shared only with the chair and the case director'],
    ]);
    expect(summary[1].reasonNl).toBe('2 gegevens afgeschermd: GEZONDHEID wordt niet gedeeld met BWT');
  });
});

describe('A table’s visibility matrix', () => {
  it('starts from the defaults of DOMAIN.md §7 and narrows a discipline', () => {
    const matrix = buildVisibilityMatrix([{ discipline: Discipline.PW, categories: [C.IDENTIFICATIE] }]);
    expect(matrix[Discipline.PW]).toEqual([C.IDENTIFICATIE]);
    expect(matrix[Discipline.BWT]).toEqual([C.IDENTIFICATIE, C.ADRES, C.WONEN]);
  });

  it('refuses to widen a discipline unless that is explicit, naming the field', () => {
    expect(() => buildVisibilityMatrix([{ discipline: Discipline.BWT, categories: [C.WONEN, C.GEZONDHEID] }])).toThrow(
      /BWT does not see health by default/,
    );
    const widened = buildVisibilityMatrix([{ discipline: Discipline.BWT, categories: [C.WONEN, C.GEZONDHEID], widenExplicitly: true }]);
    expect(widened[Discipline.BWT]).toEqual([C.WONEN, C.GEZONDHEID]);
  });

  it('gives a named case director lead visibility only while their table role is still CASE_DIRECTOR or CHAIR', () => {
    expect(isCurrentCaseDirector('dirk', 'dirk', TableRole.CASE_DIRECTOR)).toBe(true);
    expect(isCurrentCaseDirector('dirk', 'dirk', TableRole.CHAIR)).toBe(true);
    expect(isCurrentCaseDirector('dirk', 'dirk', TableRole.MEMBER)).toBe(false);
    expect(isCurrentCaseDirector('dirk', 'dirk', TableRole.GUEST)).toBe(false);
    expect(isCurrentCaseDirector('dirk', 'dirk', null)).toBe(false);
    expect(isCurrentCaseDirector('dirk', 'anna', TableRole.CASE_DIRECTOR)).toBe(false);
    expect(isCurrentCaseDirector(null, 'anna', TableRole.CASE_DIRECTOR)).toBe(false);
  });

  describe('who may own an action item', () => {
    const kase = { caseDirectorUserId: 'dirk', participatingDisciplines: ['WMO', 'BWT'] };
    const owner = (extra: Partial<Parameters<typeof actionItemOwnerRefusal>[0]>) => ({ userId: 'u', discipline: Discipline.WMO, tableRole: TableRole.MEMBER, ...extra });

    it('accepts a member of a participating discipline for a category their discipline sees', () => {
      expect(actionItemOwnerRefusal(owner({}), kase, matrix, C.GEZONDHEID)).toBeNull();
    });
    it('refuses a member whose discipline does not take part in the case', () => {
      expect(actionItemOwnerRefusal(owner({ discipline: Discipline.PW }), kase, matrix, C.FINANCIEEL)?.message).toContain('does not take part');
    });
    it('refuses an owner who may not see the item’s category at the table', () => {
      expect(actionItemOwnerRefusal(owner({ discipline: Discipline.BWT }), kase, matrix, C.GEZONDHEID)?.message).toBe('Data on health is not shared with the owner at this table');
    });
    it('refuses guests and non-members', () => {
      expect(actionItemOwnerRefusal(owner({ tableRole: TableRole.GUEST }), kase, matrix, C.WONEN)?.message).toBe('A guest cannot own an action item');
      expect(actionItemOwnerRefusal(owner({ tableRole: null }), kase, matrix, C.WONEN)?.message).toContain('current member');
    });
    it('accepts the chair or a case director even when their discipline does not take part', () => {
      expect(actionItemOwnerRefusal(owner({ discipline: null, tableRole: TableRole.CHAIR }), kase, matrix, C.GEZONDHEID)).toBeNull();
      expect(actionItemOwnerRefusal(owner({ userId: 'dirk', discipline: Discipline.OOV, tableRole: TableRole.CASE_DIRECTOR }), kase, matrix, C.GEZONDHEID)).toBeNull();
    });
  });
});
