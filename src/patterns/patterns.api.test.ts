import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import type { PlanDocumentInput } from '../plans/domain/plan-document.js';
import { plans } from '../plans/plans.schema.js';
import { buildPlanDocument } from '../plans/test/factories.js';
import { amsterdamDate } from '../shared/dates.js';
import { createTestApp, type Session } from '../test/app.js';

// The test database is the seeded demo, including its two patterns (patterns.seed.ts).
const t = await createTestApp();
let beleid: Session;
let consulent: Session;
let maatwerker: Session;
let demo2: Session;
/** Every case and client number of every plan in the installation: none may reach beleid. */
let identifiers: string[] = [];

beforeAll(async () => {
  [beleid, consulent, maatwerker, demo2] = (await Promise.all(
    ['beleid@demodam.example', 'consulent@demodam.example', 'maatwerker@demodam.example', 'maatwerker@proefwijk.example'].map((email) => t.login(email)),
  )) as [Session, Session, Session, Session];
});

async function refreshIdentifiers() {
  const rows = await t.database.db.select({ caseNumber: plans.caseNumber, document: plans.document }).from(plans);
  identifiers = rows.flatMap((row) => [row.caseNumber, row.document.clientNumber]);
  expect(identifiers.length).toBeGreaterThan(10);
}

function expectNoIdentifiers(body: string) {
  for (const identifier of identifiers) expect(body, `bevat ${identifier}`).not.toContain(identifier);
}

// Test fixture: passes the 11-proef (a well-known test number), so the guard must refuse it.
const BSN = '111222333';

const newPattern = { title: 'Leerlingenvervoer zonder vast adres', level: 'local', theme: 'education' };

async function createPlan(document: Partial<PlanDocumentInput>) {
  const response = await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument(document));
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; caseNumber: string };
}

describe('demo patterns and what beleid may see', () => {
  it('lists the seeded patterns by phase, with only counts for beleid', async () => {
    await refreshIdentifiers();
    const response = await t.as(beleid, 'GET', '/api/v1/patterns');
    expect(response.statusCode).toBe(200);
    const items = response.json().items;
    expect(items.map((p: { title: string; phase: string; level: string; linkedPlans: number }) => [p.title, p.phase, p.level, p.linkedPlans])).toEqual([
      ['Damoclesbeleid sluit moeders uit van sociale huur', 'steps', 'local', 1],
      ['Woonfuik: huurachterstand leidt tot ontruiming', 'diagnosis', 'regional', 2],
    ]);
    expect(items[0]).toMatchObject({ ownerName: 'Lotte Beleid', phaseLabel: 'Stappen vastgesteld', themeLabel: 'Wonen' });
    expect(items[0]).not.toHaveProperty('linkedCases');
    expectNoIdentifiers(response.body);
  });

  it('gives readers of plans the case numbers of the illustrations', async () => {
    const items = (await t.as(maatwerker, 'GET', '/api/v1/patterns')).json().items;
    expect(items[0].linkedCases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['2026-001']);
    expect(items[1].linkedCases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['2026-002', '2026-007']);
  });

  it('rolls the bottlenecks up into suggestions: rule texts and counts for beleid, case text only for readers of plans', async () => {
    const forBeleid = await t.as(beleid, 'GET', '/api/v1/patterns/suggestions');
    expect(forBeleid.statusCode).toBe(200);
    const convenant = forBeleid.json().items.find((s: { key: string }) => s.key === 'housing|convenant uitstroom vrouwenopvang');
    expect(convenant).toMatchObject({ theme: 'housing', rule: 'Convenant uitstroom vrouwenopvang', plans: 2, levels: { local: 0, regional: 2, national: 0 } });
    expect(convenant.illustrationKeys).toHaveLength(2);
    expect(convenant).not.toHaveProperty('descriptions');
    expect(convenant).not.toHaveProperty('cases');
    expectNoIdentifiers(forBeleid.body);
    expect(forBeleid.body).not.toContain('moeder');
    expect(forBeleid.body).not.toContain('"planId"');

    const forMaatwerker = (await t.as(maatwerker, 'GET', '/api/v1/patterns/suggestions')).json();
    const same = forMaatwerker.items.find((s: { key: string }) => s.key === convenant.key);
    expect(same.cases.map((c: { caseNumber: string }) => c.caseNumber)).toEqual(['2026-002', '2026-007']);
    expect(same.descriptions).toHaveLength(2);
    // Another municipality's plans never count.
    expect(forMaatwerker.items.some((s: { key: string }) => s.key.includes('huurachterstand'))).toBe(false);
  });

  it('groups the same rule written differently into one suggestion', async () => {
    const rule = 'Regel Testdorp: wachttijd   urgentie';
    for (const written of [rule, 'regel testdorp: wachttijd urgentie.', 'REGEL TESTDORP: WACHTTIJD URGENTIE']) {
      await createPlan({ domains: [], bottlenecks: [{ description: 'Lang wachten.', rule: written, level: 'local', theme: 'housing' }] });
    }
    const items = (await t.as(beleid, 'GET', '/api/v1/patterns/suggestions')).json().items;
    expect(items.find((s: { key: string }) => s.key === 'housing|regel testdorp: wachttijd urgentie')).toMatchObject({ plans: 3, levels: { local: 3, regional: 0, national: 0 }, rule });
  });
});

