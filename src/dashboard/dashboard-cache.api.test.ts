import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { budgetEntries } from '../budget/budget.schema.js';
import { planMeasurements } from '../followup/followup.schema.js';
import type { PlanDocumentInput } from '../plans/domain/plan-document.js';
import { plans } from '../plans/plans.schema.js';
import { createTestApp, type Session } from '../test/app.js';
import { dashboardDataVersion } from './dashboard-cache.js';
import { loadDashboard } from './dashboard.service.js';
import { DEFAULT_DASHBOARD_STATUSES } from './domain/dashboard.js';
import { addTenant } from './test/fixtures.js';

const t = await createTestApp({ now: () => new Date('2026-06-15T10:00:00Z') });
const DEFAULT = { statuses: DEFAULT_DASHBOARD_STATUSES };
let a: Awaited<ReturnType<typeof addTenant>>;
let b: Awaited<ReturnType<typeof addTenant>>;
const once = (fundingStream: string, unitPriceCents: number) => ({ description: '', fundingStream, unitPriceCents, quantity: 1, frequency: 'once' });

/** An approved plan (approved 1 March 2025) whose plan scenario costs `planCents`. */
async function approvedPlan(author: Session, tenantId: string, caseNumber: string, planCents: number) {
  const document = { caseNumber, clientNumber: `CL-${caseNumber}`, lifeSatisfaction: 5, scenarios: { plan: { lines: [once('wmo', planCents)] } } } as unknown as PlanDocumentInput;
  const created = await t.as(author, 'POST', '/api/v1/plans', document);
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  await t.ctx.db.update(plans).set({ status: 'approved', approvedAt: new Date('2025-03-01T10:00:00Z') }).where(and(eq(plans.tenantId, tenantId), eq(plans.id, id)));
  return id;
}

