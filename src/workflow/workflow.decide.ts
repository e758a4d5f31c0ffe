import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { AuditEvent } from '../http/command.js';
import type { CurrentUser } from '../http/request-user.js';
import type { Role } from '../auth/roles.js';
import { commitForPlan } from '../budget/budget.ledger.js';
import { budgetMandates } from '../budget/budget.schema.js';
import type { Db } from '../db/client.js';
import { computeKba } from '../plans/domain/kba.js';
import type { PlanStatus } from '../plans/domain/statuses.js';
import { plans } from '../plans/plans.schema.js';
import { loadPlanLocked } from '../plans/plans.service.js';
import { authorize } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { amsterdamDate, amsterdamYear } from '../shared/dates.js';
import { invalid } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import { countApprovals, countsAsApproval, type ApprovalRules, type DecisionRecord } from './domain/decisions.js';
import { decisionOutcome, type DecisionKind } from './domain/machine.js';
import type { WorkflowSettings } from './domain/settings.js';
import { stepResource } from './domain/steps.js';
import { budgetWarning } from './workflow.budget.js';
import { recordEvents, recordTransition, voidApprovals } from './workflow.history.js';
import { loadWorkflowSettings } from './workflow.settings.js';
import { planDecisions } from './workflow.schema.js';

type PlanRow = typeof plans.$inferSelect;
type DecisionRow = typeof planDecisions.$inferSelect;

export const toRecord = (row: DecisionRow): DecisionRecord => ({
  userId: row.userId,
  decision: row.decision as DecisionKind,
  planVersion: row.planVersion,
  voided: row.voidedAt !== null,
});

export async function loadDecisions(db: Db, tenantId: string, planId: string): Promise<DecisionRow[]> {
  return db
    .select()
    .from(planDecisions)
    .where(and(eq(planDecisions.tenantId, tenantId), eq(planDecisions.planId, planId)))
    .orderBy(asc(planDecisions.createdAt), asc(planDecisions.id));
}

/** What counting needs besides the decisions: the deciders' roles and the mandates. */
export async function approvalRules(db: Db, tenantId: string, plan: PlanRow, settings: WorkflowSettings, userIds: string[]): Promise<ApprovalRules> {
  const ids = [...new Set(userIds)];
  // One after the other: inside a transaction there is one connection.
  const roleRows = ids.length ? await db.select({ id: users.id, roles: users.roles }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, ids))) : [];
  const mandateRows = await db
    .select({ userId: budgetMandates.userId, limitCents: budgetMandates.limitCents })
    .from(budgetMandates)
    .where(eq(budgetMandates.tenantId, tenantId));
  const roles = new Map(roleRows.map((row) => [row.id, row.roles as Role[]]));
  return {
    authorId: plan.authorId,
    version: plan.version,
    threshold: settings.approvalThreshold,
    decideRoles: settings.decideRoles,
    rolesOf: (id) => roles.get(id) ?? [],
    mandates: new Map(mandateRows.map((row) => [row.userId, row.limitCents])),
    amountCents: computeKba(plan.document).maatwerkbudgetCents,
  };
}

/** Why a decision of this user does not count, in Dutch; undefined when it does. */
export function whyNotCounting(decision: DecisionKind, userId: string, rules: ApprovalRules, earlier: DecisionRecord[]): string | undefined {
  if (decision !== 'approve') return undefined;
  if (userId === rules.authorId) return 'U bent de auteur van dit plan; uw goedkeuring telt niet mee.';
  if (!countsAsApproval({ userId, decision, planVersion: rules.version, voided: false }, earlier, rules)) {
    return 'U keurde deze versie al goed; uw goedkeuring telt één keer.';
  }
  return undefined;
}

export interface DecisionInput {
  decision: DecisionKind;
  note: string;
  sessionId?: string | undefined;
}

