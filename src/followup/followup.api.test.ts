import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { budgetEntries } from '../budget/budget.schema.js';
import { plans } from '../plans/plans.schema.js';
import { buildPlanDocument } from '../plans/test/factories.js';
import { amsterdamDate, amsterdamYear } from '../shared/dates.js';
import { planQuestions } from '../tables/tables.schema.js';
import { createTestApp, type Session } from '../test/app.js';
import { planDecisions } from '../workflow/workflow.schema.js';
import { addDays, addMonths } from './domain/schedule.js';

const t = await createTestApp();
const db = t.ctx.db;
// Test fixture: 111222333 passes the 11-proef (a well-known test number), so the guard must refuse it.
const BSN = '111222333';
const today = amsterdamDate(new Date());
let consulent: Session;
let maatwerker: Session;
let maatwerker2: Session;
let budget: Session;
let beleid: Session;
let other: Session;

/** A plan by `author`, put straight into `status` (the workflow has its own tests), approved `monthsAgo` months back. */
async function planIn(author: Session, status: string, monthsAgo?: number) {
  const created = await t.as(author, 'POST', '/api/v1/plans', buildPlanDocument({ lifeSatisfaction: 4 }));
  expect(created.statusCode).toBe(201);
  const id = created.json().id as string;
  const approvedAt = monthsAgo === undefined ? null : new Date(`${addMonths(today, -monthsAgo)}T12:00:00Z`);
  await db.update(plans).set({ status, approvedAt }).where(and(eq(plans.tenantId, 'demo'), eq(plans.id, id)));
  return id;
}

const measure = (session: Session, planId: string, body: Record<string, unknown>) => t.as(session, 'POST', `/api/v1/plans/${planId}/measurements`, body);
const actions = async (session: Session) => {
  const response = await t.as(session, 'GET', '/api/v1/me/actions');
  expect(response.statusCode).toBe(200);
  return response.json();
};

beforeAll(async () => {
  [consulent, maatwerker, maatwerker2, budget, beleid, other] = (await Promise.all(
    ['consulent@demodam.example', 'maatwerker@demodam.example', 'maatwerker2@demodam.example', 'budget@demodam.example', 'beleid@demodam.example', 'maatwerker@proefwijk.example'].map((email) =>
      t.login(email),
    ),
  )) as [Session, Session, Session, Session, Session, Session];
});

