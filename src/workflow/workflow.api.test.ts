import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { budgetEntries, budgetMandates } from '../budget/budget.schema.js';
import { buildPlanDocument } from '../plans/test/factories.js';
import { amsterdamYear } from '../shared/dates.js';
import { createTestApp, type Session } from '../test/app.js';
import { planDecisions } from './workflow.schema.js';

const t = await createTestApp();
const db = t.database.db;
let author: Session; // maatwerker@, writes the plans
let m2: Session;
let m3: Session;
let voorzitter: Session; // voorzitter + maatwerker
let consulent: Session;
let budget: Session;
let beleid: Session;
let beheer: Session;
let other: Session;

beforeAll(async () => {
  const login = (name: string) => t.login(`${name}@demodam.example`);
  author = await login('maatwerker');
  m2 = await login('maatwerker2');
  m3 = await login('maatwerker3');
  voorzitter = await login('voorzitter');
  consulent = await login('consulent');
  budget = await login('budget');
  beleid = await login('beleid');
  beheer = await login('beheer');
  other = await t.login('maatwerker@proefwijk.example');
  await putSettings({ ...MAASTRICHT });
});

const MAASTRICHT = { preset: 'maastricht', approvalThreshold: 2, sparRequired: false, tableRoles: ['consulent', 'maatwerker', 'voorzitter'], decideRoles: ['maatwerker'], slotMinutes: 30 };

async function putSettings(settings: Record<string, unknown>) {
  const response = await t.as(beheer, 'PUT', '/api/v1/workflow/settings', settings);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function newPlan(by: Session = author, overrides: Parameters<typeof buildPlanDocument>[0] = {}) {
  const response = await t.as(by, 'POST', '/api/v1/plans', buildPlanDocument(overrides));
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; version: number; status: string } & Record<string, unknown>;
}

const move = (by: Session, id: string, to: string, reason?: string) =>
  t.as(by, 'POST', `/api/v1/plans/${id}/transitions`, reason === undefined ? { to } : { to, reason });
const decide = (by: Session, id: string, decision: string, note?: string) =>
  t.as(by, 'POST', `/api/v1/plans/${id}/decisions`, note === undefined ? { decision } : { decision, note });
const workflow = async (by: Session, id: string) => (await t.as(by, 'GET', `/api/v1/plans/${id}/workflow`)).json();

async function scheduledPlan(overrides: Parameters<typeof buildPlanDocument>[0] = {}) {
  const plan = await newPlan(author, overrides);
  const response = await move(author, plan.id, 'scheduled');
  expect(response.statusCode, response.body).toBe(200);
  return plan;
}

async function approvedPlan() {
  const plan = await scheduledPlan();
  expect((await decide(m2, plan.id, 'approve')).statusCode).toBe(201);
  const last = await decide(m3, plan.id, 'approve');
  expect(last.json().status).toBe('approved');
  return plan;
}

const entries = (planId: string) => db.select().from(budgetEntries).where(and(eq(budgetEntries.tenantId, 'demo'), eq(budgetEntries.planId, planId)));

describe('workflow settings', () => {
  it('shows every logged-in user the settings and the three presets', async () => {
    const response = await t.as(consulent, 'GET', '/api/v1/workflow/settings');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ...MAASTRICHT, presets: [{ key: 'maastricht' }, { key: 'commissie' }, { key: 'simple' }] });
    expect(response.json().presets.every((p: { settings: { sparRequired: boolean } }) => p.settings.sparRequired === false)).toBe(true);
    expect((await t.as(null, 'GET', '/api/v1/workflow/settings')).statusCode).toBe(401);
  });

  it('lets only a beheerder change them, validated, and audits the change', async () => {
    expect((await t.as(consulent, 'PUT', '/api/v1/workflow/settings', MAASTRICHT)).statusCode).toBe(403);
    expect((await t.as(m2, 'PUT', '/api/v1/workflow/settings', MAASTRICHT)).statusCode).toBe(403);
    const bad = await t.as(beheer, 'PUT', '/api/v1/workflow/settings', { ...MAASTRICHT, approvalThreshold: 6, decideRoles: ['koning'], slotMinutes: 200 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['approvalThreshold', 'decideRoles.0', 'slotMinutes']);
    expect((await t.as(beheer, 'PUT', '/api/v1/workflow/settings', { ...MAASTRICHT, extra: 1 })).statusCode).toBe(422);
    const saved = await putSettings({ ...MAASTRICHT, slotMinutes: 45 });
    expect(saved.slotMinutes).toBe(45);
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, 'demo'), eq(auditEvents.action, 'workflow.update')));
    expect(audit.length).toBeGreaterThan(0);
    await putSettings(MAASTRICHT);
    expect((await t.as(other, 'GET', '/api/v1/workflow/settings')).json().slotMinutes).toBe(30);
  });
});

