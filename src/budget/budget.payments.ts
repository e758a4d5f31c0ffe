import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { idParams, paymentBody, paymentCreatedOut, planPaymentsOut } from './budget.contract.js';
import { planLedger, recordPayment } from './budget.service.js';

export function registerPaymentRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/plans/:id/payments',
    {
      config: { policy: 'plans.read' },
      schema: {
        tags: ['budget'],
        summary: 'De vastlegging en betalingen van een plan op het maatwerkbudget.',
        params: idParams,
        response: { 200: planPaymentsOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      return { year: plan.budgetYear, ...(await planLedger(ctx.db, user.tenantId, plan.id)) };
    },
  );

  app.post(
    '/api/v1/plans/:id/payments',
    {
      config: { policy: 'payments.create', audit: 'budget.payment' },
      schema: {
        tags: ['budget'],
        summary: 'Registreer een betaling op een goedgekeurd plan (budgetbeheerder). Zet vastlegging om in betaling.',
        params: idParams,
        body: paymentBody,
        response: { 201: paymentCreatedOut },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const result = await runCommand(ctx, request, {
        action: 'payments.create',
        load: (tx, user) => loadPlan(tx, user.tenantId, request.params.id),
        change: (tx, plan, user) => {
          rejectBsn({ description: body.description, invoiceReference: body.invoiceReference ?? '', reason: body.reason ?? '' }, { detail: 'De tekst bevat een burgerservicenummer.' });
          return recordPayment(tx, user.tenantId, user.id, plan, body);
        },
        audit: (paid, plan) => ({
          action: 'budget.payment',
          entityType: 'plan',
          entityId: plan.id,
          detail: { paymentId: paid.payment.id, year: paid.year, amountCents: body.amountCents, excessCents: paid.excessCents, vat: body.vat },
        }),
      });
      return reply.code(201).send({ payment: result.payment, balance: result.balance });
    },
  );
}
