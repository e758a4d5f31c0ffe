import type { Pillar } from '../../imports/domain/records.js';

/** A begrotingsregel of one year: a pillar, or one product category of it ('' = the whole pillar). */
export interface BudgetLineDef {
  budgetLine: string;
  name: string;
  pillar: Pillar;
  productCategory: string;
  budgetCents: number;
}

export const unbudgetedLine = (pillar: Pillar): BudgetLineDef => ({
  budgetLine: `${pillar}:onbegroot`,
  name: 'Niet begroot',
  pillar,
  productCategory: '',
  budgetCents: 0,
});

/**
 * CONTRACT.md: a service counts on the most specific budget line of its year (pillar + product
 * category, else the pillar), else on `<pillar>:onbegroot`, so every euro is in a line.
 */
export class BudgetLineMap {
  private readonly byCategory = new Map<string, BudgetLineDef>();
  private readonly byPillar = new Map<string, BudgetLineDef>();
  private readonly unbudgeted = new Map<Pillar, BudgetLineDef>();

  constructor(readonly lines: readonly BudgetLineDef[]) {
    // Sorted by id, so that overlapping lines (which the budget check refuses) still map one way.
    for (const line of [...lines].sort((a, b) => (a.budgetLine < b.budgetLine ? -1 : 1))) {
      const key = `${line.pillar}|${line.productCategory}`;
      const target = line.productCategory === '' ? this.byPillar : this.byCategory;
      if (!target.has(line.productCategory === '' ? line.pillar : key)) target.set(line.productCategory === '' ? line.pillar : key, line);
    }
  }

  lineFor(pillar: Pillar, productCategory: string): BudgetLineDef {
    const specific = this.byCategory.get(`${pillar}|${productCategory}`) ?? this.byPillar.get(pillar);
    if (specific) return specific;
    let line = this.unbudgeted.get(pillar);
    if (!line) this.unbudgeted.set(pillar, (line = unbudgetedLine(pillar)));
    return line;
  }

  /** The year's lines, then the `onbegroot` lines something was mapped to. */
  allLines(): BudgetLineDef[] {
    return [...this.lines, ...this.unbudgeted.values()];
  }
}