describe('POST /api/v1/plans/:id/measurements', () => {
  it('records a measurement on an approved plan, dated today unless given', async () => {
    const planId = await planIn(consulent, 'approved', 2);
    const response = await measure(consulent, planId, { moment: 'after', lifeSatisfaction: 6, note: 'Rust in huis.' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ planId, moment: 'after', label: 'Direct na het maatwerk', lifeSatisfaction: 6, note: 'Rust in huis.', measuredOn: today, userId: consulent.user.id });
    const dated = await measure(maatwerker, planId, { moment: 'after', lifeSatisfaction: 7, measuredOn: addDays(today, -3) });
    expect(dated.statusCode).toBe(422);
    const other = await planIn(consulent, 'approved', 7);
    const late = await measure(maatwerker, other, { moment: '6m', lifeSatisfaction: 7, measuredOn: addDays(today, -3) });
    expect(late.statusCode).toBe(201);
    expect(late.json().measuredOn).toBe(addDays(today, -3));
  });

  it('asks for confirmation of a 6- or 12-month measurement before its window, and stores it when confirmed', async () => {
    const planId = await planIn(consulent, 'approved', 0);
    const opensOn = addDays(addMonths(today, 6), -14);
    const early = await measure(consulent, planId, { moment: '6m', lifeSatisfaction: 8 });
    expect(early.statusCode).toBe(422);
    expect(early.json().errors).toEqual([
      { path: 'measuredOn', message: expect.stringMatching(/^Deze meting is pas over 5 maanden aan de beurt \(vanaf \d{1,2} \w+ \d{4}; gepland op .+\)\. Weet u zeker dat u nu al meet\?$/) },
    ]);
    expect(early.json().errors[0].message).toContain(`${Number(opensOn.slice(8))} `);
    const refusedToo = await measure(consulent, planId, { moment: '12m', lifeSatisfaction: 8, confirmEarly: false });
    expect(refusedToo.statusCode).toBe(422);

    const confirmed = await measure(consulent, planId, { moment: '6m', lifeSatisfaction: 8, confirmEarly: true });
    expect(confirmed.statusCode).toBe(201);
    expect(confirmed.json()).toMatchObject({ moment: '6m', lifeSatisfaction: 8, measuredOn: today });
    expect(confirmed.json()).not.toHaveProperty('confirmEarly');
    // A correction that moves the date before the window asks again.
    const onTime = await planIn(consulent, 'in_progress', 7);
    expect((await measure(consulent, onTime, { moment: '6m', lifeSatisfaction: 6 })).statusCode).toBe(201);
    const moved = await t.as(consulent, 'PUT', `/api/v1/plans/${onTime}/measurements/6m`, { lifeSatisfaction: 6, measuredOn: addMonths(today, -6) });
    expect(moved.statusCode).toBe(422);
    expect(moved.json().errors[0].path).toBe('measuredOn');
    const movedConfirmed = await t.as(consulent, 'PUT', `/api/v1/plans/${onTime}/measurements/6m`, { lifeSatisfaction: 6, measuredOn: addMonths(today, -6), confirmEarly: true });
    expect(movedConfirmed.statusCode).toBe(200);
  });

  it('refuses the same moment twice: correct it instead', async () => {
    const planId = await planIn(consulent, 'in_progress', 7);
    expect((await measure(consulent, planId, { moment: '6m', lifeSatisfaction: 5 })).statusCode).toBe(201);
    const again = await measure(maatwerker, planId, { moment: '6m', lifeSatisfaction: 8 });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors).toEqual([{ path: 'moment', message: expect.stringContaining('al vastgelegd; corrigeer de meting') }]);
  });

  it('measures approved, running, monitored and closed plans only', async () => {
    for (const status of ['monitoring', 'closed']) {
      const planId = await planIn(consulent, status, 13);
      expect((await measure(consulent, planId, { moment: '12m', lifeSatisfaction: 8 })).statusCode, status).toBe(201);
    }
    for (const status of ['draft', 'sparring', 'scheduled', 'rejected', 'withdrawn']) {
      const planId = await planIn(consulent, status);
      const response = await measure(consulent, planId, { moment: 'after', lifeSatisfaction: 5 });
      expect(response.statusCode, status).toBe(422);
      expect(response.json().errors.map((e: { path: string }) => e.path), status).toEqual(['status']);
    }
  });

  it('validates score, moment, date and unknown fields with their paths', async () => {
    const planId = await planIn(consulent, 'approved', 1);
    const cases: [Record<string, unknown>, string][] = [
      [{ moment: 'after', lifeSatisfaction: 11 }, 'lifeSatisfaction'],
      [{ moment: 'after', lifeSatisfaction: 0 }, 'lifeSatisfaction'],
      [{ moment: 'after', lifeSatisfaction: 5.5 }, 'lifeSatisfaction'],
      [{ moment: '3m', lifeSatisfaction: 5 }, 'moment'],
      [{ moment: 'after', lifeSatisfaction: 5, measuredOn: '2026-02-30x' }, 'measuredOn'],
      [{ moment: 'after', lifeSatisfaction: 5, measuredOn: addDays(today, 2) }, 'measuredOn'],
      [{ moment: 'after', lifeSatisfaction: 5, extra: 1 }, ''],
    ];
    for (const [body, path] of cases) {
      const response = await measure(consulent, planId, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(422);
      if (path) expect(response.json().errors.map((e: { path: string }) => e.path), JSON.stringify(body)).toContain(path);
    }
  });

  it('refuses a BSN in the note and audits measurements without their note text', async () => {
    const planId = await planIn(consulent, 'approved', 1);
    const refused = await measure(consulent, planId, { moment: 'after', lifeSatisfaction: 5, note: `Cliënt ${BSN}` });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([{ path: 'note', message: expect.stringContaining('burgerservicenummer') }]);
    const recorded = await measure(consulent, planId, { moment: 'after', lifeSatisfaction: 5, note: 'Geheime toelichting' });
    expect(recorded.statusCode).toBe(201);
    const events = await db.select().from(auditEvents).where(and(eq(auditEvents.tenantId, 'demo'), eq(auditEvents.entityId, planId), eq(auditEvents.action, 'measurement.create')));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorId: consulent.user.id, detail: { measurementId: recorded.json().id, moment: 'after' } });
    expect(JSON.stringify(events[0]!.detail)).not.toContain('Geheime');
  });

  it('is for consulenten and maatwerkers: 403 for budgetbeheerder and beleid, 404 for another municipality', async () => {
    const planId = await planIn(consulent, 'approved', 1);
    for (const session of [budget, beleid]) {
      expect((await measure(session, planId, { moment: 'after', lifeSatisfaction: 5 })).statusCode, session.user.email).toBe(403);
      expect((await t.as(session, 'PUT', `/api/v1/plans/${planId}/measurements/after`, { lifeSatisfaction: 5 })).statusCode).toBe(403);
    }
    expect((await t.as(beleid, 'GET', `/api/v1/plans/${planId}/measurements`)).statusCode).toBe(403);
    expect((await measure(other, planId, { moment: 'after', lifeSatisfaction: 5 })).statusCode).toBe(404);
    expect((await t.as(other, 'PUT', `/api/v1/plans/${planId}/measurements/after`, { lifeSatisfaction: 5 })).statusCode).toBe(404);
    expect((await t.as(other, 'GET', `/api/v1/plans/${planId}/measurements`)).statusCode).toBe(404);
  });
});

