import { and, asc, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { plans } from '../plans/plans.schema.js';
import { amsterdamYear } from '../shared/dates.js';
import { createTestApp, type Session } from '../test/app.js';
import { planDecisions, planTransitions } from '../workflow/workflow.schema.js';

// The test database is the seeded demo (src/test/template.ts), as a new installation starts.
const t = await createTestApp();
let consulent: Session;
let maatwerker: Session;
let maatwerker2: Session;
let maatwerker3: Session;
let budget: Session;
let demo2: Session;
const ids = new Map<string, string>();

beforeAll(async () => {
  [consulent, maatwerker, maatwerker2, maatwerker3, budget, demo2] = (await Promise.all(
    ['consulent', 'maatwerker', 'maatwerker2', 'maatwerker3', 'budget'].map((name) => t.login(`${name}@demodam.example`)).concat(t.login('maatwerker@proefwijk.example')),
  )) as [Session, Session, Session, Session, Session, Session];
  for (const row of await t.database.db.select({ id: plans.id, caseNumber: plans.caseNumber, tenantId: plans.tenantId }).from(plans)) ids.set(`${row.tenantId}/${row.caseNumber}`, row.id);
});

const actions = async (session: Session) => (await t.as(session, 'GET', '/api/v1/me/actions')).json();

describe('the demo seed', () => {
  it('runs the plans through the workflow: presets, statuses and a history of transitions and decisions', async () => {
    expect((await t.as(await t.login('beheer@demodam.example'), 'GET', '/api/v1/workflow/settings')).json()).toMatchObject({ preset: 'maastricht', approvalThreshold: 2 });
    const list = (await t.as(consulent, 'GET', '/api/v1/plans?limit=50')).json().items as { caseNumber: string; status: string }[];
    const status = Object.fromEntries(list.map((p) => [p.caseNumber, p.status]));
    expect(status).toMatchObject({ '2026-001': 'in_progress', '2026-002': 'approved', '2026-003': 'monitoring', '2026-004': 'approved', '2026-008': 'scheduled', '2026-006': 'sparring' });
    expect((await t.as(demo2, 'GET', '/api/v1/plans?limit=50')).json().items.find((p: { caseNumber: string }) => p.caseNumber === '2026-021').status).toBe('scheduled');

    const caseOne = ids.get('demo/2026-001')!;
    const steps = await t.database.db
      .select({ from: planTransitions.fromStatus, to: planTransitions.toStatus })
      .from(planTransitions)
      .where(and(eq(planTransitions.tenantId, 'demo'), eq(planTransitions.planId, caseOne)))
      .orderBy(asc(planTransitions.at));
    expect(steps.map((s) => `${s.from}>${s.to}`)).toEqual(['draft>sparring', 'sparring>scheduled', 'scheduled>approved', 'approved>in_progress']);
    const decisions = await t.database.db.select().from(planDecisions).where(and(eq(planDecisions.tenantId, 'demo'), eq(planDecisions.planId, caseOne)));
    expect(decisions.map((d) => [d.userId, d.counts, d.planVersion]).sort()).toEqual([[maatwerker2.user.id, true, 1], [maatwerker3.user.id, true, 1]].sort());
    const [row] = await t.database.db.select().from(plans).where(and(eq(plans.tenantId, 'demo'), eq(plans.id, caseOne)));
    expect(row!.approvedAt!.getTime()).toBeLessThan(Date.now() - 190 * 24 * 3_600_000);
  });

  it("commits the approved plans' maatwerkbudget and books the payments on this year's budget", async () => {
    const year = amsterdamYear(new Date());
    const response = (await t.as(budget, 'GET', `/api/v1/budgets/${year}`)).json();
    expect(response.budgetCents).toBe(17_500_000);
    // Case 1 (€ 30.000), case 3 (€ 32.500) and case 4 (€ 6.630) committed; € 6.200 of it paid.
    expect(response.committedCents + response.paidCents).toBe(3_000_000 + 3_250_000 + 663_000);
    expect(response.paidCents).toBe(250_000 + 250_000 + 500_000 + 120_000);
    expect(response.availableCents).toBe(17_500_000 - 6_913_000);
  });

  it('gives the demo users something to do in Mijn acties', async () => {
    for (const session of [maatwerker2, maatwerker3]) {
      expect((await actions(session)).decisions, session.user.email).toEqual([expect.objectContaining({ planId: ids.get('demo/2026-008'), caseNumber: '2026-008' })]);
    }
    // Not for its author, nor for the voorzitter who approved it already.
    expect((await actions(maatwerker)).decisions).toEqual([]);
    expect((await actions(await t.login('voorzitter@demodam.example'))).decisions).toEqual([]);
    const mine = await actions(consulent);
    expect(mine.measurements).toContainEqual(expect.objectContaining({ planId: ids.get('demo/2026-001'), moment: '6m', overdue: true }));
    expect(mine.measurements).toContainEqual(expect.objectContaining({ planId: ids.get('demo/2026-004'), moment: 'after', overdue: false }));
    expect(mine.questions).toEqual([expect.objectContaining({ planId: ids.get('demo/2026-008'), caseNumber: '2026-008', overdue: false })]);
    const measured = (await t.as(maatwerker3, 'GET', `/api/v1/plans/${ids.get('demo/2026-003')}/measurements`)).json();
    expect(measured.schedule.map((s: { done: boolean }) => s.done)).toEqual([true, true, false]);
    expect((await actions(demo2)).decisions).toEqual([]);
  });
});
