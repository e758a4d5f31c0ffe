import { describe, expect, it } from 'vitest';
import { checkBudgetLines, type BudgetLineRow } from './budget-lines-check.js';

let nextLine = 2;
const row = (cells: Partial<BudgetLineRow>): BudgetLineRow => ({ line: nextLine++, year: 2026, budgetLine: 'WMO', pillar: 'wmo', productCategory: '', ...cells });

describe('checkBudgetLines', () => {
  it('accepts a pillar line beside lines for some of its categories, and the same line in another year', () => {
    nextLine = 2;
    expect(
      checkBudgetLines([
        row({ budgetLine: 'WMO' }),
        row({ budgetLine: 'WMO-HH', productCategory: '02' }),
        row({ budgetLine: 'WMO-BG', productCategory: '03' }),
        row({ budgetLine: 'JW', pillar: 'jeugd' }),
        row({ budgetLine: 'WMO', year: 2025 }),
        row({ budgetLine: 'WMO-HH', year: 2025, productCategory: '02' }),
      ]),
    ).toEqual([]);
  });

  it('refuses the same budget line twice in a year, pointing at the first', () => {
    const problems = checkBudgetLines([
      { line: 2, year: 2026, budgetLine: 'WMO', pillar: 'wmo', productCategory: '' },
      { line: 3, year: 2026, budgetLine: 'WMO', pillar: 'jeugd', productCategory: '' },
    ]);
    expect(problems).toEqual([{ line: 3, column: 'budgetLine', message: expect.stringContaining('al op regel 2') }]);
  });

  it('refuses two lines of a year on the same pillar and product category', () => {
    const problems = checkBudgetLines([
      { line: 2, year: 2026, budgetLine: 'HH-1', pillar: 'wmo', productCategory: '02' },
      { line: 3, year: 2026, budgetLine: 'HH-2', pillar: 'WMO', productCategory: ' 02 ' },
      { line: 4, year: 2026, budgetLine: 'WMO-A', pillar: 'wmo', productCategory: '' },
      { line: 5, year: 2026, budgetLine: 'WMO-B', pillar: 'wmo', productCategory: '' },
    ]);
    expect(problems).toEqual([
      { line: 3, column: 'productCategory', message: expect.stringMatching(/overlapt met regel 2 .*productcategorie '02'/) },
      { line: 5, column: 'pillar', message: expect.stringMatching(/overlapt met regel 4 .*de hele pijler wmo/) },
    ]);
  });

  it('refuses a line without a pillar or with an unknown one', () => {
    const problems = checkBudgetLines([
      { line: 2, year: 2026, budgetLine: 'A', pillar: '', productCategory: '' },
      { line: 3, year: 2026, budgetLine: 'B', pillar: 'zorg', productCategory: '' },
    ]);
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [2, 'pillar'],
      [3, 'pillar'],
    ]);
    expect(problems[1]!.message).toContain("'zorg'");
  });

  it('keeps the reserved name of unbudgeted spending free', () => {
    expect(checkBudgetLines([{ line: 2, year: 2026, budgetLine: 'wmo:onbegroot', pillar: 'wmo', productCategory: '' }])).toEqual([
      { line: 2, column: 'budgetLine', message: expect.stringContaining('gereserveerd') },
    ]);
  });

  it('compares against the first line only: a refused row does not count as taken', () => {
    const problems = checkBudgetLines([
      { line: 2, year: 2026, budgetLine: 'X', pillar: 'wmo', productCategory: '' },
      { line: 3, year: 2026, budgetLine: 'X', pillar: 'jeugd', productCategory: '' },
      { line: 4, year: 2026, budgetLine: 'Y', pillar: 'jeugd', productCategory: '' },
    ]);
    expect(problems.map((p) => p.line)).toEqual([3]);
  });
});
