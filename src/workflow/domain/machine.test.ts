import { describe, expect, it } from 'vitest';
import { ROLE_KEYS, type Role } from '../../auth/roles.js';
import { PLAN_STATUS_KEYS, type PlanStatus } from '../../plans/domain/statuses.js';
import { DECISION_KINDS, decisionOutcome, possibleTransitions, transitionOutcome, type DecisionKind } from './machine.js';
import { DEFAULT_SETTINGS, presetSettings, type WorkflowSettings } from './settings.js';
import { allowedTransitions, mayDecide } from './steps.js';

type Action = PlanStatus | DecisionKind;
const ACTIONS: Action[] = [...PLAN_STATUS_KEYS, ...DECISION_KINDS];

// Written out by hand from CONTRACT.md and the issue, independent of machine.ts (which steps exist)
// and policy.ts (who may take them): for each status, the actions that exist and the roles that
// may take them. Anything not listed is not a step.
const TABLE: Role[] = ['consulent', 'maatwerker', 'voorzitter'];
const EXEC: Role[] = ['maatwerker', 'consulent'];
const CLOSE: Role[] = ['maatwerker', 'consulent', 'budgetbeheerder'];
const WITHDRAW: Role[] = ['consulent', 'maatwerker'];
const DECIDE: Role[] = ['maatwerker'];

const MAASTRICHT: Record<PlanStatus, Partial<Record<Action, Role[]>>> = {
  draft: { sparring: TABLE, scheduled: TABLE, withdrawn: WITHDRAW },
  sparring: { scheduled: TABLE, draft: TABLE, withdrawn: WITHDRAW },
  scheduled: { draft: TABLE, withdrawn: WITHDRAW, approve: DECIDE, revise: DECIDE, reject: DECIDE },
  approved: { in_progress: EXEC, withdrawn: WITHDRAW },
  in_progress: { monitoring: EXEC, closed: CLOSE, withdrawn: WITHDRAW },
  monitoring: { closed: CLOSE },
  closed: {},
  rejected: {},
  withdrawn: {},
};

const SPAR_REQUIRED: Record<PlanStatus, Partial<Record<Action, Role[]>>> = {
  ...MAASTRICHT,
  draft: { sparring: TABLE, withdrawn: WITHDRAW },
};

const SIMPLE_TABLE: Role[] = ['consulent', 'maatwerker'];
const SIMPLE_DECIDE: Role[] = ['budgetbeheerder'];
const SIMPLE: Record<PlanStatus, Partial<Record<Action, Role[]>>> = {
  ...MAASTRICHT,
  draft: { sparring: SIMPLE_TABLE, scheduled: SIMPLE_TABLE, withdrawn: WITHDRAW },
  sparring: { scheduled: SIMPLE_TABLE, draft: SIMPLE_TABLE, withdrawn: WITHDRAW },
  scheduled: { draft: SIMPLE_TABLE, withdrawn: WITHDRAW, approve: SIMPLE_DECIDE, revise: SIMPLE_DECIDE, reject: SIMPLE_DECIDE },
};

const isDecision = (action: Action): action is DecisionKind => (DECISION_KINDS as readonly string[]).includes(action);

/** The state machine first (does the step exist), then the policy (may these roles take it). */
function outcome(settings: WorkflowSettings, status: PlanStatus, action: Action, roles: Role[]) {
  const actor = { id: 'u1', tenantId: 'demo', roles };
  const plan = { tenantId: 'demo', authorId: 'u9', status };
  if (isDecision(action)) {
    if (decisionOutcome(status).kind === 'invalid') return 'invalid';
    return mayDecide(actor, plan, settings) ? 'allowed' : 'forbidden';
  }
  if (transitionOutcome(settings, status, action).kind === 'invalid') return 'invalid';
  return allowedTransitions(actor, plan, settings).some((step) => step.to === action) ? 'allowed' : 'forbidden';
}

function expected(table: Record<PlanStatus, Partial<Record<Action, Role[]>>>, status: PlanStatus, action: Action, roles: Role[]) {
  const allowed = table[status][action];
  if (!allowed) return 'invalid';
  return roles.some((role) => allowed.includes(role)) ? 'allowed' : 'forbidden';
}

// Single roles, plus the demo voorzitter who is also maatwerker.
const ACTORS: Role[][] = [...ROLE_KEYS.map((role) => [role]), ['voorzitter', 'maatwerker'], []];

describe.each([
  ['maastricht', DEFAULT_SETTINGS, MAASTRICHT],
  ['maastricht met verplichte spar-tafel', { ...DEFAULT_SETTINGS, sparRequired: true }, SPAR_REQUIRED],
  ['commissie', presetSettings('commissie'), MAASTRICHT],
  ['eenvoudig formulier', presetSettings('simple'), SIMPLE],
] as const)('state machine, preset %s', (_name, settings, table) => {
  it('matches the expected table for every status × action × role', () => {
    let checked = 0;
    for (const status of PLAN_STATUS_KEYS) {
      for (const action of ACTIONS) {
        for (const roles of ACTORS) {
          expect(outcome(settings, status, action, roles), `${status} → ${action} als ${roles.join('+') || 'geen rol'}`).toBe(
            expected(table, status, action, roles),
          );
          checked += 1;
        }
      }
    }
    expect(checked).toBe(9 * 12 * ACTORS.length);
  });

  it('lists exactly the allowed transitions per status and role', () => {
    for (const status of PLAN_STATUS_KEYS) {
      for (const roles of ACTORS) {
        const listed = allowedTransitions({ id: 'u1', tenantId: 'demo', roles }, { tenantId: 'demo', authorId: 'u9', status }, settings).map((t) => t.to);
        const wanted = PLAN_STATUS_KEYS.filter((to) => expected(table, status, to, roles) === 'allowed');
        expect(listed, `${status} als ${roles.join('+')}`).toEqual(wanted);
      }
    }
  });
});

describe('messages', () => {
  it('explains that approval and rejection are decisions, not transitions', () => {
    const result = transitionOutcome(DEFAULT_SETTINGS, 'scheduled', 'approved');
    expect(result).toEqual({ kind: 'invalid', message: expect.stringContaining('besluiten aan de tafel') });
  });

  it('explains a required spar step', () => {
    const result = transitionOutcome({ ...DEFAULT_SETTINGS, sparRequired: true }, 'draft', 'scheduled');
    expect(result).toEqual({ kind: 'invalid', message: expect.stringContaining('spar-tafel') });
  });

  it('asks for a reason only when withdrawing', () => {
    const steps = possibleTransitions(DEFAULT_SETTINGS, 'draft');
    expect(steps.filter((s) => s.needsReason).map((s) => s.to)).toEqual(['withdrawn']);
  });
});
