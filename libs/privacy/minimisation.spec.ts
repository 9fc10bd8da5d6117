import { DataCategory } from './data-category';
import { minimise } from './minimisation';

describe('Minimisation states what it withholds', () => {
  it('keeps visible categories and counts the withheld ones with a reason', () => {
    const result = minimise(
      [
        { field: 'name', category: DataCategory.IDENTIFICATIE, value: 'X' },
        { field: 'bsn', category: DataCategory.BSN, value: '999990019' },
        { field: 'note1', category: DataCategory.GEZONDHEID, value: 'a' },
        { field: 'note2', category: DataCategory.GEZONDHEID, value: 'b' },
        { field: 'empty', category: DataCategory.FINANCIEEL, value: null },
      ],
      new Set([DataCategory.IDENTIFICATIE]),
      'BWT',
    );
    expect([...result.values.keys()]).toEqual(['name']);
    expect(result.disclosed).toEqual([DataCategory.IDENTIFICATIE]);
    expect(result.withheld.map((w) => [w.category, w.count, w.reason])).toEqual([
      ['BSN', 1, '1 item withheld: BSN is not shared with BWT'],
      ['GEZONDHEID', 2, '2 items withheld: GEZONDHEID is not shared with BWT'],
    ]);
  });
});
