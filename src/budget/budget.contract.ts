import { z } from 'zod';
import { isoDate } from '../shared/iso-date.js';

/**
 * Request and response schemas of the maatwerkbudget (CONTRACT.md "Workflow, approvals, budget
 * and follow-up"): the year's budget, mandates, and the payments on a plan. `GET /budgets/:year`
 * and `POST /plans/:id/payments` keep exactly the contract's fields; what follows them is extra.
 */

export const MAX_CENTS = 100_000_000_000_00;

export const yearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).describe('Het begrotingsjaar.') });
export const idParams = z.strictObject({ id: z.string().max(100) });

export { isoDate };

// ── The year's budget ─────────────────────────────────────────────────────────────────────────

export const sourceBody = z.strictObject({
  code: z.string().trim().min(1).max(50).describe('Code van de begrotingspost (kostenplaats).'),
  name: z.string().trim().min(1).max(200).describe('Naam van de begrotingspost.'),
  amountCents: z.number().int().min(0).max(MAX_CENTS).describe('Bijdrage aan het maatwerkbudget in centen.'),
});

export const budgetBody = z.strictObject({
  note: z.string().max(2000).default('').describe('Toelichting, bijvoorbeeld het collegebesluit dat het budget vaststelde.'),
  sources: z.array(sourceBody).max(100).describe('De begrotingsposten die samen het maatwerkbudget vormen.'),
});

export const sourceOut = z.object({ code: z.string(), name: z.string(), amountCents: z.number() });

export const warningOut = z.object({
  code: z.enum(['used75', 'used90', 'used100', 'projection']),
  level: z.enum(['warning', 'error']),
  message: z.string(),
  runOutDate: z.string().optional().describe('Bij `projection`: de dag waarop het budget in dit tempo op is.'),
});

export const budgetPlanOut = z.object({
  planId: z.string(),
  caseNumber: z.string(),
  status: z.string(),
  committedNetCents: z.number(),
  paidCents: z.number(),
  openCommitmentCents: z.number(),
});

export const yearOut = z.object({
  year: z.number(),
  budgetCents: z.number(),
  sources: z.array(sourceOut),
  committedCents: z.number().describe('Vastgelegd en nog niet betaald.'),
  paidCents: z.number(),
  availableCents: z.number().describe('budgetCents − committedCents − paidCents.'),
  projectedYearEndCents: z.number(),
  note: z.string(),
  usedPercent: z.number().nullable(),
  warnings: z.array(warningOut),
  plans: z.array(budgetPlanOut).optional().describe('Alleen voor wie plannen mag inzien; nooit casustekst.'),
});

// ── Mandates ──────────────────────────────────────────────────────────────────────────────────

export const mandateBody = z.strictObject({
  userId: z.string().min(1).max(100).describe('De maatwerker.'),
  limitCents: z.number().int().min(0).max(MAX_CENTS).nullable().describe('Maximumbedrag per plan in centen; null is zonder grens.'),
});
export const mandateOut = z.object({ userId: z.string(), userName: z.string(), limitCents: z.number().nullable() });
export const mandatesOut = z.object({ items: z.array(mandateOut) });

// ── Payments ──────────────────────────────────────────────────────────────────────────────────

export const paymentBody = z.strictObject({
  amountCents: z.number().int().min(1, 'Het bedrag moet groter zijn dan € 0,00.').max(MAX_CENTS).describe('Het bedrag in centen.'),
  date: isoDate.describe('De betaaldatum (JJJJ-MM-DD).'),
  description: z.string().trim().min(1).max(500).describe('Waarvoor is betaald (geen namen of BSN).'),
  vat: z.boolean().describe('Is het bedrag inclusief btw?'),
  invoiceReference: z.string().trim().max(100).optional().describe('Het factuurnummer.'),
  exceedCommitment: z.boolean().optional().describe('Betaal bewust meer dan er nog is vastgelegd.'),
  reason: z.string().trim().max(1000).optional().describe('Waarom de betaling de vastlegging overschrijdt.'),
});

export const planBalanceOut = z.object({ committedNetCents: z.number(), paidCents: z.number(), openCommitmentCents: z.number() });

export const entryOut = z.object({
  id: z.string(),
  kind: z.enum(['commit', 'release', 'payment']),
  amountCents: z.number(),
  date: z.string(),
  description: z.string(),
  vat: z.boolean(),
  invoiceReference: z.string().nullable(),
  exceedReason: z.string().nullable(),
  userName: z.string().nullable(),
  createdAt: z.string(),
});

export const planPaymentsOut = z.object({
  year: z.number().nullable().describe('Het begrotingsjaar van de vastlegging; null zolang het plan niet is goedgekeurd.'),
  balance: planBalanceOut,
  entries: z.array(entryOut),
});

export const paymentCreatedOut = z.object({ payment: entryOut, balance: planBalanceOut });

// ── Types (server and web) ────────────────────────────────────────────────────────────────────

export type YearBudget = z.infer<typeof yearOut>;
export type BudgetSource = z.infer<typeof sourceOut>;
export type BudgetWarning = z.infer<typeof warningOut>;
export type BudgetPlanRow = z.infer<typeof budgetPlanOut>;
export type BudgetInput = z.input<typeof budgetBody>;
export type Mandate = z.infer<typeof mandateOut>;
export type MandateInput = z.infer<typeof mandateBody>;
export type PaymentInput = z.infer<typeof paymentBody>;
export type PlanBalance = z.infer<typeof planBalanceOut>;
export type LedgerEntry = z.infer<typeof entryOut>;
export type PlanPayments = z.infer<typeof planPaymentsOut>;
export type PaymentCreated = z.infer<typeof paymentCreatedOut>;
