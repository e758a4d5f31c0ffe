import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { authorize, can } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { amsterdamDate } from '../shared/dates.js';
import { invalid } from '../shared/errors.js';
import { budgetWarnings } from './domain/balance.js';
import { budgetBody, mandateBody, mandatesOut, yearOut, yearParams } from './budget.contract.js';
import { registerPaymentRoutes } from './budget.payments.js';
import { presentYear } from './budget.present.js';
import { loadYear } from './budget.queries.js';
import { duplicateCodes, listMandates, saveBudgetYear, setMandate } from './budget.service.js';

export function registerBudgetRoutes(app: TypedApp, ctx: AppContext) {
  const today = () => amsterdamDate(ctx.now());
  const yearView = async (user: Parameters<typeof can>[0], year: number) => {
    const view = await loadYear(ctx.db, user.tenantId, year, today(), can(user, 'plans.read'));
    return presentYear(view, budgetWarnings(view.balance, today()));
  };

  app.get(
    '/api/v1/budgets/:year',
    {
      config: { policy: 'budget.read' },
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
      return yearView(user, request.params.year);
    },
  );

  app.put(
    '/api/v1/budgets/:year',
    {
      config: { policy: 'budget.manage', audit: 'budget.update' },
      schema: {
        tags: ['budget'],
        summary: 'Stel het maatwerkbudget van een jaar vast: vervangt toelichting en alle bronnen.',
        params: yearParams,
        body: budgetBody,
        response: { 200: yearOut },
      },
    },
    async (request) => {
      const { year } = request.params;
      const { note, sources } = request.body;
      await runCommand(ctx, request, {
        action: 'budget.manage',
        change: async (tx, _loaded, user) => {
          rejectBsn({ note, sources: sources.map((s) => ({ name: s.name })) });
          const duplicates = duplicateCodes(sources);
          if (duplicates.length > 0) throw invalid(duplicates);
          await saveBudgetYear(tx, user.tenantId, year, note, sources);
        },
        audit: () => ({
          action: 'budget.update',
          entityType: 'budget',
          entityId: String(year),
          detail: { year, sources: sources.length, budgetCents: sources.reduce((sum, s) => sum + s.amountCents, 0) },
        }),
      });
      return yearView(requireUser(request), year);
    },
  );

  app.get(
    '/api/v1/budget/mandates',
    {
      config: { policy: 'budget.read' },
      schema: { tags: ['budget'], summary: 'Het mandaat (maximumbedrag per plan) van elke maatwerker; null is zonder grens.', response: { 200: mandatesOut } },
    },
    async (request) => {
      const user = requireUser(request);
      authorize(user, 'budget.read');
      return listMandates(ctx.db, user.tenantId);
    },
  );

  app.put(
    '/api/v1/budget/mandates',
    {
      config: { policy: 'budget.manage', audit: 'budget.mandate' },
      schema: {
        tags: ['budget'],
        summary: 'Stel het mandaat van één maatwerker in, of haal het weg met null.',
        body: mandateBody,
        response: { 200: mandatesOut },
      },
    },
    async (request) => {
      const { userId, limitCents } = request.body;
      await runCommand(ctx, request, {
        action: 'budget.manage',
        change: (tx, _loaded, user) => setMandate(tx, user.tenantId, userId, limitCents),
        audit: () => ({ action: 'budget.mandate', entityType: 'user', entityId: userId, detail: { limitCents } }),
      });
      return listMandates(ctx.db, requireUser(request).tenantId);
    },
  );

  registerPaymentRoutes(app, ctx);
}
