import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractText, pageCount } from '../pdf/test/pdf-inspect.js';
import { plans } from '../plans/plans.schema.js';
import { buildPlanDocument } from '../plans/test/factories.js';
import { createTestApp, type Session } from '../test/app.js';
import { amsterdamDate } from '../shared/dates.js';
import { meetingTables, tableSessions } from './tables.schema.js';
import { seedDemoTables } from './tables.seed.js';

const t = await createTestApp();
let consulent: Session;
let voorzitter: Session;
let maatwerker: Session;
let beleid: Session;
let other: Session;

beforeAll(async () => {
  consulent = await t.login('consulent@demodam.example');
  voorzitter = await t.login('voorzitter@demodam.example');
  maatwerker = await t.login('maatwerker@demodam.example');
  beleid = await t.login('beleid@demodam.example');
  other = await t.login('maatwerker@proefwijk.example');
});

const doorbraaktafel = { kind: 'doorbraak', name: 'Doorbraaktafel', weekday: 2, startTime: '15:30', intervalWeeks: 1, slotMinutes: 30, active: true };

async function createTable(body: Record<string, unknown> = doorbraaktafel) {
  const response = await t.as(voorzitter, 'POST', '/api/v1/tables', body);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
}

async function nextSession(tableId: string): Promise<string> {
  const response = await t.as(voorzitter, 'GET', `/api/v1/tables/${tableId}/sessions`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().upcoming[0].id;
}

/** A plan in the given status (set directly: the workflow has its own tests). */
async function planIn(status: string) {
  const document = buildPlanDocument();
  const created = (await t.as(consulent, 'POST', '/api/v1/plans', document)).json();
  await t.database.db.update(plans).set({ status }).where(eq(plans.id, created.id));
  return { id: created.id as string, caseNumber: document.caseNumber, clientNumber: document.clientNumber };
}

describe('tables', () => {
  it('lets the voorzitter create and change a table, lists it with its next session, and audits both', async () => {
    const table = await createTable();
    const changed = await t.as(voorzitter, 'PATCH', `/api/v1/tables/${table.id}`, { startTime: '16:00', intervalWeeks: 2 });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ startTime: '16:00', intervalWeeks: 2, kind: 'doorbraak' });
    const list = (await t.as(consulent, 'GET', '/api/v1/tables')).json();
    const listed = list.items.find((item: { id: string }) => item.id === table.id);
    expect(listed.nextSession.date >= amsterdamDate(new Date())).toBe(true);
    expect(new Date(`${listed.nextSession.date}T12:00:00Z`).getUTCDay()).toBe(2);
    const admin = await t.login('beheer@demodam.example');
    const log = (await t.as(admin, 'GET', `/api/v1/audit?entityId=${table.id}`)).json();
    expect(log.items.map((item: { action: string }) => item.action).sort()).toEqual(['table.create', 'table.update']);
  });

  it('refuses bad input with Dutch messages and field paths', async () => {
    const response = await t.as(voorzitter, 'POST', '/api/v1/tables', { ...doorbraaktafel, weekday: 8, startTime: '25:00', intervalWeeks: 3, extra: true });
    expect(response.statusCode).toBe(422);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['weekday', 'startTime', 'intervalWeeks']));
    const tooLong = await t.as(voorzitter, 'POST', '/api/v1/tables', { ...doorbraaktafel, slotMinutes: 45 });
    expect(tooLong.statusCode).toBe(422);
    expect(tooLong.json().errors).toEqual([{ path: 'slotMinutes', message: 'Het tijdvak per casus is hoogstens 30 minuten.' }]);
  });

  it('lets a consulent read but not manage tables (403), keeps beleid out (403) and another municipality (404)', async () => {
    const table = await createTable();
    expect((await t.as(consulent, 'POST', '/api/v1/tables', doorbraaktafel)).statusCode).toBe(403);
    expect((await t.as(consulent, 'PATCH', `/api/v1/tables/${table.id}`, { name: 'X' })).statusCode).toBe(403);
    expect((await t.as(beleid, 'GET', '/api/v1/tables')).statusCode).toBe(403);
    expect((await t.as(beleid, 'GET', `/api/v1/tables/${table.id}/sessions`)).statusCode).toBe(403);
    expect((await t.as(other, 'GET', `/api/v1/tables/${table.id}/sessions`)).statusCode).toBe(404);
    expect((await t.as(other, 'PATCH', `/api/v1/tables/${table.id}`, { name: 'X' })).statusCode).toBe(404);
    expect((await t.as(other, 'GET', '/api/v1/tables')).json().items.some((item: { id: string }) => item.id === table.id)).toBe(false);
    expect((await t.as(null, 'GET', '/api/v1/tables')).statusCode).toBe(401);
  });

  it('materialises the next four sessions once, however often they are read, and lists past ones', async () => {
    const table = await createTable({ ...doorbraaktafel, weekday: 4, intervalWeeks: 2 });
    await t.database.db.insert(tableSessions).values({ tenantId: voorzitter.user.tenant.id, id: crypto.randomUUID(), tableId: table.id, date: '2025-01-09', startTime: '15:30' });
    const [first, second] = await Promise.all([
      t.as(voorzitter, 'GET', `/api/v1/tables/${table.id}/sessions`),
      t.as(consulent, 'GET', `/api/v1/tables/${table.id}/sessions`),
    ]);
    expect(first.statusCode).toBe(200);
    const third = (await t.as(voorzitter, 'GET', `/api/v1/tables/${table.id}/sessions`)).json();
    expect(third.upcoming).toHaveLength(4);
    expect(third.past.map((s: { date: string }) => s.date)).toEqual(['2025-01-09']);
    expect(third.upcoming.map((s: { id: string }) => s.id)).toEqual(second.json().upcoming.map((s: { id: string }) => s.id));
    const dates = third.upcoming.map((s: { date: string }) => Date.parse(s.date));
    for (let i = 1; i < 4; i++) expect(dates[i] - dates[i - 1]).toBe(14 * 86_400_000);
    const rows = await t.database.db.select().from(tableSessions).where(eq(tableSessions.tableId, table.id));
    expect(rows).toHaveLength(5);
  });

  it('seeds the tables of each preset', async () => {
    const tenantId = voorzitter.user.tenant.id;
    await seedDemoTables(t.database.db, 'demo2', 'commissie');
    await seedDemoTables(t.database.db, tenantId, 'maastricht');
    await seedDemoTables(t.database.db, tenantId, 'maastricht');
    await seedDemoTables(t.database.db, tenantId, 'simple');
    const demo = await t.database.db.select().from(meetingTables).where(and(eq(meetingTables.tenantId, tenantId)));
    expect(demo.filter((row) => ['spar-tafel', 'doorbraaktafel'].includes(row.id)).map((row) => [row.name, row.kind, row.weekday, row.startTime, row.intervalWeeks]).sort()).toEqual([
      ['Doorbraaktafel', 'doorbraak', 2, '15:30', 1],
      ['Spar-tafel', 'spar', 2, '14:00', 1],
    ]);
    const commissie = await t.database.db.select().from(meetingTables).where(eq(meetingTables.tenantId, 'demo2'));
    expect(commissie.map((row) => [row.name, row.kind, row.weekday, row.startTime, row.intervalWeeks])).toEqual([['Maatwerkcommissie', 'commissie', 4, '10:00', 2]]);
  });
});

