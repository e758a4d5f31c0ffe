/**
 * The maatwerkbudget of a year, as one balance.
 *
 * - A plan's budget year is `plans.budgetYear` (set at approval); every ledger entry of the plan
 *   carries that year, whatever its date.
 * - Per plan: committedNet = Σcommit − Σrelease, paid = Σpayment,
 *   open commitment = max(0, committedNet − paid).
 * - Per year: committed = Σ open commitments (CONTRACT.md: committed excludes what is paid),
 *   paid = Σ payments, budget = Σ sources, available = budget − committed − paid (exactly),
 *   used = committed + paid.
 * - Projection: for the current year (Europe/Amsterdam) used × daysInYear / dayOfYear, rounded
 *   half away from zero; for past and future years it equals used.
 * - Warnings at used ≥ 75 %, 90 %, 100 % of the budget (the highest one reached), and when the
 *   projection exceeds the budget, with the day it runs out at the current pace.
 */
import { formatEuro } from '../../shared/money.js';
import type { PlanBalance } from './ledger.js';
import { projectYearEnd, runOutDate } from './projection.js';

export interface BalanceTotals {
  year: number;
  budgetCents: number;
  committedCents: number;
  paidCents: number;
}

export interface YearBalance extends BalanceTotals {
  availableCents: number;
  usedCents: number;
  projectedYearEndCents: number;
  /** Used as a whole percentage of the budget (rounded down), null without a budget. */
  usedPercent: number | null;
}

export interface BudgetWarning {
  code: 'used75' | 'used90' | 'used100' | 'projection';
  level: 'warning' | 'error';
  message: string;
  /** For `projection`: the day the budget runs out at the current pace. */
  runOutDate?: string;
}

/** Sums of per-plan balances into the year's committed and paid. */
export function sumPlanBalances(plans: readonly Pick<PlanBalance, 'committedNetCents' | 'paidCents'>[]): { committedCents: number; paidCents: number } {
  let committedCents = 0;
  let paidCents = 0;
  for (const plan of plans) {
    committedCents += Math.max(0, plan.committedNetCents - plan.paidCents);
    paidCents += plan.paidCents;
  }
  return { committedCents, paidCents };
}

/** What may still be committed or paid this year: budget − committed − paid, exactly. */
export function availableCents(totals: Omit<BalanceTotals, 'year'>): number {
  return totals.budgetCents - totals.committedCents - totals.paidCents;
}

export function yearBalance(totals: BalanceTotals, today: string): YearBalance {
  const usedCents = totals.committedCents + totals.paidCents;
  return {
    ...totals,
    availableCents: availableCents(totals),
    usedCents,
    projectedYearEndCents: projectYearEnd(usedCents, totals.year, today),
    usedPercent: totals.budgetCents > 0 ? Math.floor((usedCents * 100) / totals.budgetCents) : null,
  };
}

const THRESHOLDS = [
  { percent: 100, code: 'used100', level: 'error' },
  { percent: 90, code: 'used90', level: 'warning' },
  { percent: 75, code: 'used75', level: 'warning' },
] as const;

function dutchDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)}-${Number(m)}-${y}`;
}

/** The warnings for a year's balance; `today` is the local date `YYYY-MM-DD`. */
export function budgetWarnings(balance: BalanceTotals, today: string): BudgetWarning[] {
  const { year, budgetCents } = balance;
  const used = balance.committedCents + balance.paidCents;
  const warnings: BudgetWarning[] = [];
  if (used > 0) {
    // Integer comparison: used / budget ≥ percent / 100.
    const reached = THRESHOLDS.find((t) => used * 100 >= t.percent * budgetCents);
    if (reached) {
      const message =
        reached.percent === 100
          ? `Het maatwerkbudget ${year} is op: ${formatEuro(used)} vastgelegd en betaald van ${formatEuro(budgetCents)}. Voor meer uitgaven is een nieuw collegebesluit nodig.`
          : `Al ${reached.percent} % of meer van het maatwerkbudget ${year} is gebruikt: ${formatEuro(used)} van ${formatEuro(budgetCents)}.`;
      warnings.push({ code: reached.code, level: reached.level, message });
    }
  }
  const projected = projectYearEnd(used, year, today);
  if (projected > budgetCents && used < budgetCents) {
    const date = runOutDate(budgetCents, used, year, today);
    warnings.push({
      code: 'projection',
      level: 'warning',
      message:
        `In dit tempo wordt in ${year} naar verwachting ${formatEuro(projected)} gebruikt, meer dan het budget van ${formatEuro(budgetCents)}.` +
        (date ? ` Het budget is dan rond ${dutchDate(date)} op; vraag tijdig een nieuw collegebesluit aan.` : ''),
      ...(date ? { runOutDate: date } : {}),
    });
  }
  return warnings;
}
