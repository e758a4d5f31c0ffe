import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { createTestApp, type Session } from '../test/app.js';
import { seedDemoBudget } from './budget.seed.js';
import { createApprovedPlan } from './test/approved-plan.js';

// 1 July 2031, noon in Amsterdam: day 182 of 365 (a year the demo data does not touch).
const NOW = new Date('2031-07-01T10:00:00Z');
const t = await createTestApp({ now: () => NOW });
let consulent: Session;
let maatwerker: Session;
let budget: Session;
let beleid: Session;
let beheer: Session;
let other: Session;
let tenantId: string;

beforeAll(async () => {
  [consulent, maatwerker, budget, beleid, beheer, other] = await Promise.all([
    t.login('consulent@demodam.example'),
    t.login('maatwerker@demodam.example'),
    t.login('budget@demodam.example'),
    t.login('beleid@demodam.example'),
    t.login('beheer@demodam.example'),
    t.login('maatwerker@proefwijk.example'),
  ]);
  tenantId = budget.user.tenant.id;
});

const pay = (planId: string, amountCents: number, extra: Record<string, unknown> = {}, as = budget) =>
  t.as(as, 'POST', `/api/v1/plans/${planId}/payments`, { amountCents, date: '2026-06-30', description: 'Factuur huur', vat: false, ...extra });

describe('GET /api/v1/budgets/:year', () => {
  it('is 200 with zeros for a year without a budget, in exactly the contract shape', async () => {
    const response = await t.as(budget, 'GET', '/api/v1/budgets/2019');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      year: 2019,
      budgetCents: 0,
      sources: [],
      committedCents: 0,
      paidCents: 0,
      availableCents: 0,
      projectedYearEndCents: 0,
      note: '',
      usedPercent: null,
      warnings: [],
      plans: [],
    });
  });

  it('adds up to the cent with known numbers, and projects the current year at the current pace', async () => {
    await seedDemoBudget(t.database.db, tenantId, 2031);
    const a = await createApprovedPlan(t, consulent, { amountCents: 6_300_000, year: 2031, caseNumber: 'B-A' });
    const b = await createApprovedPlan(t, consulent, { amountCents: 1_000_000, year: 2031, caseNumber: 'B-B' });
    expect((await pay(a, 2_000_000)).statusCode).toBe(201);
    expect((await pay(b, 1_200_000, { exceedCommitment: true, reason: 'Hogere huur dan begroot' })).statusCode).toBe(201);
    const response = await t.as(budget, 'GET', '/api/v1/budgets/2031');
    expect(response.statusCode).toBe(200);
    const year = response.json();
    // committed = open commitments: 63.000 − 20.000 = 43.000, and 10.000 − 12.000 → 0.
    expect(year).toMatchObject({
      year: 2031,
      budgetCents: 17_500_000,
      committedCents: 4_300_000,
      paidCents: 3_200_000,
      availableCents: 10_000_000,
      // 75.000,00 × 365 / 182 = 150.412,087… → 150.412,09
      projectedYearEndCents: 15_041_209,
      note: 'Collegebesluit maart 2021: één ontschot maatwerkbudget',
      usedPercent: 42,
      warnings: [],
    });
    expect(year.sources).toEqual([
      { code: '520615', name: 'PW BUIG', amountCents: 5_000_000 },
      { code: '5513119', name: 'Armoede maatwerkbudget', amountCents: 2_500_000 },
      { code: '570671212', name: 'WMO Begeleiding Indiv. ZIN', amountCents: 5_000_000 },
      { code: '570672213', name: 'Jeugd Begeleiding Indiv. ZIN', amountCents: 5_000_000 },
    ]);
    expect(year.plans).toEqual([
      { planId: a, caseNumber: 'B-A', status: 'approved', committedNetCents: 6_300_000, paidCents: 2_000_000, openCommitmentCents: 4_300_000 },
      { planId: b, caseNumber: 'B-B', status: 'approved', committedNetCents: 1_000_000, paidCents: 1_200_000, openCommitmentCents: 0 },
    ]);
    expect(JSON.stringify(year)).not.toContain('moeder');
    expect(year.availableCents + year.committedCents + year.paidCents).toBe(year.budgetCents);
  });

  it('lets beleid read the totals but no plan rows; consulent may not read the budget', async () => {
    const response = await t.as(beleid, 'GET', '/api/v1/budgets/2031');
    expect(response.statusCode).toBe(200);
    expect(response.json().budgetCents).toBe(17_500_000);
    expect(response.json().committedCents).toBe(4_300_000);
    expect(response.json()).not.toHaveProperty('plans');
    expect((await t.as(consulent, 'GET', '/api/v1/budgets/2031')).statusCode).toBe(403);
    expect((await t.as(null, 'GET', '/api/v1/budgets/2031')).statusCode).toBe(401);
  });

  it("shows another tenant only its own (empty) budget", async () => {
    const response = await t.as(other, 'GET', '/api/v1/budgets/2031');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ budgetCents: 0, committedCents: 0, paidCents: 0, plans: [] });
  });

  it('refuses a year that is not a year', async () => {
    expect((await t.as(budget, 'GET', '/api/v1/budgets/twintig')).statusCode).toBe(422);
  });
});

