import { runCommand } from '../http/command.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { requireUser } from '../http/request-user.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { amsterdamDate } from '../shared/dates.js';
import { answerQuestion, checkQuestion, insertQuestion, listQuestions, loadQuestion, presentOne } from './questions.service.js';
import { answerBody, answerConflict, idParams, questionBody, questionOut, questionsOut } from './tables.contract.js';

const BSN_DETAIL = 'De tekst bevat een burgerservicenummer.';

export function registerQuestionRoutes(app: TypedApp, ctx: AppContext) {
  const today = () => amsterdamDate(ctx.now());

  app.get(
    '/api/v1/plans/:id/questions',
    {
      config: { policy: 'plans.read' },
      schema: {
        tags: ['tafels'],
        summary: 'Vragen over een plan: open vragen eerst (op uiterste datum), daarna de beantwoorde.',
        params: idParams,
        response: { 200: questionsOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      return { items: await listQuestions(ctx.db, user.tenantId, plan.id, today()) };
    },
  );

  app.post(
    '/api/v1/plans/:id/questions',
    {
      config: { policy: 'questions.manage', audit: 'question.create' },
      schema: {
        tags: ['tafels'],
        summary: 'Stel een vraag over een plan, met wie hem beantwoordt en wanneer.',
        params: idParams,
        body: questionBody,
        response: { 201: questionOut },
      },
    },
    async (request, reply) => {
      const input = request.body;
      const row = await runCommand(ctx, request, {
        action: 'questions.manage',
        load: (tx, user) => loadPlan(tx, user.tenantId, request.params.id),
        change: async (tx, plan, user) => {
          rejectBsn({ question: input.question }, { detail: BSN_DETAIL });
          await checkQuestion(tx, user.tenantId, input);
          return insertQuestion(tx, user.tenantId, plan.id, input, user.id);
        },
        audit: (created) => ({
          action: 'question.create',
          entityType: 'question',
          entityId: created.id,
          detail: { planId: created.planId, assigneeId: created.assigneeId, sessionId: created.sessionId },
        }),
      });
      return reply.code(201).send(await presentOne(ctx.db, row, today()));
    },
  );

  app.post(
    '/api/v1/questions/:id/answer',
    {
      config: { policy: 'questions.answer', audit: 'question.answer' },
      schema: {
        tags: ['tafels'],
        summary: 'Beantwoord een vraag (wie de vraag kreeg, of een consulent, maatwerker of voorzitter). 409 als de vraag intussen al beantwoord is.',
        params: idParams,
        body: answerBody,
        response: { 200: questionOut, 409: answerConflict },
      },
    },
    async (request) => {
      const { answer } = request.body;
      const row = await runCommand(ctx, request, {
        action: 'questions.answer',
        load: async (tx, user) => {
          const question = await loadQuestion(tx, user.tenantId, request.params.id);
          const plan = await loadPlan(tx, user.tenantId, question.planId);
          return { question, plan };
        },
        // The policy decides on the question's plan, with the assignee in the author's place.
        resource: ({ question, plan }) => ({ tenantId: plan.tenantId, authorId: question.assigneeId, status: plan.status }),
        change: (tx, { question }, user) => {
          rejectBsn({ answer }, { detail: BSN_DETAIL });
          return answerQuestion(tx, question, answer, user.id, ctx.now(), today());
        },
        audit: (updated) => ({ action: 'question.answer', entityType: 'question', entityId: updated.id, detail: { planId: updated.planId } }),
      });
      return presentOne(ctx.db, row, today());
    },
  );
}