describe('sessions and their agenda', () => {
  it('builds, reorders and reads an agenda with times, KBA totals and candidates', async () => {
    const table = await createTable();
    const sessionId = await nextSession(table.id);
    const a = await planIn('scheduled');
    const b = await planIn('scheduled');
    const sparring = await planIn('sparring');
    const before = (await t.as(voorzitter, 'GET', `/api/v1/sessions/${sessionId}`)).json();
    const candidateIds = before.candidates.map((c: { planId: string }) => c.planId);
    expect(candidateIds).toEqual(expect.arrayContaining([a.id, b.id]));
    expect(candidateIds).not.toContain(sparring.id);

    const put = await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sessionId}/agenda`, { items: [{ planId: a.id, slotMinutes: 30 }, { planId: b.id, slotMinutes: 20 }] });
    expect(put.statusCode, put.body).toBe(200);
    const reordered = (await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sessionId}/agenda`, { items: [{ planId: b.id, slotMinutes: 20 }, { planId: a.id, slotMinutes: 25 }] })).json();
    expect(reordered.agenda.map((item: Record<string, unknown>) => [item.caseNumber, item.startsAt, item.endsAt, item.slotMinutes])).toEqual([
      [b.caseNumber, '15:30', '15:50', 20],
      [a.caseNumber, '15:50', '16:15', 25],
    ]);
    expect(reordered.agenda[0].kba).toEqual({ planCents: 6_300_000, returnCents: 2_700_000, maatwerkbudgetCents: 6_300_000 });
    expect(reordered.session).toMatchObject({ totalMinutes: 45, endTime: '16:15', minutes: '', version: 1 });
    expect(reordered.candidates.map((c: { planId: string }) => c.planId)).not.toContain(a.id);
    const read = (await t.as(consulent, 'GET', `/api/v1/sessions/${sessionId}`)).json();
    expect(read.agenda.map((item: { planId: string }) => item.planId)).toEqual([b.id, a.id]);
    expect(read.table.name).toBe('Doorbraaktafel');
    expect(read.decisions).toEqual([]);

    // The canvas says which session the plan is on, with its own slot.
    const onAgenda = (await t.as(consulent, 'GET', `/api/v1/plans/${a.id}/workflow`)).json();
    expect(onAgenda.session).toEqual({ sessionId, tableName: 'Doorbraaktafel', tableKind: 'doorbraak', date: read.session.date, startsAt: '15:50', endsAt: '16:15' });
    const offAgenda = (await t.as(consulent, 'GET', `/api/v1/plans/${sparring.id}/workflow`)).json();
    expect(offAgenda.session).toBeNull();
  });

  it('refuses an invalid agenda with the path of each item', async () => {
    const table = await createTable();
    const sessionId = await nextSession(table.id);
    const ok = await planIn('scheduled');
    const draft = await planIn('draft');
    const foreign = (await t.as(other, 'GET', '/api/v1/plans')).json().items[0].id;
    const response = await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sessionId}/agenda`, {
      items: [
        { planId: ok.id, slotMinutes: 31 },
        { planId: ok.id, slotMinutes: 10 },
        { planId: draft.id, slotMinutes: 4 },
        { planId: foreign, slotMinutes: 10 },
      ],
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['items.0.slotMinutes', 'items.1.planId', 'items.2.planId', 'items.2.slotMinutes', 'items.3.planId']);
    const spar = await createTable({ ...doorbraaktafel, kind: 'spar', name: 'Spar-tafel' });
    const sparSession = await nextSession(spar.id);
    const wrongKind = await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sparSession}/agenda`, { items: [{ planId: ok.id, slotMinutes: 10 }] });
    expect(wrongKind.json().errors).toEqual([{ path: 'items.0.planId', message: 'Alleen plannen in de status "Spar-tafel" kunnen op deze agenda.' }]);
  });

  it('keeps agenda changes to voorzitter and beheerder, sessions from beleid and from other municipalities', async () => {
    const table = await createTable();
    const sessionId = await nextSession(table.id);
    const body = { items: [] };
    expect((await t.as(consulent, 'PUT', `/api/v1/sessions/${sessionId}/agenda`, body)).statusCode).toBe(403);
    expect((await t.as(maatwerker, 'PUT', `/api/v1/sessions/${sessionId}/minutes`, { minutes: 'x', version: 1 })).statusCode).toBe(403);
    expect((await t.as(beleid, 'GET', `/api/v1/sessions/${sessionId}`)).statusCode).toBe(403);
    expect((await t.as(beleid, 'GET', `/api/v1/sessions/${sessionId}/agenda.pdf`)).statusCode).toBe(403);
    for (const [method, url, payload] of [
      ['GET', `/api/v1/sessions/${sessionId}`, undefined],
      ['GET', `/api/v1/sessions/${sessionId}/agenda.pdf`, undefined],
      ['PUT', `/api/v1/sessions/${sessionId}/agenda`, body],
      ['PUT', `/api/v1/sessions/${sessionId}/minutes`, { minutes: 'x', version: 1 }],
    ] as const) {
      expect((await t.as(other, method, url, payload)).statusCode, url).toBe(404);
    }
    const admin = await t.login('beheer@demodam.example');
    expect((await t.as(admin, 'PUT', `/api/v1/sessions/${sessionId}/agenda`, body)).statusCode).toBe(200);
  });

  it('prints one PDF with the agenda (no client numbers) and every canvas, and audits each plan', async () => {
    const table = await createTable();
    const sessionId = await nextSession(table.id);
    const a = await planIn('scheduled');
    const b = await planIn('scheduled');
    await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sessionId}/agenda`, { items: [{ planId: a.id, slotMinutes: 30 }, { planId: b.id, slotMinutes: 15 }] });
    const response = await t.as(maatwerker, 'GET', `/api/v1/sessions/${sessionId}/agenda.pdf`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = response.rawPayload;
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(5);
    const text = extractText(pdf).replace(/\s+/g, ' ');
    const agendaPage = text.slice(0, text.indexOf('Maatwerkcanvas'));
    expect(agendaPage).toContain('Agenda Doorbraaktafel');
    expect(agendaPage).toContain(`${a.caseNumber}`);
    expect(agendaPage).toContain(`${b.caseNumber}`);
    expect(agendaPage).toContain('15:30 – 16:00');
    expect(agendaPage).toContain('16:00 – 16:15');
    expect(agendaPage).toContain('€ 63.000,00');
    expect(agendaPage).not.toContain(a.clientNumber);
    expect(text.indexOf(a.clientNumber)).toBeLessThan(text.indexOf(b.clientNumber));
    expect(text).toContain('Kosten-batenanalyse');

    const admin = await t.login('beheer@demodam.example');
    const exports = (await t.as(admin, 'GET', `/api/v1/audit?action=plan.export_pdf`)).json();
    const planIds = exports.items.map((item: { entityId: string }) => item.entityId);
    expect(planIds).toEqual(expect.arrayContaining([a.id, b.id]));
    const sessionLog = (await t.as(admin, 'GET', `/api/v1/audit?action=session.export_pdf&entityId=${sessionId}`)).json();
    expect(sessionLog.total).toBe(1);
    expect(sessionLog.items[0].detail.plans).toBe(2);
  });

  it('saves minutes with a version; a stale save is 409 and returns the rejected text; a BSN is refused', async () => {
    const table = await createTable();
    const sessionId = await nextSession(table.id);
    const first = await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sessionId}/minutes`, { minutes: 'Casus 1 besproken.', version: 1 });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ minutes: 'Casus 1 besproken.', version: 2 });
    const stale = await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sessionId}/minutes`, { minutes: 'Mijn eigen aantekeningen.', version: 1 });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ minutes: 'Mijn eigen aantekeningen.', current: { minutes: 'Casus 1 besproken.', version: 2 } });
    // BSN-TESTFIXTURE: 111222333 passes the 11-proef.
    const bsn = await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sessionId}/minutes`, { minutes: 'Cliënt 111222333 besproken.', version: 2 });
    expect(bsn.statusCode).toBe(422);
    expect(bsn.json().errors[0].path).toBe('minutes');
    expect((await t.as(consulent, 'GET', `/api/v1/sessions/${sessionId}`)).json().session).toMatchObject({ minutes: 'Casus 1 besproken.', version: 2 });
  });
});