describe('PUT /api/v1/budgets/:year', () => {
  it('replaces note and sources as a whole, audited', async () => {
    const body = { note: 'Collegebesluit 2027', sources: [{ code: 'A', name: 'Bron A', amountCents: 100_00 }, { code: 'B', name: 'Bron B', amountCents: 50 }] };
    const response = await t.as(budget, 'PUT', '/api/v1/budgets/2027', body);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ year: 2027, budgetCents: 100_50, availableCents: 100_50, note: 'Collegebesluit 2027' });
    const again = await t.as(beheer, 'PUT', '/api/v1/budgets/2027', { note: '', sources: [{ code: 'C', name: 'Bron C', amountCents: 1 }] });
    expect(again.json().sources).toEqual([{ code: 'C', name: 'Bron C', amountCents: 1 }]);
    const audit = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, 'budget.update')));
    expect(audit.map((a) => a.detail)).toContainEqual({ year: 2027, sources: 2, budgetCents: 100_50 });
  });

  it('refuses duplicate codes, negative amounts and a BSN, with the path', async () => {
    const dup = await t.as(budget, 'PUT', '/api/v1/budgets/2027', { note: '', sources: [{ code: 'A', name: 'x', amountCents: 1 }, { code: 'A', name: 'y', amountCents: 1 }] });
    expect(dup.statusCode).toBe(422);
    expect(dup.json().errors).toEqual([{ path: 'sources.1.code', message: expect.any(String) }]);
    const negative = await t.as(budget, 'PUT', '/api/v1/budgets/2027', { note: '', sources: [{ code: 'A', name: 'x', amountCents: -1 }] });
    expect(negative.json().errors.map((e: { path: string }) => e.path)).toEqual(['sources.0.amountCents']);
    // Test fixture: 111222333 passes the 11-proef (a well-known test number), so the guard must refuse it.
    const bsn = await t.as(budget, 'PUT', '/api/v1/budgets/2027', { note: 'bsn 111222333', sources: [] });
    expect(bsn.json().errors.map((e: { path: string }) => e.path)).toEqual(['note']);
    const unknown = await t.as(budget, 'PUT', '/api/v1/budgets/2027', { note: '', sources: [], extra: 1 });
    expect(unknown.statusCode).toBe(422);
  });

  it('is for budgetbeheerder and beheerder only', async () => {
    for (const session of [maatwerker, beleid, consulent]) {
      expect((await t.as(session, 'PUT', '/api/v1/budgets/2027', { note: '', sources: [] })).statusCode).toBe(403);
    }
  });
});