async function figures(session: Session, query = '') {
  const response = await t.as(session, 'GET', `/api/v1/dashboard${query}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

let planA: string;

beforeAll(async () => {
  [a, b] = [await addTenant(t, 'cachea'), await addTenant(t, 'cacheb')];
  planA = await approvedPlan(a.maatwerker, 'cachea', 'CACHE-A1', 100_000);
  await approvedPlan(b.maatwerker, 'cacheb', 'CACHE-B1', 7_000);
});

describe('the dashboard cache', () => {
  it('answers a repeated request from the cache and computes again after a write', async () => {
    const first = await loadDashboard(t.ctx.db, 'cachea', DEFAULT);
    expect(await loadDashboard(t.ctx.db, 'cachea', DEFAULT)).toBe(first);
    const version = await dashboardDataVersion(t.ctx.db, 'cachea');
    await t.ctx.db.update(plans).set({ status: 'in_progress' }).where(and(eq(plans.tenantId, 'cachea'), eq(plans.id, planA)));
    expect(await dashboardDataVersion(t.ctx.db, 'cachea')).toBe(version + 1);
    const after = await loadDashboard(t.ctx.db, 'cachea', DEFAULT);
    expect(after).not.toBe(first);
    expect(after.plans.byStatus).toMatchObject({ approved: 0, in_progress: 1 });
  });

  it('bumps the version once per transaction, however many rows it writes, and not for a rolled-back one', async () => {
    const version = await dashboardDataVersion(t.ctx.db, 'cachea');
    await t.ctx.db.transaction(async (tx) => {
      await tx.update(plans).set({ status: 'approved' }).where(and(eq(plans.tenantId, 'cachea'), eq(plans.id, planA)));
      await tx.update(plans).set({ status: 'approved' }).where(and(eq(plans.tenantId, 'cachea'), eq(plans.id, planA)));
    });
    expect(await dashboardDataVersion(t.ctx.db, 'cachea')).toBe(version + 1);
    await expect(
      t.ctx.db.transaction(async (tx) => {
        await tx.update(plans).set({ status: 'closed' }).where(and(eq(plans.tenantId, 'cachea'), eq(plans.id, planA)));
        throw new Error('terugdraaien');
      }),
    ).rejects.toThrow('terugdraaien');
    expect(await dashboardDataVersion(t.ctx.db, 'cachea')).toBe(version + 1);
  });

  it('shows every kind of write through the API at once: a save, a measurement, a budget, a payment, a delete', async () => {
    const before = await figures(a.beleid);
    expect(before.planCents).toBe(100_000);

    // A plan save changes the derived KBA.
    const plan = (await t.as(a.maatwerker, 'GET', `/api/v1/plans/${planA}`)).json();
    const saved = await t.as(a.maatwerker, 'PUT', `/api/v1/plans/${planA}`, { ...plan, scenarios: { plan: { lines: [once('wmo', 150_000)] } } });
    expect(saved.statusCode, saved.body).toBe(200);
    // Changing an approved plan sends it back to the table (workflow): the status moves too.
    expect(saved.json().status).toBe('scheduled');
    expect((await figures(a.beleid)).plans.count).toBe(0);
    expect((await figures(a.beleid, '?status=scheduled')).planCents).toBe(150_000);
    await t.ctx.db.update(plans).set({ status: 'approved', approvedAt: new Date('2025-03-01T10:00:00Z') }).where(and(eq(plans.tenantId, 'cachea'), eq(plans.id, planA)));
    expect((await figures(a.beleid)).planCents).toBe(150_000);

    // A measurement on time changes the satisfaction figures.
    const measured = await t.as(a.maatwerker, 'POST', `/api/v1/plans/${planA}/measurements`, { moment: '6m', lifeSatisfaction: 9, measuredOn: '2025-09-15' });
    expect(measured.statusCode, measured.body).toBe(201);
    expect((await figures(a.beleid)).satisfaction.after6mAverage).toBe(9);

    // The budget of the year and a payment on it.
    const budget = await t.as(a.beheer, 'PUT', '/api/v1/budgets/2026', { note: '', sources: [{ code: 'WMO', name: 'Wmo', amountCents: 500_000 }] });
    expect(budget.statusCode, budget.body).toBe(200);
    expect((await figures(a.beleid)).budget.budgetCents).toBe(500_000);
    await t.ctx.db.insert(budgetEntries).values({ tenantId: 'cachea', id: 'cache-pay', year: 2026, planId: planA, kind: 'payment', amountCents: 12_345, date: '2026-06-01' });
    expect((await figures(a.beleid)).budget.paidCents).toBe(12_345);

    // Deleting rows (a measurement) counts too.
    await t.ctx.db.delete(planMeasurements).where(and(eq(planMeasurements.tenantId, 'cachea'), eq(planMeasurements.planId, planA)));
    expect((await figures(a.beleid)).satisfaction.after6mAverage).toBeNull();

    // A draft the maatwerker deletes (soft delete) leaves the draft filter.
    const draft = await t.as(a.maatwerker, 'POST', '/api/v1/plans', { caseNumber: 'CACHE-A2', clientNumber: 'CL-CACHE-A2' });
    expect(draft.statusCode, draft.body).toBe(201);
    expect((await figures(a.beleid, '?status=draft')).plans.count).toBe(1);
    expect((await t.as(a.maatwerker, 'DELETE', `/api/v1/plans/${draft.json().id}`)).statusCode).toBeLessThan(300);
    expect((await figures(a.beleid, '?status=draft')).plans.count).toBe(0);
  });

  it('counts records imported from the own registration once their import job is done', async () => {
    const version = await dashboardDataVersion(t.ctx.db, 'cachea');
    await t.ctx.db.execute(sql`INSERT INTO import_jobs (tenant_id, id, status, file_name, content_type, total_bytes) VALUES ('cachea', 'job-1', 'running', 'x.zip', 'application/zip', 1)`);
    await t.ctx.db.execute(sql`UPDATE import_jobs SET bytes = 1 WHERE tenant_id = 'cachea' AND id = 'job-1'`);
    expect(await dashboardDataVersion(t.ctx.db, 'cachea')).toBe(version);
    await t.ctx.db.execute(sql`UPDATE import_jobs SET status = 'done' WHERE tenant_id = 'cachea' AND id = 'job-1'`);
    expect(await dashboardDataVersion(t.ctx.db, 'cachea')).toBe(version + 1);
  });

  it('keeps each municipality and each filter apart, also with the same data version', async () => {
    // Bring both tenants to the same version number: the key must still tell them apart.
    const [va, vb] = [await dashboardDataVersion(t.ctx.db, 'cachea'), await dashboardDataVersion(t.ctx.db, 'cacheb')];
    for (let i = vb; i < va; i++) await t.ctx.db.update(plans).set({ updatedAt: new Date() }).where(eq(plans.tenantId, 'cacheb'));
    for (let i = va; i < vb; i++) await t.ctx.db.update(plans).set({ updatedAt: new Date() }).where(eq(plans.tenantId, 'cachea'));
    expect(await dashboardDataVersion(t.ctx.db, 'cachea')).toBe(await dashboardDataVersion(t.ctx.db, 'cacheb'));

    const mine = await figures(a.beleid);
    const theirs = await figures(b.beleid);
    expect(mine.planCents).toBe(150_000);
    expect(theirs.planCents).toBe(7_000);
    expect(theirs.budget.paidCents).toBe(0);
    expect((await figures(a.beleid)).planCents).toBe(150_000);
    // Another filter over the same data is its own entry.
    expect((await figures(a.beleid, '?status=closed')).plans.count).toBe(0);
    expect((await figures(a.beleid, '?to=2024-12-31')).plans.count).toBe(0);
    expect((await figures(a.beleid)).plans.count).toBe(1);
  });

  it('leaves the other municipality\'s cached figures alone on a write', async () => {
    const theirs = await loadDashboard(t.ctx.db, 'cacheb', DEFAULT);
    const versionB = await dashboardDataVersion(t.ctx.db, 'cacheb');
    await t.ctx.db.update(plans).set({ status: 'monitoring' }).where(and(eq(plans.tenantId, 'cachea'), eq(plans.id, planA)));
    expect(await dashboardDataVersion(t.ctx.db, 'cacheb')).toBe(versionB);
    expect(await loadDashboard(t.ctx.db, 'cacheb', DEFAULT)).toBe(theirs);
  });
});