describe('PUT and GET /api/v1/plans/:id/measurements', () => {
  it('corrects a recorded measurement and shows intake, measurements and schedule', async () => {
    const planId = await planIn(consulent, 'in_progress', 7);
    expect((await t.as(consulent, 'PUT', `/api/v1/plans/${planId}/measurements/after`, { lifeSatisfaction: 6 })).statusCode).toBe(404);
    await measure(consulent, planId, { moment: 'after', lifeSatisfaction: 5, note: 'Eerste meting.' });
    const corrected = await t.as(maatwerker, 'PUT', `/api/v1/plans/${planId}/measurements/after`, { lifeSatisfaction: 6 });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({ moment: 'after', lifeSatisfaction: 6, note: 'Eerste meting.', userId: maatwerker.user.id });
    const bsn = await t.as(maatwerker, 'PUT', `/api/v1/plans/${planId}/measurements/after`, { lifeSatisfaction: 6, note: BSN });
    expect(bsn.json().errors.map((e: { path: string }) => e.path)).toEqual(['note']);

    const response = await t.as(budget, 'GET', `/api/v1/plans/${planId}/measurements`);
    expect(response.statusCode).toBe(200);
    const approved = addMonths(today, -7);
    expect(response.json()).toEqual({
      intake: 4,
      items: [expect.objectContaining({ moment: 'after', lifeSatisfaction: 6 })],
      schedule: [
        expect.objectContaining({ moment: 'after', dueDate: addMonths(approved, 1), done: true, overdue: false, lifeSatisfaction: 6 }),
        expect.objectContaining({ moment: '6m', dueDate: addMonths(approved, 6), done: false, overdue: true }),
        expect.objectContaining({ moment: '12m', dueDate: addMonths(approved, 12), done: false, overdue: false }),
      ],
    });
  });

  it('has no schedule before approval', async () => {
    const planId = await planIn(consulent, 'scheduled');
    expect((await t.as(consulent, 'GET', `/api/v1/plans/${planId}/measurements`)).json()).toEqual({ intake: 4, items: [], schedule: [] });
  });
});

