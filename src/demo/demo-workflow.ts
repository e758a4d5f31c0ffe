import { and, eq, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { CurrentUser } from '../http/request-user.js';
import type { Role } from '../auth/roles.js';
import { lockBudgetYear, loadPlanBalance } from '../budget/budget.ledger.js';
import { budgetEntries } from '../budget/budget.schema.js';
import { seedDemoBudget } from '../budget/budget.seed.js';
import type { Db } from '../db/client.js';
import { addDays, addMonths, MEASUREMENT_MOMENTS } from '../followup/domain/schedule.js';
import { createMeasurement } from '../followup/measurements.service.js';
import type { PlanStatus } from '../plans/domain/statuses.js';
import { plans } from '../plans/plans.schema.js';
import { amsterdamDate, amsterdamYear } from '../shared/dates.js';
import { seedDemoTables } from '../tables/tables.seed.js';
import { planQuestions } from '../tables/tables.schema.js';
import { tenants } from '../tenants/tenants.schema.js';
import { users } from '../users/users.schema.js';
import { presetSettings } from '../workflow/domain/settings.js';
import { decide } from '../workflow/workflow.decide.js';
import { planDecisions, planTransitions } from '../workflow/workflow.schema.js';
import { saveWorkflowSettings } from '../workflow/workflow.settings.js';
import { transition } from '../workflow/workflow.transition.js';
import { BUDGET_EMAIL, DEMO_LIFECYCLES, DEMO_PRESETS, type DemoLifecycle, type DemoPayment } from './demo-lifecycle.js';
import { DEMO_PLANS } from './demo-plans.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const REQUEST = 'demo-seed';
const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

async function loadUsers(db: Db, tenantId: string): Promise<Map<string, CurrentUser>> {
  const [tenant] = await db.select().from(tenants).where(eq(tenants.tenantId, tenantId));
  const rows = await db.select().from(users).where(eq(users.tenantId, tenantId));
  return new Map(
    rows.map((row) => [
      row.email.toLowerCase(),
      { id: row.id, tenantId, email: row.email, name: row.name, roles: row.roles as Role[], tenant: { id: tenantId, name: tenant!.name, region: tenant!.region } },
    ]),
  );
}

const after = (status: PlanStatus, ...statuses: PlanStatus[]) => statuses.includes(status);

/** Takes one plan from concept to its demo status, step by step, as its people would have. */
async function replay(db: Db, now: Date, people: Map<string, CurrentUser>, lifecycle: DemoLifecycle, target: PlanStatus, authorEmail: string) {
  const person = (email: string) => {
    const user = people.get(email);
    if (!user) throw new Error(`Demo-gebruiker ${email} ontbreekt.`);
    return user;
  };
  const author = person(authorEmail);
  const [plan] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.tenantId, lifecycle.tenantId), eq(plans.caseNumber, lifecycle.caseNumber), isNull(plans.deletedAt)));
  if (!plan) throw new Error(`Demo-plan ${lifecycle.caseNumber} ontbreekt.`);
  const settings = presetSettings(DEMO_PRESETS[lifecycle.tenantId]);
  const approvedAt = lifecycle.approvedDaysAgo === undefined ? now : daysBefore(now, lifecycle.approvedDaysAgo);
  // Tabled a week before the decision; in the Maastricht loop it passed the spar-tafel first.
  const tabledAt = lifecycle.approvedDaysAgo === undefined ? daysBefore(now, 5) : daysBefore(approvedAt, 7);

  // The workflow stamps its history with the time of the call; the demo dates it back to when it happened.
  const step = async (to: PlanStatus, at: Date) => {
    await transition(db, author, plan.id, settings, to, '', at, REQUEST);
    await backdate(db, lifecycle.tenantId, plan.id, { to, at });
  };
  if (settings.preset === 'maastricht' || target === 'sparring') await step('sparring', daysBefore(tabledAt, 7));
  if (target === 'sparring') return;
  await step('scheduled', tabledAt);
  lifecycle.approvers.forEach((email) => {
    if (email === authorEmail) throw new Error(`${lifecycle.caseNumber}: de auteur keurt niet goed.`);
  });
  for (const [index, email] of lifecycle.approvers.entries()) {
    const last = index === lifecycle.approvers.length - 1;
    const at = last && lifecycle.approvedDaysAgo !== undefined ? approvedAt : new Date(tabledAt.getTime() + (index + 1) * 3_600_000);
    await decide(db, person(email), plan.id, settings, { decision: 'approve', note: 'Akkoord: het plan is compleet en de doorbraak is onderbouwd.' }, at, REQUEST);
    await backdate(db, lifecycle.tenantId, plan.id, { decidedBy: person(email).id, to: 'approved', at });
  }
  for (const question of lifecycle.questions ?? []) {
    await addQuestion(db, person(question.askedByEmail), plan.id, person(question.assigneeEmail).id, question.question, addDays(amsterdamDate(now), question.dueInDays));
  }
  if (!after(target, 'approved', 'in_progress', 'monitoring')) return;

  const today = amsterdamDate(now);
  const approvedDate = amsterdamDate(approvedAt);
  for (const payment of lifecycle.payments ?? []) await pay(db, person(BUDGET_EMAIL), plan.id, payment, approvedDate, today);
  if (after(target, 'in_progress', 'monitoring')) {
    await step('in_progress', new Date(approvedAt.getTime() + 3 * DAY_MS));
  }
  for (const measurement of lifecycle.measurements ?? []) {
    const moment = MEASUREMENT_MOMENTS.find((m) => m.key === measurement.moment)!;
    const measuredOn = addDays(addMonths(approvedDate, moment.months), 4);
    if (measuredOn > today) throw new Error(`${lifecycle.caseNumber}: meting ${moment.key} ligt in de toekomst.`);
    const [row] = await db.select().from(plans).where(and(eq(plans.tenantId, lifecycle.tenantId), eq(plans.id, plan.id)));
    await createMeasurement(db, author, row!, measurement.moment, { lifeSatisfaction: measurement.lifeSatisfaction, note: measurement.note, measuredOn }, today, REQUEST);
  }
  if (target === 'monitoring') {
    await step('monitoring', new Date(approvedAt.getTime() + 190 * DAY_MS));
  }
}