describe('payments', () => {
  it('converts commitment into payment and returns the new balance; the plan shows its ledger', async () => {
    const planId = await createApprovedPlan(t, consulent, { amountCents: 500_000, year: 2031 });
    const response = await pay(planId, 120_000, { vat: true, invoiceReference: 'F-2026-17' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({
      payment: {
        id: expect.any(String),
        kind: 'payment',
        amountCents: 120_000,
        date: '2026-06-30',
        description: 'Factuur huur',
        vat: true,
        invoiceReference: 'F-2026-17',
        exceedReason: null,
        userName: expect.any(String),
        createdAt: expect.any(String),
      },
      balance: { committedNetCents: 500_000, paidCents: 120_000, openCommitmentCents: 380_000 },
    });
    const ledger = await t.as(maatwerker, 'GET', `/api/v1/plans/${planId}/payments`);
    expect(ledger.statusCode).toBe(200);
    expect(ledger.json().year).toBe(2031);
    expect(ledger.json().balance).toEqual({ committedNetCents: 500_000, paidCents: 120_000, openCommitmentCents: 380_000 });
    expect(ledger.json().entries.map((e: { kind: string; amountCents: number }) => [e.kind, e.amountCents])).toEqual([
      ['commit', 500_000],
      ['payment', 120_000],
    ]);
    const [audit] = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, tenantId), eq(auditEvents.action, 'budget.payment'), eq(auditEvents.entityId, planId)));
    expect(audit!.detail).toMatchObject({ amountCents: 120_000, year: 2031 });
    expect(JSON.stringify(audit!.detail)).not.toContain('Factuur');
  });

  it('refuses more than the open commitment unless exceeded with a reason', async () => {
    const planId = await createApprovedPlan(t, consulent, { amountCents: 100_000, year: 2031 });
    const refused = await pay(planId, 100_001);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([{ path: 'amountCents', message: expect.stringContaining('€ 1.000,00') }]);
    expect((await pay(planId, 100_001, { exceedCommitment: true })).json().errors.map((e: { path: string }) => e.path)).toEqual(['reason']);
    const accepted = await pay(planId, 100_001, { exceedCommitment: true, reason: 'Borg hoger dan geraamd' });
    expect(accepted.statusCode).toBe(201);
    expect(accepted.json().payment.exceedReason).toBe('Borg hoger dan geraamd');
    expect(accepted.json().balance).toEqual({ committedNetCents: 100_000, paidCents: 100_001, openCommitmentCents: 0 });
  });

  it('refuses an excess when the maatwerkbudget is exhausted', async () => {
    await t.as(budget, 'PUT', '/api/v1/budgets/2028', { note: '', sources: [{ code: 'X', name: 'Klein', amountCents: 100_000 }] });
    const planId = await createApprovedPlan(t, consulent, { amountCents: 90_000, year: 2028 });
    const tooMuch = await pay(planId, 100_001, { exceedCommitment: true, reason: 'Nodig' });
    expect(tooMuch.statusCode).toBe(422);
    expect(tooMuch.json().errors[0].message).toContain('uitgeput');
    expect((await pay(planId, 100_000, { exceedCommitment: true, reason: 'Nodig' })).statusCode).toBe(201);
    const year = (await t.as(budget, 'GET', '/api/v1/budgets/2028')).json();
    expect(year).toMatchObject({ budgetCents: 100_000, committedCents: 0, paidCents: 100_000, availableCents: 0, projectedYearEndCents: 100_000 });
    expect(year.warnings.map((w: { code: string }) => w.code)).toEqual(['used100']);
  });

  it('never overspends under concurrent payments: 10 × 30 % at once, exactly 3 succeed', async () => {
    const planId = await createApprovedPlan(t, consulent, { amountCents: 1_000_000, year: 2031 });
    const responses = await Promise.all(Array.from({ length: 10 }, () => pay(planId, 300_000)));
    const codes = responses.map((r) => r.statusCode).sort();
    expect(codes).toEqual([201, 201, 201, 422, 422, 422, 422, 422, 422, 422]);
    const ledger = (await t.as(budget, 'GET', `/api/v1/plans/${planId}/payments`)).json();
    expect(ledger.balance).toEqual({ committedNetCents: 1_000_000, paidCents: 900_000, openCommitmentCents: 100_000 });
  });

  it('refuses a BSN in the description, with the path', async () => {
    const planId = await createApprovedPlan(t, consulent, { amountCents: 100_000, year: 2031 });
    // Test fixture: 111222333 passes the 11-proef, so the guard must refuse it.
    const response = await pay(planId, 1_000, { description: 'Voor bsn 111222333' });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ path: 'description', message: expect.stringContaining('burgerservicenummer') }]);
  });

  it('refuses payments on a plan that is not approved, and bad input with Dutch messages', async () => {
    const draft = (await t.as(consulent, 'POST', '/api/v1/plans', { caseNumber: 'B-DRAFT', clientNumber: 'C-9' })).json().id;
    expect((await pay(draft, 1_000)).json().errors.map((e: { path: string }) => e.path)).toEqual(['status']);
    const closed = await createApprovedPlan(t, consulent, { amountCents: 100_000, year: 2031, status: 'closed' });
    expect((await pay(closed, 1_000)).json().errors.map((e: { path: string }) => e.path)).toEqual(['status']);
    const bad = await t.as(budget, 'POST', `/api/v1/plans/${closed}/payments`, { amountCents: 0, date: '2026-02-30', description: '', vat: 'ja' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['amountCents', 'date', 'description', 'vat']);
  });

  it('is for the budgetbeheerder only; another tenant gets 404', async () => {
    const planId = await createApprovedPlan(t, consulent, { amountCents: 100_000, year: 2031 });
    for (const session of [consulent, maatwerker, beheer, beleid]) expect((await pay(planId, 1_000, {}, session)).statusCode).toBe(403);
    expect((await pay(planId, 1_000, {}, other)).statusCode).toBe(404);
    expect((await t.as(other, 'GET', `/api/v1/plans/${planId}/payments`)).statusCode).toBe(404);
    expect((await t.as(beleid, 'GET', `/api/v1/plans/${planId}/payments`)).statusCode).toBe(403);
  });
});