describe('GET /api/v1/me/actions', () => {
  it("lists the author's overdue and nearly due measurements, and drops one once it is recorded", async () => {
    const overdue = await planIn(consulent, 'in_progress', 7);
    await measure(consulent, overdue, { moment: 'after', lifeSatisfaction: 5 });
    const mine = await actions(consulent);
    expect(mine.measurements).toContainEqual({ planId: overdue, caseNumber: expect.any(String), moment: '6m', dueDate: addMonths(addMonths(today, -7), 6), overdue: true });
    expect(mine.measurements.filter((m: { planId: string }) => m.planId === overdue)).toHaveLength(1);
    expect(mine.measurements.findIndex((m: { overdue: boolean }) => !m.overdue)).not.toBeLessThan(mine.measurements.filter((m: { overdue: boolean }) => m.overdue).length);
    // Others do not get the author's measurements.
    expect((await actions(maatwerker)).measurements.map((m: { planId: string }) => m.planId)).not.toContain(overdue);
    await measure(maatwerker, overdue, { moment: '6m', lifeSatisfaction: 7 });
    expect((await actions(consulent)).measurements.map((m: { planId: string }) => m.planId)).not.toContain(overdue);
  });

  it('lists a tabled plan awaiting the decision of another maatwerker until that maatwerker approved this version', async () => {
    const planId = await planIn(consulent, 'scheduled');
    const waiting = await actions(maatwerker2);
    expect(waiting.decisions).toContainEqual({ planId, caseNumber: expect.any(String), since: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    // Neither the author nor someone without a deciding role.
    expect((await actions(consulent)).decisions.map((d: { planId: string }) => d.planId)).not.toContain(planId);
    expect((await actions(budget)).decisions.map((d: { planId: string }) => d.planId)).not.toContain(planId);
    // An approval of an older version does not take it off the list; one of the current version does.
    await db.insert(planDecisions).values({ tenantId: 'demo', id: crypto.randomUUID(), planId, planVersion: 0, userId: maatwerker2.user.id, decision: 'approve', counts: true });
    expect((await actions(maatwerker2)).decisions.map((d: { planId: string }) => d.planId)).toContain(planId);
    await db.insert(planDecisions).values({ tenantId: 'demo', id: crypto.randomUUID(), planId, planVersion: 1, userId: maatwerker2.user.id, decision: 'approve', counts: true });
    expect((await actions(maatwerker2)).decisions.map((d: { planId: string }) => d.planId)).not.toContain(planId);
    expect((await actions(maatwerker)).decisions.map((d: { planId: string }) => d.planId)).toContain(planId);
  });

  it('lists open questions assigned to the user, overdue first', async () => {
    const planId = await planIn(maatwerker, 'scheduled');
    const question = (id: string, assigneeId: string, dueDate: string, answered = false) => ({
      tenantId: 'demo',
      id,
      planId,
      question: `Vraag ${id}`,
      assigneeId,
      dueDate,
      createdBy: maatwerker.user.id,
      ...(answered ? { answer: 'Gedaan', answeredAt: new Date(), answeredBy: consulent.user.id } : {}),
    });
    const [late, soon, done] = [crypto.randomUUID(), crypto.randomUUID(), crypto.randomUUID()];
    await db.insert(planQuestions).values([question(soon, consulent.user.id, addDays(today, 5)), question(late, consulent.user.id, addDays(today, -2)), question(done, consulent.user.id, today, true)]);
    const mine = (await actions(consulent)).questions.filter((q: { planId: string }) => q.planId === planId);
    expect(mine).toEqual([
      { id: late, planId, caseNumber: expect.any(String), question: `Vraag ${late}`, dueDate: addDays(today, -2), overdue: true },
      { id: soon, planId, caseNumber: expect.any(String), question: `Vraag ${soon}`, dueDate: addDays(today, 5), overdue: false },
    ]);
  });

  it("gives the budgetbeheerder this year's budget warnings, and nobody else", async () => {
    const planId = await planIn(consulent, 'approved', 1);
    await db.insert(budgetEntries).values({ tenantId: 'demo', id: crypto.randomUUID(), year: amsterdamYear(new Date()), planId, kind: 'commit', amountCents: 100_000_000_000, date: today });
    const warnings = (await actions(budget)).budgetWarnings;
    expect(warnings).toContainEqual({ level: 'error', message: expect.stringContaining('is op') });
    expect((await actions(maatwerker)).budgetWarnings).toEqual([]);
  });

  it('shows a beleid user no plan content: only the text of a question assigned to them', async () => {
    const planId = await planIn(consulent, 'scheduled');
    await db.insert(planQuestions).values({ tenantId: 'demo', id: crypto.randomUUID(), planId, question: 'Welke regel knelt hier?', assigneeId: beleid.user.id, dueDate: today, createdBy: maatwerker.user.id });
    const response = await actions(beleid);
    expect(response).toEqual({ measurements: [], decisions: [], budgetWarnings: [], questions: [expect.objectContaining({ planId, caseNumber: null, question: 'Welke regel knelt hier?' })] });
  });

  it("never shows another municipality's plans", async () => {
    const planId = await planIn(consulent, 'scheduled');
    const theirs = await actions(other);
    expect(JSON.stringify(theirs)).not.toContain(planId);
    for (const list of [theirs.measurements, theirs.decisions, theirs.questions]) {
      for (const item of list) expect(item.caseNumber === null || item.caseNumber.startsWith('2026-02')).toBe(true);
    }
  });
});