describe('managing patterns (beleid)', () => {
  it('creates a pattern from a suggestion without ever seeing a case number, and audits it', async () => {
    const suggestions = (await t.as(beleid, 'GET', '/api/v1/patterns/suggestions')).json().items;
    const suggestion = suggestions.find((s: { key: string }) => s.key === 'housing|convenant uitstroom vrouwenopvang');
    const response = await t.as(beleid, 'POST', '/api/v1/patterns', {
      title: 'Uitstroom uit de vrouwenopvang stokt',
      level: 'regional',
      theme: 'housing',
      ownerId: beleid.user.id,
      illustrationKeys: suggestion.illustrationKeys,
    });
    expect(response.statusCode).toBe(201);
    const pattern = response.json();
    expect(pattern).toMatchObject({ phase: 'steps', version: 1, linkedPlans: 2, ownerName: 'Lotte Beleid', description: '' });
    expect(pattern).not.toHaveProperty('linkedCases');
    expectNoIdentifiers(response.body);
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, 'demo'), eq(auditEvents.action, 'pattern.create'), eq(auditEvents.entityId, pattern.id)));
    expect(audit?.detail).toEqual({ plans: 2 });
  });

  it('moves one phase at a time, refuses a stale version and a BSN', async () => {
    const created = (await t.as(beleid, 'POST', '/api/v1/patterns', newPattern)).json();
    const base = { ...newPattern, ownerId: null, description: 'Kinderen zonder vast adres.', version: created.version };

    const skip = await t.as(beleid, 'PUT', `/api/v1/patterns/${created.id}`, { ...base, phase: 'solutions' });
    expect(skip.statusCode).toBe(422);
    expect(skip.json().errors).toEqual([{ path: 'phase', message: expect.stringContaining('Diagnose knelpunten') }]);

    const forward = await t.as(beleid, 'PUT', `/api/v1/patterns/${created.id}`, { ...base, phase: 'diagnosis', diagnosis: 'Woonadres als vertrekpunt.' });
    expect(forward.statusCode).toBe(200);
    expect(forward.json()).toMatchObject({ phase: 'diagnosis', phaseLabel: 'Diagnose knelpunten', version: 2, diagnosis: 'Woonadres als vertrekpunt.' });

    const stale = await t.as(beleid, 'PUT', `/api/v1/patterns/${created.id}`, { ...base, phase: 'diagnosis', solutions: 'Mijn oplossing, niet kwijtraken.' });
    expect(stale.statusCode).toBe(409);
    // Nothing is lost: the 409 returns what the loser sent and the pattern as it now stands.
    const lost = stale.json();
    expect(lost).toMatchObject({
      status: 409,
      pattern: { title: newPattern.title, description: 'Kinderen zonder vast adres.', phase: 'diagnosis', solutions: 'Mijn oplossing, niet kwijtraken.' },
      current: { id: created.id, version: 2, phase: 'diagnosis', diagnosis: 'Woonadres als vertrekpunt.', solutions: '' },
    });
    expect(lost.pattern).not.toHaveProperty('version');
    expect(lost.current).not.toHaveProperty('linkedCases');

    const back = await t.as(beleid, 'PUT', `/api/v1/patterns/${created.id}`, { ...base, version: 2, phase: 'steps' });
    expect(back.json()).toMatchObject({ phase: 'steps', version: 3 });

    const bsn = await t.as(beleid, 'PUT', `/api/v1/patterns/${created.id}`, { ...base, version: 3, phase: 'steps', solutions: `Zie dossier ${BSN}` });
    expect(bsn.statusCode).toBe(422);
    expect(bsn.json().errors).toEqual([{ path: 'solutions', message: expect.stringContaining('burgerservicenummer') }]);
    const bsnOnCreate = await t.as(beleid, 'POST', '/api/v1/patterns', { ...newPattern, title: `Casus ${BSN}` });
    expect(bsnOnCreate.json().errors[0].path).toBe('title');

    const moves = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'pattern.update'), eq(auditEvents.entityId, created.id)));
    expect(moves.map((m) => m.detail)).toEqual([
      { version: 2, phase: 'diagnosis', fromPhase: 'steps' },
      { version: 3, phase: 'steps', fromPhase: 'diagnosis' },
    ]);
  });

  it('refuses bad input with Dutch messages and paths', async () => {
    const created = (await t.as(beleid, 'POST', '/api/v1/patterns', newPattern)).json();
    const demo2Owner = await t.as(beleid, 'POST', '/api/v1/patterns', { ...newPattern, ownerId: demo2.user.id });
    expect(demo2Owner.statusCode).toBe(422);
    expect(demo2Owner.json().errors[0].path).toBe('ownerId');
    const unknown = await t.as(beleid, 'POST', '/api/v1/patterns', { ...newPattern, phase: 'done' });
    expect(unknown.statusCode).toBe(422);
    const missing = await t.as(beleid, 'POST', '/api/v1/patterns', { level: 'local', theme: 'housing' });
    expect(missing.json().errors[0].path).toBe('title');

    const demo2Plan = await t.database.db.select({ id: plans.id }).from(plans).where(eq(plans.tenantId, 'demo2')).limit(1);
    const foreign = await t.as(beleid, 'PUT', `/api/v1/patterns/${created.id}/plans`, { planIds: [demo2Plan[0]!.id] });
    expect(foreign.statusCode).toBe(422);
    expect(foreign.json().errors[0].path).toBe('planIds.0');
    const badKey = await t.as(beleid, 'PUT', `/api/v1/patterns/${created.id}/plans`, { illustrationKeys: ['geraden'] });
    expect(badKey.json().errors[0].path).toBe('illustrationKeys.0');
  });

  it('links plans by key, adding or replacing', async () => {
    const created = (await t.as(beleid, 'POST', '/api/v1/patterns', newPattern)).json();
    const suggestions = (await t.as(beleid, 'GET', '/api/v1/patterns/suggestions')).json().items;
    const keysOf = (key: string) => suggestions.find((s: { key: string }) => s.key === key).illustrationKeys as string[];
    const url = `/api/v1/patterns/${created.id}/plans`;
    expect((await t.as(beleid, 'PUT', url, { illustrationKeys: keysOf('housing|convenant uitstroom vrouwenopvang') })).json().linkedPlans).toBe(2);
    const added = await t.as(beleid, 'PUT', url, { illustrationKeys: keysOf('housing|damoclesbeleid (sluiting na hennepvondst)'), mode: 'add' });
    expect(added.json().linkedPlans).toBe(3);
    expectNoIdentifiers(added.body);
    expect((await t.as(beleid, 'PUT', url, { illustrationKeys: [] })).json().linkedPlans).toBe(0);
    const audits = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'pattern.link_plans'), eq(auditEvents.entityId, created.id)));
    expect(audits.map((a) => a.detail)).toEqual([{ plans: 2 }, { plans: 3 }, { plans: 0 }]);
  });

  it('lets only beleid manage (403) and hides other municipalities (404)', async () => {
    const [pattern] = (await t.as(beleid, 'GET', '/api/v1/patterns')).json().items;
    const body = { ...newPattern, phase: 'steps', version: pattern.version };
    for (const session of [consulent, maatwerker]) {
      expect((await t.as(session, 'POST', '/api/v1/patterns', newPattern)).statusCode).toBe(403);
      expect((await t.as(session, 'PUT', `/api/v1/patterns/${pattern.id}`, body)).statusCode).toBe(403);
      expect((await t.as(session, 'PUT', `/api/v1/patterns/${pattern.id}/plans`, { planIds: [] })).statusCode).toBe(403);
    }
    expect((await t.as(consulent, 'GET', `/api/v1/patterns/${pattern.id}`)).statusCode).toBe(200);
    for (const [method, url, payload] of [
      ['GET', `/api/v1/patterns/${pattern.id}`],
      ['PUT', `/api/v1/patterns/${pattern.id}`, body],
      ['PUT', `/api/v1/patterns/${pattern.id}/plans`, { planIds: [] }],
      ['GET', `/api/v1/patterns/${pattern.id}/signal.json`],
      ['GET', `/api/v1/patterns/${pattern.id}/signal.pdf`],
    ] as const) {
      expect((await t.as(demo2, method, url, payload)).statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await t.as(demo2, 'GET', '/api/v1/patterns')).json().items).toEqual([]);
    expect((await t.as(null, 'GET', '/api/v1/patterns')).statusCode).toBe(401);
  });
});