/** Dates a step (and the decision that caused it) back to `at`. Each demo plan takes each step once. */
async function backdate(db: Db, tenantId: string, planId: string, what: { to: PlanStatus; at: Date; decidedBy?: string }) {
  if (what.decidedBy) {
    await db
      .update(planDecisions)
      .set({ createdAt: what.at })
      .where(and(eq(planDecisions.tenantId, tenantId), eq(planDecisions.planId, planId), eq(planDecisions.userId, what.decidedBy)));
  }
  await db
    .update(planTransitions)
    .set({ at: what.at })
    .where(and(eq(planTransitions.tenantId, tenantId), eq(planTransitions.planId, planId), eq(planTransitions.toStatus, what.to)));
}

/** A payment by the budgetbeheerder on the ledger, within what the approval committed. */
async function pay(db: Db, budgetbeheerder: CurrentUser, planId: string, payment: DemoPayment, approvedDate: string, today: string) {
  await db.transaction(async (tx) => {
    const [plan] = await tx.select().from(plans).where(and(eq(plans.tenantId, budgetbeheerder.tenantId), eq(plans.id, planId)));
    const year = plan!.budgetYear!;
    await lockBudgetYear(tx, budgetbeheerder.tenantId, year);
    const balance = await loadPlanBalance(tx, budgetbeheerder.tenantId, planId);
    if (payment.amountCents > balance.openCommitmentCents) throw new Error(`Demo-betaling ${payment.invoiceReference} is hoger dan de vastlegging.`);
    const date = [addDays(approvedDate, payment.daysAfterApproval), today].sort()[0]!;
    const id = crypto.randomUUID();
    await tx.insert(budgetEntries).values({
      tenantId: budgetbeheerder.tenantId,
      id,
      year,
      planId,
      kind: 'payment',
      amountCents: payment.amountCents,
      date,
      description: payment.description,
      vat: payment.vat,
      invoiceReference: payment.invoiceReference,
      userId: budgetbeheerder.id,
    });
    await recordAudit(tx, {
      tenantId: budgetbeheerder.tenantId,
      actor: budgetbeheerder,
      action: 'budget.payment',
      entityType: 'plan',
      entityId: planId,
      requestId: REQUEST,
      detail: { paymentId: id, year, amountCents: payment.amountCents, excessCents: 0, vat: payment.vat },
    });
  });
}

async function addQuestion(db: Db, askedBy: CurrentUser, planId: string, assigneeId: string, question: string, dueDate: string) {
  const id = crypto.randomUUID();
  await db.insert(planQuestions).values({ tenantId: askedBy.tenantId, id, planId, question, assigneeId, dueDate, createdBy: askedBy.id });
  await recordAudit(db, { tenantId: askedBy.tenantId, actor: askedBy, action: 'question.create', entityType: 'plan', entityId: planId, requestId: REQUEST, detail: { questionId: id } });
}

/**
 * Runs the demo municipalities' plans through the real workflow: their preset and tables, the
 * maatwerkbudget, tabling, approvals by two other maatwerkers (committing the budget), payments,
 * execution and follow-up measurements. Runs inside seedDemo's transaction, after seedDemoPlans.
 */
export async function seedDemoWorkflow(db: Db, now: Date = new Date()): Promise<void> {
  for (const [tenantId, preset] of Object.entries(DEMO_PRESETS)) {
    await saveWorkflowSettings(db, tenantId, presetSettings(preset));
    await seedDemoTables(db, tenantId, preset);
  }
  await seedDemoBudget(db, 'demo', amsterdamYear(now));
  const people = { demo: await loadUsers(db, 'demo'), demo2: await loadUsers(db, 'demo2') };
  for (const lifecycle of DEMO_LIFECYCLES) {
    const plan = DEMO_PLANS.find((p) => p.tenantId === lifecycle.tenantId && p.document.caseNumber === lifecycle.caseNumber)!;
    await replay(db, now, people[lifecycle.tenantId], lifecycle, plan.status, plan.authorEmail);
  }
  // An approval in an earlier year committed on that year's budget: give that year its budget too.
  const years = await db.selectDistinct({ year: plans.budgetYear }).from(plans).where(eq(plans.tenantId, 'demo'));
  for (const { year } of years) if (year !== null) await seedDemoBudget(db, 'demo', year);
}