describe('questions', () => {
  it('runs the lifecycle: ask with assignee and due date, list open first, answer by the assignee, keep it marked answered', async () => {
    const plan = await planIn('scheduled');
    const colleagues = (await t.as(consulent, 'GET', '/api/v1/colleagues')).json().items;
    expect(colleagues.length).toBeGreaterThan(3);
    expect(JSON.stringify(colleagues)).not.toContain('@');
    const assignee = colleagues.find((c: { id: string }) => c.id === maatwerker.user.id);
    expect(assignee.roles).toContain('maatwerker');
    // For a question: only who can answer one (the policy's questions.assignee), not beheer, budget or beleid.
    const forQuestions = (await t.as(consulent, 'GET', '/api/v1/colleagues?for=questions')).json().items as { roles: string[] }[];
    expect(forQuestions.length).toBeGreaterThan(0);
    expect(forQuestions.length).toBeLessThan(colleagues.length);
    for (const c of forQuestions) expect(c.roles.some((role) => ['consulent', 'maatwerker', 'voorzitter'].includes(role))).toBe(true);
    expect((await t.as(consulent, 'GET', '/api/v1/colleagues?for=iedereen')).statusCode).toBe(422);
    const budgetUser = colleagues.find((c: { roles: string[] }) => c.roles.length === 1 && c.roles[0] === 'budgetbeheerder');
    const toBudget = await t.as(voorzitter, 'POST', `/api/v1/plans/${plan.id}/questions`, { question: 'Past dit?', assigneeId: budgetUser.id, dueDate: '2999-01-01' });
    expect(toBudget.statusCode).toBe(422);
    expect(toBudget.json().errors[0].path).toBe('assigneeId');
    // Only who assigns people (questions, pattern owners) lists colleagues.
    expect((await t.as(await t.login('budget@demodam.example'), 'GET', '/api/v1/colleagues')).statusCode).toBe(403);
    expect((await t.as(beleid, 'GET', '/api/v1/colleagues')).statusCode).toBe(200);
    expect((await t.as(null, 'GET', '/api/v1/colleagues')).statusCode).toBe(401);

    const asked = await t.as(voorzitter, 'POST', `/api/v1/plans/${plan.id}/questions`, { question: 'Is er plek in het moeder-kindhuis?', assigneeId: maatwerker.user.id, dueDate: '2000-01-04' });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ assigneeName: expect.any(String), overdue: true, answered: false });
    const later = (await t.as(voorzitter, 'POST', `/api/v1/plans/${plan.id}/questions`, { question: 'Wat vindt de zus?', assigneeId: consulent.user.id, dueDate: '2999-01-01' })).json();

    // Someone else without questions.manage (beleid cannot even read plans) may not answer.
    expect((await t.as(beleid, 'POST', `/api/v1/questions/${asked.json().id}/answer`, { answer: 'x' })).statusCode).toBe(403);
    expect((await t.as(other, 'POST', `/api/v1/questions/${asked.json().id}/answer`, { answer: 'x' })).statusCode).toBe(404);
    const answered = await t.as(maatwerker, 'POST', `/api/v1/questions/${asked.json().id}/answer`, { answer: 'Ja, vanaf 1 mei.' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ answered: true, overdue: false, answer: 'Ja, vanaf 1 mei.', answeredById: maatwerker.user.id });
    const again = await t.as(maatwerker, 'POST', `/api/v1/questions/${asked.json().id}/answer`, { answer: 'Nogmaals' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ answer: 'Nogmaals', current: { id: asked.json().id, answer: 'Ja, vanaf 1 mei.', answered: true } });

    const list = (await t.as(consulent, 'GET', `/api/v1/plans/${plan.id}/questions`)).json().items;
    expect(list.map((q: { id: string; answered: boolean }) => [q.id, q.answered])).toEqual([
      [later.id, false],
      [asked.json().id, true],
    ]);
    const admin = await t.login('beheer@demodam.example');
    const log = (await t.as(admin, 'GET', `/api/v1/audit?entityId=${asked.json().id}`)).json();
    expect(log.items.map((item: { action: string }) => item.action).sort()).toEqual(['question.answer', 'question.create']);
    expect(JSON.stringify(log.items)).not.toContain('moeder-kindhuis');
  });

  it('checks the assignee, the session, the due date and the text, and who may ask', async () => {
    const plan = await planIn('scheduled');
    const ask = (session: Session, body: Record<string, unknown>) => t.as(session, 'POST', `/api/v1/plans/${plan.id}/questions`, { question: 'Vraag?', assigneeId: maatwerker.user.id, dueDate: '2030-01-01', ...body });
    expect((await ask(voorzitter, { assigneeId: other.user.id })).json().errors).toEqual([{ path: 'assigneeId', message: 'Kies een actieve collega van uw gemeente.' }]);
    expect((await ask(voorzitter, { assigneeId: beleid.user.id })).json().errors[0].path).toBe('assigneeId');
    expect((await ask(voorzitter, { sessionId: 'bestaat-niet' })).json().errors[0].path).toBe('sessionId');
    expect((await ask(voorzitter, { dueDate: '2030-02-30' })).json().errors[0].path).toBe('dueDate');
    // BSN-TESTFIXTURE
    const bsn = await ask(voorzitter, { question: 'Klopt BSN 111222333?' });
    expect(bsn.statusCode).toBe(422);
    expect(bsn.json().errors[0].path).toBe('question');
    const budget = await t.login('budget@demodam.example');
    expect((await ask(budget, {})).statusCode).toBe(403);
    expect((await ask(other, {})).statusCode).toBe(404);
    expect((await t.as(other, 'GET', `/api/v1/plans/${plan.id}/questions`)).statusCode).toBe(404);
    expect((await t.as(beleid, 'GET', `/api/v1/plans/${plan.id}/questions`)).statusCode).toBe(403);
    expect((await ask(consulent, {})).statusCode).toBe(201);
  });

  it('shows open questions on the agenda and decisions taken in the session', async () => {
    const table = await createTable();
    const sessionId = await nextSession(table.id);
    const plan = await planIn('scheduled');
    await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sessionId}/agenda`, { items: [{ planId: plan.id, slotMinutes: 30 }] });
    await t.as(voorzitter, 'POST', `/api/v1/plans/${plan.id}/questions`, { question: 'Vraag aan tafel', assigneeId: consulent.user.id, dueDate: '2030-01-01', sessionId });
    const { planDecisions } = await import('../workflow/workflow.schema.js');
    await t.database.db.insert(planDecisions).values({
      tenantId: voorzitter.user.tenant.id,
      id: crypto.randomUUID(),
      planId: plan.id,
      planVersion: 1,
      userId: maatwerker.user.id,
      decision: 'approve',
      note: 'Akkoord',
      counts: true,
      sessionId,
    });
    const detail = (await t.as(voorzitter, 'GET', `/api/v1/sessions/${sessionId}`)).json();
    expect(detail.agenda[0].openQuestions).toEqual([expect.objectContaining({ question: 'Vraag aan tafel', assigneeId: consulent.user.id, overdue: false })]);
    expect(detail.decisions).toEqual([expect.objectContaining({ planId: plan.id, caseNumber: plan.caseNumber, decision: 'approve', note: 'Akkoord', userId: maatwerker.user.id })]);
    // A plan whose status moved on after a decision stays on the agenda when it is saved again.
    await t.database.db.update(plans).set({ status: 'approved' }).where(eq(plans.id, plan.id));
    expect((await t.as(voorzitter, 'PUT', `/api/v1/sessions/${sessionId}/agenda`, { items: [{ planId: plan.id, slotMinutes: 20 }] })).statusCode).toBe(200);
  });
});