/** The plan (locked until the transaction ends) and the settings a decision is taken under. */
export async function loadDecision(tx: Db, user: CurrentUser, planId: string, known?: WorkflowSettings): Promise<{ plan: PlanRow; settings: WorkflowSettings }> {
  const plan = await loadPlanLocked(tx, user.tenantId, planId);
  return { plan, settings: known ?? (await loadWorkflowSettings(tx, user.tenantId)) };
}

/**
 * Records an allowed decision at the table and applies it: approve (approved and committed once
 * the threshold is reached), revise (back to draft) or reject. Runs with the plan row locked
 * (`loadDecision`); returns what happened and its audit events.
 */
export async function applyDecision(tx: Db, user: CurrentUser, plan: PlanRow, settings: WorkflowSettings, input: DecisionInput, now: Date) {
  const outcome = decisionOutcome(plan.status as PlanStatus);
  if (outcome.kind === 'invalid') throw invalid([{ path: 'decision', message: outcome.message }], outcome.message);
  const note = input.note.trim();
  if (input.decision !== 'approve' && !note) {
    throw invalid([{ path: 'note', message: input.decision === 'reject' ? 'Geef aan waarom het plan wordt afgewezen.' : 'Geef aan wat er aan het plan moet veranderen.' }]);
  }
  // The note is case text a user typed: never a BSN.
  rejectBsn({ note });
  const existing = (await loadDecisions(tx, user.tenantId, plan.id)).map(toRecord);
  const rules = await approvalRules(tx, user.tenantId, plan, settings, [...existing.map((d) => d.userId), user.id]);
  const notCounting = whyNotCounting(input.decision, user.id, rules, existing);
  const [row] = await tx
    .insert(planDecisions)
    .values({
      tenantId: user.tenantId,
      id: crypto.randomUUID(),
      planId: plan.id,
      planVersion: plan.version,
      planVersionSavedAt: plan.savedAt ?? plan.createdAt,
      userId: user.id,
      decision: input.decision,
      note,
      counts: notCounting === undefined,
      sessionId: input.sessionId ?? null,
    })
    .returning();
  const events: AuditEvent[] = [
    { action: 'plan.decision', entityType: 'plan', entityId: plan.id, detail: { decision: input.decision, counts: row!.counts, version: plan.version } },
  ];

  const count = countApprovals([...existing, toRecord(row!)], rules);
  let updated = plan;
  let warning: string | undefined;
  const move = async (to: PlanStatus, set: Partial<PlanRow>, reason: string) => {
    if (to !== 'approved') await voidApprovals(tx, user.tenantId, plan.id, now);
    [updated] = (await tx
      .update(plans)
      .set({ ...set, status: to, updatedAt: sql`now()` })
      .where(and(eq(plans.tenantId, user.tenantId), eq(plans.id, plan.id)))
      .returning()) as [PlanRow];
    events.push(await recordTransition(tx, user, plan, 'scheduled', to, reason));
  };
  if (input.decision === 'approve' && count.reached) {
    const year = amsterdamYear(now);
    await move('approved', { approvedAt: now, budgetYear: year }, '');
    await commitForPlan(tx, { tenantId: user.tenantId, planId: plan.id, year, date: amsterdamDate(now), userId: user.id, amountCents: rules.amountCents });
    warning = await budgetWarning(tx, user.tenantId, year);
  } else if (input.decision === 'revise') {
    await move('draft', {}, note);
  } else if (input.decision === 'reject') {
    await move('rejected', {}, note);
  }
  return { plan: updated, decision: row!, notCounting, count, budgetWarning: warning, events };
}

/** A decision outside HTTP (the demo replays its approvals): own transaction and audit. */
export async function decide(db: Db, user: CurrentUser, planId: string, settings: WorkflowSettings, input: DecisionInput, now: Date, requestId: string) {
  return db.transaction(async (tx) => {
    const { plan } = await loadDecision(tx, user, planId, settings);
    authorize(user, 'plans.decide', stepResource(plan, settings));
    const result = await applyDecision(tx, user, plan, settings, input, now);
    await recordEvents(tx, user, result.events, requestId);
    return result;
  });
}
