import { and, asc, eq, inArray } from 'drizzle-orm';
import type { CurrentUser } from '../http/request-user.js';
import { roleLabel } from '../auth/roles.js';
import type { Db } from '../db/client.js';
import type { PlanStatus } from '../plans/domain/statuses.js';
import type { plans } from '../plans/plans.schema.js';
import { users } from '../users/users.schema.js';
import { completenessErrors } from './domain/completeness.js';
import { countApprovals } from './domain/decisions.js';
import { decisionOutcome, type DecisionKind } from './domain/machine.js';
import { PRESETS, type WorkflowSettings } from './domain/settings.js';
import { allowedTransitions, mayDecide } from './domain/steps.js';
import { approvalRules, loadDecisions, toRecord, whyNotCounting } from './workflow.decide.js';
import type { PlanWorkflow } from './workflow.contract.js';
import { planTransitions } from './workflow.schema.js';
import { planSession } from './workflow.session.js';

type PlanRow = typeof plans.$inferSelect;

const orList = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} of ${items.at(-1)}`);

/** Why this user cannot decide now, in Dutch; undefined when they can. */
function cannotDecide(user: CurrentUser, plan: PlanRow, settings: WorkflowSettings, notCounting: string | undefined): string | undefined {
  if (decisionOutcome(plan.status as PlanStatus).kind === 'invalid') return 'Besluiten kan alleen over een geagendeerd plan.';
  if (!mayDecide(user, plan, settings)) return `Alleen een ${orList(settings.decideRoles.map((r) => roleLabel(r).toLowerCase()))} besluit over plannen.`;
  if (user.id === plan.authorId) return 'U bent de auteur; uw goedkeuring telt niet mee.';
  return notCounting;
}

/** The workflow of one plan as the current user sees it (`planWorkflowOut`): where it stands and what they may do. */
export async function workflowView(db: Db, user: CurrentUser, plan: PlanRow, settings: WorkflowSettings, today: string): Promise<PlanWorkflow> {
  const savedBy = plan.savedBy ?? plan.authorId;
  const [decisionRows, transitionRows, session] = await Promise.all([
    loadDecisions(db, user.tenantId, plan.id),
    db
      .select()
      .from(planTransitions)
      .where(and(eq(planTransitions.tenantId, user.tenantId), eq(planTransitions.planId, plan.id)))
      .orderBy(asc(planTransitions.at), asc(planTransitions.id)),
    planSession(db, user.tenantId, plan.id, today),
  ]);
  const ids = [...decisionRows.map((d) => d.userId), ...transitionRows.flatMap((t) => (t.userId ? [t.userId] : [])), user.id, savedBy];
  const rules = await approvalRules(db, user.tenantId, plan, settings, ids);
  const nameRows = await db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, user.tenantId), inArray(users.id, [...new Set(ids)])));
  const names = new Map(nameRows.map((row) => [row.id, row.name]));
  const records = decisionRows.map(toRecord);
  const count = countApprovals(records, rules);
  const reason = cannotDecide(user, plan, settings, whyNotCounting('approve', user.id, rules, records));
  const preset = PRESETS.find((p) => p.key === settings.preset);
  const status = plan.status as PlanStatus;
  return {
    status,
    version: plan.version,
    savedAt: (plan.savedAt ?? plan.createdAt).toISOString(),
    savedByName: names.get(savedBy) ?? null,
    session,
    settings: {
      preset: settings.preset,
      presetLabel: preset?.label ?? settings.preset,
      approvalThreshold: settings.approvalThreshold,
      sparRequired: settings.sparRequired,
      tableRoles: settings.tableRoles,
      decideRoles: settings.decideRoles,
    },
    approvals: {
      required: count.required,
      counted: count.counted.length,
      ...(count.mandateShortfall ? { mandateShortfall: count.mandateShortfall } : {}),
      decisions: decisionRows.map((row) => ({
        id: row.id,
        userId: row.userId,
        userName: names.get(row.userId) ?? 'Onbekende gebruiker',
        decision: row.decision as DecisionKind,
        note: row.note,
        planVersion: row.planVersion,
        planVersionSavedAt: (row.planVersionSavedAt ?? row.createdAt).toISOString(),
        counts: row.counts && row.voidedAt === null && (row.decision !== 'approve' || row.planVersion === plan.version),
        voided: row.voidedAt !== null,
        createdAt: row.createdAt.toISOString(),
      })),
    },
    history: transitionRows.map((row) => ({
      from: row.fromStatus as PlanStatus,
      to: row.toStatus as PlanStatus,
      reason: row.reason,
      userName: row.userId ? (names.get(row.userId) ?? 'Onbekende gebruiker') : null,
      at: row.at.toISOString(),
    })),
    allowedTransitions: allowedTransitions(user, plan, settings),
    canDecide: reason === undefined,
    ...(reason ? { cannotDecideReason: reason } : {}),
    completeness: status === 'draft' || status === 'sparring' ? completenessErrors(plan.document) : [],
  };
}