describe('transitions', () => {
  it('lists every completeness rule the plan does not meet when it is tabled', async () => {
    const response = await t.as(author, 'POST', '/api/v1/plans', { caseNumber: 'LEEG-1', clientNumber: 'C-LEEG' });
    const id = response.json().id;
    const blocked = await move(author, id, 'scheduled');
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().errors.map((e: { path: string }) => e.path)).toEqual([
      'perspective',
      'breakthrough',
      'legalBases',
      'involvement.householdAgrees',
      'scenarios.threatened.lines',
      'scenarios.plan.lines',
    ]);
    const view = await workflow(author, id);
    expect(view.completeness).toHaveLength(6);
    expect((await move(author, id, 'sparring')).statusCode).toBe(200);
  });

  it('refuses steps that do not exist, and approval by transition', async () => {
    const plan = await newPlan();
    const approved = await move(author, plan.id, 'approved');
    expect(approved.statusCode).toBe(422);
    expect(approved.json().errors).toEqual([{ path: 'to', message: expect.stringContaining('besluiten') }]);
    expect((await move(author, plan.id, 'closed')).statusCode).toBe(422);
    expect((await move(author, plan.id, 'nergens')).statusCode).toBe(422);
  });

  it('goes draft → sparring → scheduled, records history and audits without the reason', async () => {
    const plan = await newPlan(consulent);
    expect((await move(consulent, plan.id, 'sparring', 'Voor dinsdag')).json().status).toBe('sparring');
    expect((await move(consulent, plan.id, 'scheduled')).json().status).toBe('scheduled');
    const view = await workflow(consulent, plan.id);
    expect(view.history).toMatchObject([
      { from: 'draft', to: 'sparring', reason: 'Voor dinsdag', userName: expect.any(String) },
      { from: 'sparring', to: 'scheduled', reason: '' },
    ]);
    const audit = await db.select().from(auditEvents).where(and(eq(auditEvents.entityId, plan.id), eq(auditEvents.action, 'plan.transition')));
    expect(audit.map((a) => a.detail)).toEqual([expect.objectContaining({ from: 'draft', to: 'sparring' }), expect.objectContaining({ from: 'sparring', to: 'scheduled' })]);
    expect(JSON.stringify(audit)).not.toContain('Voor dinsdag');
  });

  it('requires the spar step when the municipality says so', async () => {
    await putSettings({ ...MAASTRICHT, sparRequired: true });
    try {
      const plan = await newPlan();
      const response = await move(author, plan.id, 'scheduled');
      expect(response.statusCode).toBe(422);
      expect(response.json().errors[0]).toMatchObject({ path: 'to', message: expect.stringContaining('spar-tafel') });
    } finally {
      await putSettings(MAASTRICHT);
    }
  });

  it('needs a reason to withdraw; only consulent and maatwerker may', async () => {
    const plan = await newPlan();
    expect((await move(author, plan.id, 'withdrawn')).json().errors).toEqual([{ path: 'reason', message: expect.any(String) }]);
    expect((await move(budget, plan.id, 'withdrawn', 'Verhuisd')).statusCode).toBe(403);
    expect((await move(author, plan.id, 'withdrawn', 'Huishouden verhuisd')).json().status).toBe('withdrawn');
  });

  it('refuses a BSN in the reason', async () => {
    const plan = await newPlan();
    const response = await move(author, plan.id, 'sparring', 'bsn 111222333'); // test fixture, passes the 11-proef
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('reason');
  });
});

