import { and, asc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import { authorize, can } from '../policy/policy.js';
import { scanForPersonalData } from '../privacy/domain/guard.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { amsterdamDate } from '../shared/dates.js';
import { invalid } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import { budgetWarnings } from './domain/balance.js';
import { registerPaymentRoutes } from './budget.payments.js';
import { presentYear, yearOut } from './budget.present.js';
import { loadYear } from './budget.queries.js';
import { budgetMandates, budgets, budgetSources } from './budget.schema.js';

const yearParams = z.strictObject({ year: z.coerce.number().int().min(2000).max(2100).describe('Het begrotingsjaar.') });

const MAX_CENTS = 100_000_000_000_00;

const putBody = z.strictObject({
  note: z.string().max(2000).default('').describe('Toelichting, bijvoorbeeld het collegebesluit dat het budget vaststelde.'),
  sources: z
    .array(
      z.strictObject({
        code: z.string().trim().min(1).max(50).describe('Code van de begrotingspost (kostenplaats).'),
        name: z.string().trim().min(1).max(200).describe('Naam van de begrotingspost.'),
        amountCents: z.number().int().min(0).max(MAX_CENTS).describe('Bijdrage aan het maatwerkbudget in centen.'),
      }),
    )
    .max(100)
    .describe('De begrotingsposten die samen het maatwerkbudget vormen.'),
});

const mandatesOut = z.object({ items: z.array(z.object({ userId: z.string(), userName: z.string(), limitCents: z.number().nullable() })) });

export function registerBudgetRoutes(app: TypedApp, ctx: AppContext) {
  const today = () => amsterdamDate(ctx.now());

  app.get(
    '/api/v1/budgets/:year',
    {
      schema: {
        tags: ['budget'],
        summary: 'Het maatwerkbudget van een jaar: bronnen, vastgelegd, betaald, beschikbaar, prognose en waarschuwingen.',
        params: yearParams,
        response: { 200: yearOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'budget.read');
      const view = await loadYear(ctx.db, user.tenantId, request.params.year, today(), can(user, 'plans.read'));
      return presentYear(view, budgetWarnings(view.balance, today()));
    },
  );

  app.put(
    '/api/v1/budgets/:year',
    {
      schema: {
        tags: ['budget'],
        summary: 'Stel het maatwerkbudget van een jaar vast: vervangt toelichting en alle bronnen.',
        params: yearParams,
        body: putBody,
        response: { 200: yearOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'budget.manage');
      const { year } = request.params;
      const { note, sources } = request.body;
      const errors = scanForPersonalData({ note, sources: sources.map((s) => ({ name: s.name })) }).errors;
      const seen = new Set<string>();
      sources.forEach((source, index) => {
        const key = source.code.toLowerCase();
        if (seen.has(key)) errors.push({ path: `sources.${index}.code`, message: 'Deze code komt al eerder in de lijst voor.' });
        seen.add(key);
      });
      if (errors.length > 0) throw invalid(errors);
      await ctx.db.transaction(async (tx) => {
        await tx
          .insert(budgets)
          .values({ tenantId: user.tenantId, year, note })
          .onConflictDoUpdate({ target: [budgets.tenantId, budgets.year], set: { note, updatedAt: sql`now()` } });
        await tx.delete(budgetSources).where(and(eq(budgetSources.tenantId, user.tenantId), eq(budgetSources.year, year)));
        if (sources.length > 0) await tx.insert(budgetSources).values(sources.map((s) => ({ ...s, tenantId: user.tenantId, year })));
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'budget.update',
          entityType: 'budget',
          entityId: String(year),
          requestId: request.id,
          detail: { year, sources: sources.length, budgetCents: sources.reduce((sum, s) => sum + s.amountCents, 0) },
        });
      });
      const view = await loadYear(ctx.db, user.tenantId, year, today(), can(user, 'plans.read'));
      return presentYear(view, budgetWarnings(view.balance, today()));
    },
  );

  const listMandates = async (tenantId: string) => {
    const rows = await ctx.db
      .select({ userId: users.id, userName: users.name, limitCents: budgetMandates.limitCents })
      .from(users)
      .leftJoin(budgetMandates, and(eq(budgetMandates.tenantId, users.tenantId), eq(budgetMandates.userId, users.id)))
      .where(and(eq(users.tenantId, tenantId), eq(users.active, true), sql`'maatwerker' = ANY(${users.roles})`))
      .orderBy(asc(users.name));
    return { items: rows };
  };

  app.get(
    '/api/v1/budget/mandates',
    { schema: { tags: ['budget'], summary: 'Het mandaat (maximumbedrag per plan) van elke maatwerker; null is zonder grens.', response: { 200: mandatesOut } } },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'budget.read');
      return listMandates(user.tenantId);
    },
  );

  app.put(
    '/api/v1/budget/mandates',
    {
      schema: {
        tags: ['budget'],
        summary: 'Stel het mandaat van één maatwerker in, of haal het weg met null.',
        body: z.strictObject({
          userId: z.string().min(1).max(100).describe('De maatwerker.'),
          limitCents: z.number().int().min(0).max(MAX_CENTS).nullable().describe('Maximumbedrag per plan in centen; null is zonder grens.'),
        }),
        response: { 200: mandatesOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'budget.manage');
      const { userId, limitCents } = request.body;
      const [target] = await ctx.db
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.tenantId, user.tenantId), eq(users.id, userId), sql`'maatwerker' = ANY(${users.roles})`));
      if (!target) throw invalid([{ path: 'userId', message: 'Deze gebruiker is geen maatwerker van uw gemeente.' }]);
      await ctx.db.transaction(async (tx) => {
        if (limitCents === null) {
          await tx.delete(budgetMandates).where(and(eq(budgetMandates.tenantId, user.tenantId), eq(budgetMandates.userId, userId)));
        } else {
          await tx
            .insert(budgetMandates)
            .values({ tenantId: user.tenantId, userId, limitCents })
            .onConflictDoUpdate({ target: [budgetMandates.tenantId, budgetMandates.userId], set: { limitCents } });
        }
        await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'budget.mandate', entityType: 'user', entityId: userId, requestId: request.id, detail: { limitCents } });
      });
      return listMandates(user.tenantId);
    },
  );

  registerPaymentRoutes(app, ctx);
}
