import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { plans } from '../plans/plans.schema.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize } from '../policy/policy.js';
import { scanForPersonalData } from '../privacy/domain/guard.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { invalid } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import { availableCents } from './domain/balance.js';
import { planBalance } from './domain/ledger.js';
import { checkPayment } from './domain/payments.js';
import { lockBudgetYear, loadPlanBalance } from './budget.ledger.js';
import { entryOut, planBalanceOut, presentEntry } from './budget.present.js';
import { loadBudget, loadYearTotals } from './budget.queries.js';
import { budgetEntries } from './budget.schema.js';

const idParams = z.strictObject({ id: z.string().max(100) });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Gebruik een datum als JJJJ-MM-DD.')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Dit is geen bestaande datum.');

const paymentBody = z.strictObject({
  amountCents: z.number().int().min(1, 'Het bedrag moet groter zijn dan € 0,00.').max(100_000_000_000_00).describe('Het bedrag in centen.'),
  date: isoDate.describe('De betaaldatum (JJJJ-MM-DD).'),
  description: z.string().trim().min(1).max(500).describe('Waarvoor is betaald (geen namen of BSN).'),
  vat: z.boolean().describe('Is het bedrag inclusief btw?'),
  invoiceReference: z.string().trim().max(100).optional().describe('Het factuurnummer.'),
  exceedCommitment: z.boolean().optional().describe('Betaal bewust meer dan er nog is vastgelegd.'),
  reason: z.string().trim().max(1000).optional().describe('Waarom de betaling de vastlegging overschrijdt.'),
});

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

export function registerPaymentRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/plans/:id/payments',
    {
      schema: {
        tags: ['budget'],
        summary: 'De vastlegging en betalingen van een plan op het maatwerkbudget.',
        params: idParams,
        response: { 200: z.object({ year: z.number().nullable(), balance: planBalanceOut, entries: z.array(entryOut) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      const rows = await ctx.db
        .select(ledgerColumns)
        .from(budgetEntries)
        .leftJoin(users, and(eq(users.tenantId, budgetEntries.tenantId), eq(users.id, budgetEntries.userId)))
        .where(and(eq(budgetEntries.tenantId, user.tenantId), eq(budgetEntries.planId, plan.id)))
        .orderBy(asc(budgetEntries.createdAt), asc(budgetEntries.id));
      const balance = planBalance(rows.map((row) => ({ kind: row.kind as 'commit' | 'release' | 'payment', amountCents: row.amountCents })));
      return { year: plan.budgetYear, balance, entries: rows.map(presentEntry) };
    },
  );

  app.post(
    '/api/v1/plans/:id/payments',
    {
      schema: {
        tags: ['budget'],
        summary: 'Registreer een betaling op een goedgekeurd plan (budgetbeheerder). Zet vastlegging om in betaling.',
        params: idParams,
        body: paymentBody,
        response: { 201: z.object({ payment: entryOut, balance: planBalanceOut }) },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const found = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'payments.create', found);
      const body = request.body;
      const texts = { description: body.description, invoiceReference: body.invoiceReference ?? '', reason: body.reason ?? '' };
      const privacy = scanForPersonalData(texts).errors;
      if (privacy.length > 0) throw invalid(privacy, 'De tekst bevat een burgerservicenummer.');
      const year = found.budgetYear;
      if (year === null) throw invalid([{ path: 'status', message: 'Dit plan is nog niet goedgekeurd; er is niets vastgelegd om te betalen.' }]);

      const result = await ctx.db.transaction(async (tx) => {
        // The year lock first: concurrent payments queue here and each sees the previous ones.
        await lockBudgetYear(tx, user.tenantId, year);
        const [current] = await tx.select({ status: plans.status }).from(plans).where(and(eq(plans.tenantId, user.tenantId), eq(plans.id, found.id)));
        const balance = await loadPlanBalance(tx, user.tenantId, found.id);
        const budget = await loadBudget(tx, user.tenantId, year);
        const totals = await loadYearTotals(tx, user.tenantId, year);
        const available = availableCents({ budgetCents: budget.budgetCents, ...totals });
        const check = checkPayment(body, { status: current?.status ?? '', balance }, available);
        if (check.errors.length > 0) throw invalid(check.errors);
        const id = crypto.randomUUID();
        await tx.insert(budgetEntries).values({
          tenantId: user.tenantId,
          id,
          year,
          planId: found.id,
          kind: 'payment',
          amountCents: body.amountCents,
          date: body.date,
          description: body.description,
          vat: body.vat,
          invoiceReference: body.invoiceReference || null,
          exceedReason: check.excessCents > 0 ? body.reason! : null,
          userId: user.id,
        });
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'budget.payment',
          entityType: 'plan',
          entityId: found.id,
          requestId: request.id,
          detail: { paymentId: id, year, amountCents: body.amountCents, excessCents: check.excessCents, vat: body.vat },
        });
        const [row] = await tx
          .select(ledgerColumns)
          .from(budgetEntries)
          .leftJoin(users, and(eq(users.tenantId, budgetEntries.tenantId), eq(users.id, budgetEntries.userId)))
          .where(and(eq(budgetEntries.tenantId, user.tenantId), eq(budgetEntries.id, id)));
        return { payment: presentEntry(row!), balance: await loadPlanBalance(tx, user.tenantId, found.id) };
      });
      return reply.code(201).send(result);
    },
  );
}
