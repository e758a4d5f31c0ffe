import type { Pillar } from '../../../imports/domain/records.js';
import { BUDGET_FACTOR, BUDGET_LINES } from './catalog.js';
import { costCents, type Costable } from './cost.js';
import { yearEnd, yearStart } from './days.js';

/** A row of budgets.csv. */
export interface BudgetRow {
  year: number;
  budgetLine: string;
  name: string;
  pillar: Pillar;
  productCategory: string;
  amountCents: number;
}

/** Budgets grow on last year's realised cost. */
const GROWTH = 1.03;

/**
 * Budgets for this year and last year, each set the way a municipality sets one: on the cost of
 * the year before (realised by the generated services, as the cost formula counts them) plus growth,
 * times the pillar's budgeting habit, rounded to thousands of euros.
 */
export class BudgetTally {
  /** `<year>|<budgetLine>` → cost in cents. */
  private readonly cost = new Map<string, number>();
  constructor(private readonly currentYear: number) {}

  add(pillar: Pillar, productCategory: string, service: Costable, unitPriceCents: number): void {
    const line = budgetLineOf(pillar, productCategory);
    for (const year of [this.currentYear - 2, this.currentYear - 1]) {
      const cents = costCents(service, unitPriceCents, yearStart(year), yearEnd(year));
      if (cents !== 0) this.cost.set(`${year}|${line.budgetLine}`, (this.cost.get(`${year}|${line.budgetLine}`) ?? 0) + cents);
    }
  }

  rows(): BudgetRow[] {
    const rows: BudgetRow[] = [];
    for (const year of [this.currentYear - 1, this.currentYear]) {
      for (const line of BUDGET_LINES) {
        const base = this.cost.get(`${year - 1}|${line.budgetLine}`) ?? 0;
        const amountCents = Math.round((base * GROWTH * BUDGET_FACTOR[line.pillar]) / 100_000) * 100_000;
        rows.push({ year, ...line, amountCents });
      }
    }
    return rows;
  }
}

/** The most specific line: the pillar and product category, else the pillar's. */
export function budgetLineOf(pillar: Pillar, productCategory: string) {
  return BUDGET_LINES.find((l) => l.pillar === pillar && l.productCategory === productCategory) ?? BUDGET_LINES.find((l) => l.pillar === pillar && l.productCategory === '')!;
}