describe('mandates', () => {
  it('lists maatwerkers and sets or clears one limit', async () => {
    const list = await t.as(maatwerker, 'GET', '/api/v1/budget/mandates');
    expect(list.statusCode).toBe(200);
    const ids = list.json().items.map((i: { userId: string }) => i.userId);
    expect(ids).toContain(maatwerker.user.id);
    expect(ids).not.toContain(budget.user.id);
    expect(list.json().items.every((i: { limitCents: number | null }) => i.limitCents === null)).toBe(true);
    const set = await t.as(budget, 'PUT', '/api/v1/budget/mandates', { userId: maatwerker.user.id, limitCents: 2_500_000 });
    expect(set.statusCode).toBe(200);
    expect(set.json().items.find((i: { userId: string }) => i.userId === maatwerker.user.id).limitCents).toBe(2_500_000);
    const cleared = await t.as(budget, 'PUT', '/api/v1/budget/mandates', { userId: maatwerker.user.id, limitCents: null });
    expect(cleared.json().items.find((i: { userId: string }) => i.userId === maatwerker.user.id).limitCents).toBeNull();
  });

  it('refuses a non-maatwerker, other roles and other tenants', async () => {
    expect((await t.as(budget, 'PUT', '/api/v1/budget/mandates', { userId: budget.user.id, limitCents: 1 })).json().errors[0].path).toBe('userId');
    expect((await t.as(budget, 'PUT', '/api/v1/budget/mandates', { userId: other.user.id, limitCents: 1 })).statusCode).toBe(422);
    expect((await t.as(maatwerker, 'PUT', '/api/v1/budget/mandates', { userId: maatwerker.user.id, limitCents: 1 })).statusCode).toBe(403);
    expect((await t.as(consulent, 'GET', '/api/v1/budget/mandates')).statusCode).toBe(403);
    const otherList = (await t.as(other, 'GET', '/api/v1/budget/mandates')).json().items.map((i: { userId: string }) => i.userId);
    expect(otherList).not.toContain(maatwerker.user.id);
  });
});
