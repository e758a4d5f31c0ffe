import { and, asc, desc, eq, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import type { CurrentUser } from '../http/request-user.js';
import { loadBudget, loadYearTotals } from '../budget/budget.queries.js';
import { budgetWarnings } from '../budget/domain/balance.js';
import type { Db } from '../db/client.js';
import { plans } from '../plans/plans.schema.js';
import { can } from '../policy/policy.js';
import { planQuestions } from '../tables/tables.schema.js';
import { planDecisions, planTransitions } from '../workflow/workflow.schema.js';
import { amsterdamDate } from '../shared/dates.js';
import { dueMeasurements, SCHEDULED_STATUSES } from './domain/schedule.js';
import { loadMeasurements, scheduleForPlan } from './measurements.service.js';
import { loadWorkflowSettings } from '../workflow/workflow.settings.js';
import type { MyActions } from './followup.contract.js';


const overdueFirst = <T extends { overdue: boolean; dueDate: string }>(a: T, b: T) => Number(b.overdue) - Number(a.overdue) || a.dueDate.localeCompare(b.dueDate);

/** Open measurements of the plans this user wrote: overdue or due within two weeks. */
async function measurementActions(db: Db, user: CurrentUser, today: string): Promise<MyActions['measurements']> {
  if (!can(user, 'plans.read')) return [];
  const running = await db
    .select()
    .from(plans)
    .where(
      and(
        eq(plans.tenantId, user.tenantId),
        eq(plans.authorId, user.id),
        inArray(plans.status, [...SCHEDULED_STATUSES]),
        isNotNull(plans.approvedAt),
        isNull(plans.deletedAt),
      ),
    );
  const measurements = await loadMeasurements(db, user.tenantId, running.map((p) => p.id));
  return running
    .flatMap((plan) =>
      dueMeasurements(scheduleForPlan(plan, measurements.filter((m) => m.planId === plan.id), today), today).map((item) => ({
        planId: plan.id,
        caseNumber: plan.caseNumber,
        moment: item.moment,
        dueDate: item.dueDate,
        overdue: item.overdue,
      })),
    )
    .sort(overdueFirst);
}

/** Open questions assigned to this user. The question is their own assignment; the case number only for who may read plans. */
async function questionActions(db: Db, user: CurrentUser, today: string): Promise<MyActions['questions']> {
  const rows = await db
    .select({ id: planQuestions.id, planId: planQuestions.planId, question: planQuestions.question, dueDate: planQuestions.dueDate, caseNumber: plans.caseNumber })
    .from(planQuestions)
    .innerJoin(plans, and(eq(plans.tenantId, planQuestions.tenantId), eq(plans.id, planQuestions.planId)))
    .where(and(eq(planQuestions.tenantId, user.tenantId), eq(planQuestions.assigneeId, user.id), isNull(planQuestions.answeredAt), isNull(plans.deletedAt)))
    .orderBy(asc(planQuestions.dueDate));
  const readsPlans = can(user, 'plans.read');
  return rows
    .map((row) => ({ id: row.id, planId: row.planId, caseNumber: readsPlans ? row.caseNumber : null, question: row.question, dueDate: row.dueDate, overdue: row.dueDate < today }))
    .sort(overdueFirst);
}

/** Tabled plans that wait for this user's decision: a deciding role, not the author, no counting approval yet. */
async function decisionActions(db: Db, user: CurrentUser): Promise<MyActions['decisions']> {
  if (!can(user, 'plans.read')) return [];
  // Who decides is configured per municipality; the policy decides with those roles.
  const workflow = await loadWorkflowSettings(db, user.tenantId);
  if (!can(user, 'plans.decide', { tenantId: user.tenantId, authorId: '', status: 'scheduled', workflow })) return [];
  const scheduled = await db
    .select({ id: plans.id, caseNumber: plans.caseNumber, version: plans.version, updatedAt: plans.updatedAt })
    .from(plans)
    .where(and(eq(plans.tenantId, user.tenantId), eq(plans.status, 'scheduled'), ne(plans.authorId, user.id), isNull(plans.deletedAt)));
  if (scheduled.length === 0) return [];
  const ids = scheduled.map((p) => p.id);
  const [mine, transitions] = await Promise.all([
    db
      .select({ planId: planDecisions.planId, planVersion: planDecisions.planVersion })
      .from(planDecisions)
      .where(
        and(
          eq(planDecisions.tenantId, user.tenantId),
          eq(planDecisions.userId, user.id),
          eq(planDecisions.counts, true),
          isNull(planDecisions.voidedAt),
          inArray(planDecisions.planId, ids),
        ),
      ),
    db
      .select({ planId: planTransitions.planId, at: planTransitions.at })
      .from(planTransitions)
      .where(and(eq(planTransitions.tenantId, user.tenantId), eq(planTransitions.toStatus, 'scheduled'), inArray(planTransitions.planId, ids)))
      .orderBy(desc(planTransitions.at)),
  ]);
  return scheduled
    .filter((plan) => !mine.some((d) => d.planId === plan.id && d.planVersion === plan.version))
    .map((plan) => ({ planId: plan.id, caseNumber: plan.caseNumber, since: amsterdamDate(transitions.find((t) => t.planId === plan.id)?.at ?? plan.updatedAt) }))
    .sort((a, b) => a.since.localeCompare(b.since));
}

/** This year's budget warnings, for the budgetbeheerder only: whoever registers the payments watches the budget. */
async function budgetActions(db: Db, user: CurrentUser, today: string): Promise<MyActions['budgetWarnings']> {
  if (!can(user, 'payments.create')) return [];
  const year = Number(today.slice(0, 4));
  const [budget, totals] = await Promise.all([loadBudget(db, user.tenantId, year), loadYearTotals(db, user.tenantId, year)]);
  return budgetWarnings({ year, budgetCents: budget.budgetCents, ...totals }, today).map(({ level, message }) => ({ level, message }));
}

export async function loadMyActions(db: Db, user: CurrentUser, now: Date): Promise<MyActions> {
  const today = amsterdamDate(now);
  const [measurements, questions, decisions, warnings] = await Promise.all([
    measurementActions(db, user, today),
    questionActions(db, user, today),
    decisionActions(db, user),
    budgetActions(db, user, today),
  ]);
  return { measurements, questions, decisions, budgetWarnings: warnings };
}