describe('decisions: six-eyes approval', () => {
  it("does not count the author's approval nor a repeat; two other maatwerkers approve and the budget is committed", async () => {
    const plan = await scheduledPlan();
    const own = await decide(author, plan.id, 'approve');
    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ status: 'scheduled', decision: { counts: false, reason: expect.stringContaining('auteur') }, approvals: { counted: 0, required: 2 } });

    const first = await decide(m2, plan.id, 'approve', 'Goed plan');
    expect(first.json()).toMatchObject({ status: 'scheduled', decision: { counts: true }, approvals: { counted: 1, required: 2 } });
    const again = await decide(m2, plan.id, 'approve');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toMatchObject({ status: 'scheduled', decision: { counts: false }, approvals: { counted: 1 } });

    const authorView = await workflow(author, plan.id);
    expect(authorView).toMatchObject({ canDecide: false, cannotDecideReason: 'U bent de auteur; uw goedkeuring telt niet mee.', approvals: { counted: 1, required: 2 } });
    expect(authorView.approvals.decisions.map((d: { counts: boolean }) => d.counts)).toEqual([false, true, false]);
    expect((await workflow(m3, plan.id)).canDecide).toBe(true);

    // The voorzitter is also maatwerker, so may decide.
    const last = await decide(voorzitter, plan.id, 'approve');
    expect(last.statusCode).toBe(201);
    const year = amsterdamYear(new Date());
    expect(last.json()).toMatchObject({ status: 'approved', approvals: { counted: 2, required: 2 } });
    const rows = await entries(plan.id);
    expect(rows).toEqual([expect.objectContaining({ kind: 'commit', amountCents: 6_300_000, year })]);
    const budgetResponse = await t.as(budget, 'GET', `/api/v1/budgets/${year}`);
    if (budgetResponse.statusCode === 200) expect(budgetResponse.json().committedCents).toBeGreaterThanOrEqual(6_300_000);

    const view = await workflow(m3, plan.id);
    expect(view).toMatchObject({ status: 'approved', canDecide: false, allowedTransitions: [{ to: 'in_progress' }, { to: 'withdrawn', needsReason: true }] });
    expect((await decide(m3, plan.id, 'approve')).statusCode).toBe(422);
  });

  it('refuses a consulent, a budgetbeheerder and beleid (403)', async () => {
    const plan = await scheduledPlan();
    expect((await decide(consulent, plan.id, 'approve')).statusCode).toBe(403);
    expect((await decide(budget, plan.id, 'approve')).statusCode).toBe(403);
    expect((await decide(beleid, plan.id, 'approve')).statusCode).toBe(403);
    expect((await move(beleid, plan.id, 'draft')).statusCode).toBe(403);
    expect((await t.as(beleid, 'GET', `/api/v1/plans/${plan.id}/workflow`)).statusCode).toBe(403);
    expect((await workflow(consulent, plan.id)).cannotDecideReason).toContain('maatwerker');
  });

  it('hides the plan from another municipality on all three endpoints (404)', async () => {
    const plan = await scheduledPlan();
    expect((await decide(other, plan.id, 'approve')).statusCode).toBe(404);
    expect((await move(other, plan.id, 'draft')).statusCode).toBe(404);
    expect((await t.as(other, 'GET', `/api/v1/plans/${plan.id}/workflow`)).statusCode).toBe(404);
  });

  it('decides only on a scheduled plan', async () => {
    const plan = await newPlan();
    const response = await decide(m2, plan.id, 'approve');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('decision');
  });

  it('needs a note to revise or reject; revise returns to draft and voids approvals, reject rejects', async () => {
    const plan = await scheduledPlan();
    await decide(m2, plan.id, 'approve');
    for (const decision of ['revise', 'reject']) {
      const response = await decide(m3, plan.id, decision, '  ');
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([{ path: 'note', message: expect.any(String) }]);
    }
    const revised = await decide(m3, plan.id, 'revise', 'Onderbouw de kosten beter');
    expect(revised.json().status).toBe('draft');
    const view = await workflow(author, plan.id);
    expect(view.approvals.decisions.find((d: { decision: string }) => d.decision === 'approve').voided).toBe(true);
    expect(view.history.at(-1)).toMatchObject({ from: 'scheduled', to: 'draft', reason: 'Onderbouw de kosten beter' });
    // Back on the table without changes: the voided approval does not count again.
    await move(author, plan.id, 'scheduled');
    expect((await decide(voorzitter, plan.id, 'approve')).json()).toMatchObject({ status: 'scheduled', approvals: { counted: 1 } });
    expect((await decide(m3, plan.id, 'reject', 'Past niet binnen het beleid')).json().status).toBe('rejected');
  });

  it('voids approvals of an older version when a scheduled plan is edited', async () => {
    const plan = await scheduledPlan();
    await decide(m2, plan.id, 'approve');
    const saved = await t.as(author, 'PUT', `/api/v1/plans/${plan.id}`, { ...plan, situation: 'Bijgewerkt', version: plan.version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'scheduled', version: plan.version + 1 });
    const view = await workflow(author, plan.id);
    expect(view.approvals).toMatchObject({ counted: 0, decisions: [{ voided: true, counts: false, planVersion: plan.version }] });
    // People see when a version was saved (and by whom), not its number: the approval names the state it approved.
    expect(view.approvals.decisions[0].planVersionSavedAt).toBe(plan.savedAt);
    expect(view.savedAt).toBe(saved.json().savedAt);
    expect(view.savedAt > (plan.savedAt as string)).toBe(true);
    expect(view.savedByName).toEqual(expect.any(String));
    expect(view.session).toBeNull();
    expect((await decide(m3, plan.id, 'approve')).json()).toMatchObject({ status: 'scheduled', approvals: { counted: 1 } });
    expect((await decide(voorzitter, plan.id, 'approve')).json().status).toBe('approved');
  });

  it('returns an edited approved plan to scheduled, voids its approvals and releases the commitment', async () => {
    const plan = await approvedPlan();
    const current = (await t.as(author, 'GET', `/api/v1/plans/${plan.id}`)).json();
    const saved = await t.as(author, 'PUT', `/api/v1/plans/${plan.id}`, { ...current, situation: 'Na goedkeuring gewijzigd' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().status).toBe('scheduled');
    const view = await workflow(author, plan.id);
    expect(view.approvals.counted).toBe(0);
    expect(view.approvals.decisions.every((d: { voided: boolean }) => d.voided)).toBe(true);
    expect(view.history.at(-1)).toMatchObject({ from: 'approved', to: 'scheduled' });
    const rows = await entries(plan.id);
    expect(rows.map((r) => [r.kind, r.amountCents])).toEqual(expect.arrayContaining([['commit', 6_300_000], ['release', 6_300_000]]));
    const voided = await db.select().from(planDecisions).where(and(eq(planDecisions.tenantId, 'demo'), eq(planDecisions.planId, plan.id)));
    expect(voided.every((d) => d.voidedAt !== null)).toBe(true);
    // Approving again commits again.
    await decide(m2, plan.id, 'approve');
    expect((await decide(m3, plan.id, 'approve')).json().status).toBe('approved');
    expect((await entries(plan.id)).filter((r) => r.kind === 'commit')).toHaveLength(2);
  });

  it('keeps plans in execution read-only and releases on close', async () => {
    const plan = await approvedPlan();
    expect((await move(author, plan.id, 'in_progress')).json().status).toBe('in_progress');
    const current = (await t.as(author, 'GET', `/api/v1/plans/${plan.id}`)).json();
    const edit = await t.as(author, 'PUT', `/api/v1/plans/${plan.id}`, { ...current, situation: 'x' });
    expect(edit.statusCode).toBe(422);
    expect(edit.json().errors[0]).toMatchObject({ path: 'status', message: expect.stringContaining('niet meer worden gewijzigd') });
    expect((await move(budget, plan.id, 'closed')).json().status).toBe('closed');
    expect((await entries(plan.id)).map((r) => r.kind).sort()).toEqual(['commit', 'release']);
  });

  it('approves but warns when the commitment exceeds the year’s budget', async () => {
    const plan = await scheduledPlan({
      scenarios: {
        threatened: { lines: [{ description: 'x', fundingStream: 'wmo', unitPriceCents: 1, quantity: 1, frequency: 'once' }] },
        plan: { lines: [{ description: 'Groot', fundingStream: 'maatwerkbudget', unitPriceCents: 90_000_000_000, quantity: 1, frequency: 'once' }] },
      },
    });
    await decide(m2, plan.id, 'approve');
    const last = await decide(m3, plan.id, 'approve');
    expect(last.json()).toMatchObject({ status: 'approved', budgetWarning: expect.stringMatching(/maatwerkbudget/) });
  });

  it('lets two simultaneous last approvals commit only once', async () => {
    const plan = await scheduledPlan();
    await decide(m2, plan.id, 'approve');
    const [a, b] = await Promise.all([decide(m3, plan.id, 'approve'), decide(voorzitter, plan.id, 'approve')]);
    const statuses = [a.statusCode, b.statusCode].sort();
    expect(statuses).toEqual([201, 422]);
    expect((await entries(plan.id)).filter((r) => r.kind === 'commit')).toHaveLength(1);
  });

  it('needs an extra approval when the approvers’ mandates are too low', async () => {
    await db.insert(budgetMandates).values([
      { tenantId: 'demo', userId: m2.user.id, limitCents: 100_000 },
      { tenantId: 'demo', userId: m3.user.id, limitCents: 100_000 },
    ]);
    try {
      const plan = await scheduledPlan();
      await decide(m2, plan.id, 'approve');
      const second = await decide(m3, plan.id, 'approve');
      expect(second.json()).toMatchObject({ status: 'scheduled', approvals: { counted: 2, required: 3, mandateShortfall: expect.stringContaining('mandaat') } });
      expect((await decide(voorzitter, plan.id, 'approve')).json().status).toBe('approved');
    } finally {
      await db.delete(budgetMandates).where(eq(budgetMandates.tenantId, 'demo'));
    }
  });

  it('simple preset: one approval by the budgetbeheerder', async () => {
    await putSettings({ ...MAASTRICHT, preset: 'simple', approvalThreshold: 1, tableRoles: ['consulent', 'maatwerker'], decideRoles: ['budgetbeheerder'] });
    try {
      const plan = await scheduledPlan();
      expect((await decide(m2, plan.id, 'approve')).statusCode).toBe(403);
      const response = await decide(budget, plan.id, 'approve');
      expect(response.json()).toMatchObject({ status: 'approved', approvals: { counted: 1, required: 1 } });
    } finally {
      await putSettings(MAASTRICHT);
    }
  });
});
