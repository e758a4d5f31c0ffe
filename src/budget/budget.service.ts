import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { plans } from '../plans/plans.schema.js';
import { invalid, type FieldError } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import { availableCents } from './domain/balance.js';
import { planBalance } from './domain/ledger.js';
import { checkPayment } from './domain/payments.js';
import type { BudgetSource, LedgerEntry, Mandate, PaymentInput, PlanBalance } from './budget.contract.js';
import { lockBudgetYear, loadPlanBalance } from './budget.ledger.js';
import { presentEntry } from './budget.present.js';
import { loadBudget, loadYearTotals } from './budget.queries.js';
import { budgetEntries, budgetMandates, budgets, budgetSources } from './budget.schema.js';

// ── The year's budget ─────────────────────────────────────────────────────────────────────────

/** Every code once per year (case-insensitive), with the path of the repeat. */
export function duplicateCodes(sources: readonly Pick<BudgetSource, 'code'>[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  sources.forEach((source, index) => {
    const key = source.code.toLowerCase();
    if (seen.has(key)) errors.push({ path: `sources.${index}.code`, message: 'Deze code komt al eerder in de lijst voor.' });
    seen.add(key);
  });
  return errors;
}

/** Replaces the year's note and all its sources. */
export async function saveBudgetYear(tx: Db, tenantId: string, year: number, note: string, sources: readonly BudgetSource[]): Promise<void> {
  await tx
    .insert(budgets)
    .values({ tenantId, year, note })
    .onConflictDoUpdate({ target: [budgets.tenantId, budgets.year], set: { note, updatedAt: sql`now()` } });
  await tx.delete(budgetSources).where(and(eq(budgetSources.tenantId, tenantId), eq(budgetSources.year, year)));
  if (sources.length > 0) await tx.insert(budgetSources).values(sources.map((s) => ({ ...s, tenantId, year })));
}

// ── Mandates ──────────────────────────────────────────────────────────────────────────────────

const isMaatwerker = sql`'maatwerker' = ANY(${users.roles})`;

/** Every active maatwerker of the tenant with their mandate (null: no limit). */
export async function listMandates(db: Db, tenantId: string): Promise<{ items: Mandate[] }> {
  const rows = await db
    .select({ userId: users.id, userName: users.name, limitCents: budgetMandates.limitCents })
    .from(users)
    .leftJoin(budgetMandates, and(eq(budgetMandates.tenantId, users.tenantId), eq(budgetMandates.userId, users.id)))
    .where(and(eq(users.tenantId, tenantId), eq(users.active, true), isMaatwerker))
    .orderBy(asc(users.name));
  return { items: rows };
}

/** Sets (or with null clears) one maatwerker's mandate; another user is a 422 on `userId`. */
export async function setMandate(tx: Db, tenantId: string, userId: string, limitCents: number | null): Promise<void> {
  const [target] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, userId), isMaatwerker));
  if (!target) throw invalid([{ path: 'userId', message: 'Deze gebruiker is geen maatwerker van uw gemeente.' }]);
  if (limitCents === null) {
    await tx.delete(budgetMandates).where(and(eq(budgetMandates.tenantId, tenantId), eq(budgetMandates.userId, userId)));
  } else {
    await tx
      .insert(budgetMandates)
      .values({ tenantId, userId, limitCents })
      .onConflictDoUpdate({ target: [budgetMandates.tenantId, budgetMandates.userId], set: { limitCents } });
  }
}

// ── Payments ──────────────────────────────────────────────────────────────────────────────────

const ledgerColumns = {
  id: budgetEntries.id,
  kind: budgetEntries.kind,
  amountCents: budgetEntries.amountCents,
  date: budgetEntries.date,
  description: budgetEntries.description,
  vat: budgetEntries.vat,
  invoiceReference: budgetEntries.invoiceReference,
  exceedReason: budgetEntries.exceedReason,
  userName: users.name,
  createdAt: budgetEntries.createdAt,
};

function ledgerRows(db: Db) {
  return db
    .select(ledgerColumns)
    .from(budgetEntries)
    .leftJoin(users, and(eq(users.tenantId, budgetEntries.tenantId), eq(users.id, budgetEntries.userId)));
}

/** The plan's commitment and payments in order, with its balance. */
export async function planLedger(db: Db, tenantId: string, planId: string): Promise<{ balance: PlanBalance; entries: LedgerEntry[] }> {
  const rows = await ledgerRows(db)
    .where(and(eq(budgetEntries.tenantId, tenantId), eq(budgetEntries.planId, planId)))
    .orderBy(asc(budgetEntries.createdAt), asc(budgetEntries.id));
  const balance = planBalance(rows.map((row) => ({ kind: row.kind as LedgerEntry['kind'], amountCents: row.amountCents })));
  return { balance, entries: rows.map(presentEntry) };
}

export interface RecordedPayment {
  payment: LedgerEntry;
  balance: PlanBalance;
  year: number;
  excessCents: number;
}

/**
 * Books a payment on an approved plan: the year's lock first (concurrent payments queue there and
 * each sees the previous ones), then the checks against the plan's commitment and the year.
 */
export async function recordPayment(tx: Db, tenantId: string, userId: string, plan: { id: string; budgetYear: number | null }, body: PaymentInput): Promise<RecordedPayment> {
  const year = plan.budgetYear;
  if (year === null) throw invalid([{ path: 'status', message: 'Dit plan is nog niet goedgekeurd; er is niets vastgelegd om te betalen.' }]);
  await lockBudgetYear(tx, tenantId, year);
  const [current] = await tx.select({ status: plans.status }).from(plans).where(and(eq(plans.tenantId, tenantId), eq(plans.id, plan.id)));
  const balance = await loadPlanBalance(tx, tenantId, plan.id);
  const budget = await loadBudget(tx, tenantId, year);
  const totals = await loadYearTotals(tx, tenantId, year);
  const check = checkPayment(body, { status: current?.status ?? '', balance }, availableCents({ budgetCents: budget.budgetCents, ...totals }));
  if (check.errors.length > 0) throw invalid(check.errors);
  const id = crypto.randomUUID();
  await tx.insert(budgetEntries).values({
    tenantId,
    id,
    year,
    planId: plan.id,
    kind: 'payment',
    amountCents: body.amountCents,
    date: body.date,
    description: body.description,
    vat: body.vat,
    invoiceReference: body.invoiceReference || null,
    exceedReason: check.excessCents > 0 ? body.reason! : null,
    userId,
  });
  const [row] = await ledgerRows(tx).where(and(eq(budgetEntries.tenantId, tenantId), eq(budgetEntries.id, id)));
  return { payment: presentEntry(row!), balance: await loadPlanBalance(tx, tenantId, plan.id), year, excessCents: check.excessCents };
}