describe('the signal for national escalation', () => {
  it('holds the pattern and a count, no case or client number, and is audited', async () => {
    await refreshIdentifiers();
    const woonfuik = (await t.as(beleid, 'GET', '/api/v1/patterns')).json().items.find((p: { title: string }) => p.title.startsWith('Woonfuik'));
    const response = await t.as(beleid, 'GET', `/api/v1/patterns/${woonfuik.id}/signal.json`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('attachment');
    const signal = response.json();
    expect(signal).toMatchObject({
      format: 'doorbraak-signaal',
      municipality: 'Gemeente Demodam',
      region: expect.any(String),
      illustratingPlans: 2,
      pattern: { title: woonfuik.title, level: 'regional', phase: 'diagnosis', phaseLabel: 'Diagnose knelpunten', theme: 'housing' },
    });
    expect(Object.keys(signal.pattern).sort()).toEqual(
      ['decisions', 'description', 'diagnosis', 'id', 'level', 'levelLabel', 'phase', 'phaseLabel', 'solutions', 'steps', 'theme', 'themeLabel', 'title', 'updatedAt'].sort(),
    );
    expectNoIdentifiers(response.body);
    expect(response.body).not.toContain('Lotte');

    const maatwerkerSignal = await t.as(maatwerker, 'GET', `/api/v1/patterns/${woonfuik.id}/signal.json`);
    expectNoIdentifiers(maatwerkerSignal.body);

    const pdf = await t.as(beleid, 'GET', `/api/v1/patterns/${woonfuik.id}/signal.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    const exports = await t.database.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'pattern.export'), eq(auditEvents.entityId, woonfuik.id)));
    expect(exports.map((e) => e.detail)).toEqual([
      { format: 'json', plans: 2 },
      { format: 'json', plans: 2 },
      { format: 'pdf', plans: 2 },
    ]);
  });
});

describe('GET /api/v1/cocktails', () => {
  it('counts pairs, triples and the Maatpact combinations of known plans, exactly', async () => {
    const today = amsterdamDate(new Date());
    const known: Partial<PlanDocumentInput>[] = [
      { domains: ['housing', 'debts', 'mental-health'], household: { adults: 1, children: 2 } },
      { domains: ['housing', 'debts'], household: { adults: 1, children: 1 } },
      { domains: ['housing', 'mental-health', 'income'], household: { adults: 1, children: 0 } },
      { domains: ['housing', 'debts', 'mental-health', 'income'], household: { adults: 2, children: 0 } },
      { domains: ['youth', 'housing'], household: { adults: 2, children: 0 } },
      { domains: ['work'], household: { adults: 1, children: 0 } },
      { domains: [], household: { adults: 1, children: 0 } },
      { domains: ['care', 'housing', 'mental-health', 'parenting'], household: { adults: 1, children: 0 } },
    ];
    for (const document of known) await createPlan(document);
    // The plans made in this test file are today's drafts; the demo plans are older.
    const before = (await t.as(maatwerker, 'GET', `/api/v1/cocktails?status=draft&from=${today}&to=${today}`)).json();
    const extra = before.plans - known.length;
    expect(extra).toBe(3); // the three plans of the rollup test, without domains
    const result = before;
    expect(result.pairs.slice(0, 3)).toEqual([
      { domains: ['housing', 'mental-health'], count: 4, share: 364 },
      { domains: ['debts', 'housing'], count: 3, share: 273 },
      { domains: ['debts', 'mental-health'], count: 2, share: 182 },
    ]);
    expect(result.triples[0]).toEqual({ domains: ['debts', 'housing', 'mental-health'], count: 2, share: 182 });
    expect(result.maatpact.map((m: { key: string; count: number }) => [m.key, m.count])).toEqual([
      ['ggz-wonen-kinderen-ondersteuning', 1],
      ['jeugd-wonen-kinderen', 1],
      ['schulden-wonen-kinderen', 2],
      ['ggz-wonen-inkomen', 2],
    ]);

    const masked = (await t.as(beleid, 'GET', `/api/v1/cocktails?status=draft&from=${today}&to=${today}`)).json();
    expect(masked.pairs.slice(0, 3)).toEqual([
      { domains: ['housing', 'mental-health'], count: 4, share: 364 },
      { domains: ['debts', 'housing'], count: 3, share: 273 },
      { domains: ['care', 'housing'], count: '< 3', share: null },
    ]);
    expect(masked.maatpact.every((m: { count: unknown; share: unknown }) => m.count === '< 3' && m.share === null)).toBe(true);
    expectNoIdentifiers(JSON.stringify(masked));
  });

  it('uses the dashboard statuses by default and only the own municipality', async () => {
    const demo = (await t.as(maatwerker, 'GET', '/api/v1/cocktails')).json();
    expect(demo.plans).toBe(4); // 2026-001 … 2026-004: approved, in uitvoering, opvolging
    expect(demo.pairs[0]).toEqual({ domains: ['housing', 'parenting'], count: 3, share: 750 });
    const other = (await t.as(demo2, 'GET', '/api/v1/cocktails?status=')).json();
    expect(other.plans).toBe(3);
  });

  it('refuses bad filters and users without the dashboard', async () => {
    expect((await t.as(consulent, 'GET', '/api/v1/cocktails')).statusCode).toBe(403);
    const bad = await t.as(beleid, 'GET', '/api/v1/cocktails?status=kapot');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('status');
    expect((await t.as(beleid, 'GET', '/api/v1/cocktails?from=2026-02-30')).statusCode).toBe(422);
    expect((await t.as(beleid, 'GET', '/api/v1/cocktails?from=2026-03-01&to=2026-02-01')).json().errors[0].path).toBe('to');
  });
});
