import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/audit.js';
import { requireUser } from '../http/request-user.js';
import type { Role } from '../auth/roles.js';
import { loadPlan } from '../plans/plans.service.js';
import { authorize, can } from '../policy/policy.js';
import type { AppContext, TypedApp } from '../http/context.js';
import { amsterdamDate } from '../shared/dates.js';
import { AppError, invalid, notFound } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import { planQuestions, tableSessions } from './tables.schema.js';
import { assertNoBsnIn } from './tables.service.js';

const idParams = z.object({ id: z.string().max(100) });
type QuestionRow = typeof planQuestions.$inferSelect;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Geef een datum als JJJJ-MM-DD.')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'Dit is geen bestaande datum.');

const questionBody = z.strictObject({
  question: z.string().trim().min(1, 'Schrijf de vraag op.').max(2000).describe('De vraag over het plan.'),
  assigneeId: z.string().min(1, 'Kies wie de vraag beantwoordt.').max(100).describe('De collega die de vraag beantwoordt.'),
  dueDate: isoDate.describe('Uiterlijk beantwoord op (JJJJ-MM-DD).'),
  sessionId: z.string().max(100).optional().describe('De tafelsessie waarin de vraag werd gesteld.'),
});

const answerBody = z.strictObject({
  answer: z.string().trim().min(1, 'Schrijf het antwoord op.').max(4000).describe('Het antwoord op de vraag.'),
});

const questionOut = z.looseObject({ id: z.string(), planId: z.string(), question: z.string() });

async function namesOf(ctx: AppContext, tenantId: string, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await ctx.db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, wanted)));
  return new Map(rows.map((r) => [r.id, r.name]));
}

function presentQuestion(row: QuestionRow, names: Map<string, string>, today: string) {
  return {
    id: row.id,
    planId: row.planId,
    sessionId: row.sessionId,
    question: row.question,
    assigneeId: row.assigneeId,
    assigneeName: names.get(row.assigneeId) ?? null,
    dueDate: row.dueDate,
    overdue: row.answeredAt === null && row.dueDate < today,
    answered: row.answeredAt !== null,
    answer: row.answer,
    answeredAt: row.answeredAt?.toISOString() ?? null,
    answeredById: row.answeredBy,
    answeredByName: row.answeredBy ? (names.get(row.answeredBy) ?? null) : null,
    createdById: row.createdBy,
    createdByName: names.get(row.createdBy) ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

async function presentOne(ctx: AppContext, row: QuestionRow) {
  const names = await namesOf(ctx, row.tenantId, [row.assigneeId, row.answeredBy, row.createdBy]);
  return presentQuestion(row, names, amsterdamDate(ctx.now()));
}

export function registerQuestionRoutes(app: TypedApp, ctx: AppContext) {
  app.get(
    '/api/v1/plans/:id/questions',
    {
      schema: {
        tags: ['tafels'],
        summary: 'Vragen over een plan: open vragen eerst (op uiterste datum), daarna de beantwoorde.',
        params: idParams,
        response: { 200: z.object({ items: z.array(questionOut) }) },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'plans.read', plan);
      const rows = await ctx.db
        .select()
        .from(planQuestions)
        .where(and(eq(planQuestions.tenantId, user.tenantId), eq(planQuestions.planId, plan.id)))
        .orderBy(asc(planQuestions.dueDate), asc(planQuestions.createdAt));
      const names = await namesOf(ctx, user.tenantId, rows.flatMap((r) => [r.assigneeId, r.answeredBy, r.createdBy]));
      const today = amsterdamDate(ctx.now());
      const open = rows.filter((r) => r.answeredAt === null);
      const answered = rows.filter((r) => r.answeredAt !== null).sort((a, b) => b.answeredAt!.getTime() - a.answeredAt!.getTime());
      return { items: [...open, ...answered].map((row) => presentQuestion(row, names, today)) };
    },
  );

  app.post(
    '/api/v1/plans/:id/questions',
    {
      schema: {
        tags: ['tafels'],
        summary: 'Stel een vraag over een plan, met wie hem beantwoordt en wanneer.',
        params: idParams,
        body: questionBody,
        response: { 201: questionOut },
      },
    },
    async (request, reply) => {
      const user = requireUser(request);
      const plan = await loadPlan(ctx.db, user.tenantId, request.params.id);
      authorize(user, 'questions.manage', plan);
      const { question, assigneeId, dueDate, sessionId } = request.body;
      assertNoBsnIn({ question });
      const [assignee] = await ctx.db.select().from(users).where(and(eq(users.tenantId, user.tenantId), eq(users.id, assigneeId)));
      if (!assignee || !assignee.active) throw invalid([{ path: 'assigneeId', message: 'Kies een actieve collega van uw gemeente.' }]);
      if (!can({ id: assignee.id, tenantId: assignee.tenantId, roles: assignee.roles as Role[] }, 'plans.read')) {
        throw invalid([{ path: 'assigneeId', message: 'Deze collega kan geen plannen inzien en dus de vraag niet beantwoorden.' }]);
      }
      if (sessionId) {
        const [session] = await ctx.db.select({ id: tableSessions.id }).from(tableSessions).where(and(eq(tableSessions.tenantId, user.tenantId), eq(tableSessions.id, sessionId)));
        if (!session) throw invalid([{ path: 'sessionId', message: 'Deze sessie bestaat niet.' }]);
      }
      const row = await ctx.db.transaction(async (tx) => {
        const [created] = await tx
          .insert(planQuestions)
          .values({ tenantId: user.tenantId, id: crypto.randomUUID(), planId: plan.id, sessionId: sessionId ?? null, question, assigneeId, dueDate, createdBy: user.id })
          .returning();
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'question.create',
          entityType: 'question',
          entityId: created!.id,
          requestId: request.id,
          detail: { planId: plan.id, assigneeId, sessionId: sessionId ?? null },
        });
        return created!;
      });
      return reply.code(201).send(await presentOne(ctx, row));
    },
  );

  app.post(
    '/api/v1/questions/:id/answer',
    {
      schema: {
        tags: ['tafels'],
        summary: 'Beantwoord een vraag (wie de vraag kreeg, of een consulent, maatwerker of voorzitter).',
        params: idParams,
        body: answerBody,
        response: { 200: questionOut },
      },
    },
    async (request) => {
      const user = requireUser(request);
      const [existing] = await ctx.db.select().from(planQuestions).where(and(eq(planQuestions.tenantId, user.tenantId), eq(planQuestions.id, request.params.id)));
      if (!existing) throw notFound('Deze vraag bestaat niet of u heeft er geen toegang toe.');
      const plan = await loadPlan(ctx.db, user.tenantId, existing.planId);
      if (existing.assigneeId !== user.id) authorize(user, 'questions.manage', plan);
      const { answer } = request.body;
      assertNoBsnIn({ answer });
      const row = await ctx.db.transaction(async (tx) => {
        const [updated] = await tx
          .update(planQuestions)
          .set({ answer, answeredAt: ctx.now(), answeredBy: user.id })
          .where(and(eq(planQuestions.tenantId, user.tenantId), eq(planQuestions.id, existing.id), isNull(planQuestions.answeredAt)))
          .returning();
        if (!updated) throw new AppError('conflict', 'Deze vraag is intussen al beantwoord.');
        await recordAudit(tx, {
          tenantId: user.tenantId,
          actor: user,
          action: 'question.answer',
          entityType: 'question',
          entityId: existing.id,
          requestId: request.id,
          detail: { planId: existing.planId },
        });
        return updated;
      });
      return presentOne(ctx, row);
    },
  );
}
