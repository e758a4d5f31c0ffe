import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Role } from '../auth/roles.js';
import type { Db } from '../db/client.js';
import { conflict } from '../http/versioned.js';
import { can } from '../policy/policy.js';
import { invalid, notFound } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import type { PlanQuestion, QuestionInput } from './tables.contract.js';
import { planQuestions, tableSessions } from './tables.schema.js';
import { userNames } from './tables.service.js';

export type QuestionRow = typeof planQuestions.$inferSelect;

function presentQuestion(row: QuestionRow, names: Map<string, string>, today: string): PlanQuestion {
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

const peopleOf = (row: QuestionRow) => [row.assigneeId, row.answeredBy, row.createdBy];

/** One question as the API presents it, with the names of the people involved. */
export async function presentOne(db: Db, row: QuestionRow, today: string): Promise<PlanQuestion> {
  return presentQuestion(row, await userNames(db, row.tenantId, peopleOf(row)), today);
}

/** The plan's questions: open ones first (by due date), then the answered ones, latest answer first. */
export async function listQuestions(db: Db, tenantId: string, planId: string, today: string): Promise<PlanQuestion[]> {
  const rows = await db
    .select()
    .from(planQuestions)
    .where(and(eq(planQuestions.tenantId, tenantId), eq(planQuestions.planId, planId)))
    .orderBy(asc(planQuestions.dueDate), asc(planQuestions.createdAt));
  const names = await userNames(db, tenantId, rows.flatMap(peopleOf));
  const open = rows.filter((r) => r.answeredAt === null);
  const answered = rows.filter((r) => r.answeredAt !== null).sort((a, b) => b.answeredAt!.getTime() - a.answeredAt!.getTime());
  return [...open, ...answered].map((row) => presentQuestion(row, names, today));
}

/** The assignee must be an active colleague who can read the plan; a session must exist. */
export async function checkQuestion(db: Db, tenantId: string, input: Pick<QuestionInput, 'assigneeId' | 'sessionId'>): Promise<void> {
  const [assignee] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, input.assigneeId)));
  if (!assignee || !assignee.active) throw invalid([{ path: 'assigneeId', message: 'Kies een actieve collega van uw gemeente.' }]);
  if (!can({ id: assignee.id, tenantId: assignee.tenantId, roles: assignee.roles as Role[] }, 'questions.assignee')) {
    throw invalid([{ path: 'assigneeId', message: 'Deze collega werkt niet aan plannen en kan de vraag dus niet beantwoorden. Kies een consulent, maatwerker of voorzitter.' }]);
  }
  if (input.sessionId) {
    const [session] = await db.select({ id: tableSessions.id }).from(tableSessions).where(and(eq(tableSessions.tenantId, tenantId), eq(tableSessions.id, input.sessionId)));
    if (!session) throw invalid([{ path: 'sessionId', message: 'Deze sessie bestaat niet.' }]);
  }
}

export async function insertQuestion(tx: Db, tenantId: string, planId: string, input: QuestionInput, createdBy: string): Promise<QuestionRow> {
  const [created] = await tx
    .insert(planQuestions)
    .values({
      tenantId,
      id: crypto.randomUUID(),
      planId,
      sessionId: input.sessionId ?? null,
      question: input.question,
      assigneeId: input.assigneeId,
      dueDate: input.dueDate,
      createdBy,
    })
    .returning();
  return created!;
}

export async function loadQuestion(db: Db, tenantId: string, id: string): Promise<QuestionRow> {
  const [row] = await db.select().from(planQuestions).where(and(eq(planQuestions.tenantId, tenantId), eq(planQuestions.id, id)));
  if (!row) throw notFound('Deze vraag bestaat niet of u heeft er geen toegang toe.');
  return row;
}

/**
 * Records the answer once: a question answered in between is a 409 that returns the loser's
 * answer and the question as it now stands.
 */
export async function answerQuestion(tx: Db, question: QuestionRow, answer: string, userId: string, now: Date, today: string): Promise<QuestionRow> {
  const alreadyAnswered = async () => {
    const current = await presentOne(tx, await loadQuestion(tx, question.tenantId, question.id), today);
    return conflict({ detail: 'Deze vraag is intussen al beantwoord.', sent: { answer }, current: () => current });
  };
  if (question.answeredAt !== null) throw await alreadyAnswered();
  const [updated] = await tx
    .update(planQuestions)
    .set({ answer, answeredAt: now, answeredBy: userId })
    .where(and(eq(planQuestions.tenantId, question.tenantId), eq(planQuestions.id, question.id), isNull(planQuestions.answeredAt)))
    .returning();
  if (!updated) throw await alreadyAnswered();
  return updated;
}
