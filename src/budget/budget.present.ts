import { z } from 'zod';
import type { BudgetWarning } from './domain/balance.js';
import type { YearView } from './budget.queries.js';

const warningOut = z.object({ code: z.string(), level: z.string(), message: z.string(), runOutDate: z.string().optional() });

export const yearOut = z.object({
  year: z.number(),
  budgetCents: z.number(),
  sources: z.array(z.object({ code: z.string(), name: z.string(), amountCents: z.number() })),
  committedCents: z.number(),
  paidCents: z.number(),
  availableCents: z.number(),
  projectedYearEndCents: z.number(),
  note: z.string(),
  usedPercent: z.number().nullable(),
  warnings: z.array(warningOut),
  plans: z
    .array(
      z.object({
        planId: z.string(),
        caseNumber: z.string(),
        status: z.string(),
        committedNetCents: z.number(),
        paidCents: z.number(),
        openCommitmentCents: z.number(),
      }),
    )
    .optional(),
});

/** The contract fields first, then the extras; plan rows only when loaded (never case text). */
export function presentYear(view: YearView, warnings: BudgetWarning[]): z.infer<typeof yearOut> {
  const { balance } = view;
  return {
    year: balance.year,
    budgetCents: balance.budgetCents,
    sources: view.sources,
    committedCents: balance.committedCents,
    paidCents: balance.paidCents,
    availableCents: balance.availableCents,
    projectedYearEndCents: balance.projectedYearEndCents,
    note: view.note,
    usedPercent: balance.usedPercent,
    warnings,
    ...(view.plans ? { plans: view.plans } : {}),
  };
}

export const planBalanceOut = z.object({ committedNetCents: z.number(), paidCents: z.number(), openCommitmentCents: z.number() });

export const entryOut = z.object({
  id: z.string(),
  kind: z.string(),
  amountCents: z.number(),
  date: z.string(),
  description: z.string(),
  vat: z.boolean(),
  invoiceReference: z.string().nullable(),
  exceedReason: z.string().nullable(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});

export function presentEntry(row: Omit<z.infer<typeof entryOut>, 'createdAt'> & { createdAt: Date }): z.infer<typeof entryOut> {
  return { ...row, createdAt: row.createdAt.toISOString() };
}
