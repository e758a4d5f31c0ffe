import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session } from '../test/app.js';
import { buildPlanDocument } from './test/factories.js';

const t = await createTestApp();
let consulent: Session;
let maatwerker: Session;

beforeAll(async () => {
  consulent = await t.login('consulent@demodam.example');
  maatwerker = await t.login('maatwerker@demodam.example');
});

// Test fixture: passes the 11-proef (a well-known test number), so the guard must refuse it.
const BSN = '111222333';

describe('POST /api/v1/plans', () => {
  it("stores a draft and computes the seed's case 1: return € 27.000, versus current € -43.000", async () => {
    const document = buildPlanDocument();
    const response = await t.as(consulent, 'POST', '/api/v1/plans', document);
    expect(response.statusCode).toBe(201);
    const plan = response.json();
    expect(plan).toMatchObject({ ...document, status: 'draft', version: 1, authorId: consulent.user.id });
    expect(plan.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(plan.kba).toMatchObject({
      horizonMonths: 12,
      currentCents: 2_000_000,
      threatenedCents: 9_000_000,
      expectedThreatenedCents: 9_000_000,
      planCents: 6_300_000,
      returnCents: 2_700_000,
      versusCurrentCents: -4_300_000,
      maatwerkbudgetCents: 6_300_000,
      alternatives: [],
    });
  });

  it('needs only a case number and a client number for a concept', async () => {
    const response = await t.as(consulent, 'POST', '/api/v1/plans', { caseNumber: 'K-1', clientNumber: 'C-1' });
    expect(response.statusCode).toBe(201);
    expect(response.json().kba.planCents).toBe(0);
    const missing = await t.as(consulent, 'POST', '/api/v1/plans', { situation: 'x' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors.map((e: { path: string }) => e.path)).toEqual(['caseNumber', 'clientNumber']);
  });

  it('refuses a case number that the municipality already uses, but not one of another municipality', async () => {
    await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument({ caseNumber: 'UNIEK-1' }));
    const again = await t.as(maatwerker, 'POST', '/api/v1/plans', buildPlanDocument({ caseNumber: 'UNIEK-1' }));
    expect(again.statusCode).toBe(422);
    expect(again.json().errors).toEqual([{ path: 'caseNumber', message: 'Dit casusnummer bestaat al in uw gemeente.' }]);
    const other = await t.login('maatwerker@proefwijk.example');
    expect((await t.as(other, 'POST', '/api/v1/plans', buildPlanDocument({ caseNumber: 'UNIEK-1' }))).statusCode).toBe(201);
  });

  it('refuses a BSN in the client number or any free text, naming the path', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ clientNumber: BSN }, 'clientNumber'],
      [{ situation: `Moeder, bsn ${BSN}` }, 'situation'],
      [{ selfActions: [{ description: 'ok', owner: '' }, { description: `BSN ${BSN}`, owner: '' }] }, 'selfActions.1.description'],
      [{ involvement: { householdAgrees: true, professionals: [{ organisation: `GGD ${BSN}`, role: '' }] } }, 'involvement.professionals.0.organisation'],
      [{ scenarios: { plan: { lines: [{ description: `${BSN}`, fundingStream: 'wmo', unitPriceCents: 1, quantity: 1, frequency: 'once' }] } } }, 'scenarios.plan.lines.0.description'],
    ];
    for (const [overrides, path] of cases) {
      const response = await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument(overrides));
      expect(response.statusCode, path).toBe(422);
      expect(response.json().errors, path).toEqual([{ path, message: expect.stringContaining('burgerservicenummer') }]);
    }
  });

  it('warns (without refusing) about email addresses, phone numbers and birth dates in free text', async () => {
    const response = await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument({ situation: 'Bel moeder op 06-12345678' }));
    expect(response.statusCode).toBe(201);
    expect(response.json().privacyWarnings).toEqual([expect.objectContaining({ path: 'situation', kind: 'phone' })]);
  });

  it('validates every field of the plan document with a Dutch message and its path', async () => {
    const response = await t.as(consulent, 'POST', '/api/v1/plans', {
      ...buildPlanDocument(),
      lifeSatisfaction: 11,
      household: { adults: -1, children: 0 },
      domains: ['wonen'],
      bottlenecks: [{ description: 'x', rule: '', level: 'provinciaal', theme: 'housing' }],
      scenarios: { plan: { lines: [{ description: 'x', fundingStream: 'gemeente', unitPriceCents: 1.5, quantity: -1, frequency: 'hourly' }] } },
      onbekend: true,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(
      [
        'bottlenecks.0.level',
        'domains.0',
        'household.adults',
        'lifeSatisfaction',
        'onbekend',
        'scenarios.plan.lines.0.frequency',
        'scenarios.plan.lines.0.fundingStream',
        'scenarios.plan.lines.0.quantity',
        'scenarios.plan.lines.0.unitPriceCents',
      ].sort(),
    );
    expect(response.json().errors.find((e: { path: string }) => e.path === 'lifeSatisfaction').message).toBe('Moet 10 of minder zijn.');
  });
});

describe('GET and PUT /api/v1/plans/:id', () => {
  it('reads the plan with id, status, version, timestamps and kba, and logs the read', async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument())).json();
    const response = await t.as(maatwerker, 'GET', `/api/v1/plans/${created.id}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(created);
    const admin = await t.login('beheer@demodam.example');
    const log = (await t.as(admin, 'GET', `/api/v1/audit?action=plan.read&entityId=${created.id}`)).json();
    expect(log.items[0]).toMatchObject({ actorId: maatwerker.user.id, entityType: 'plan' });
  });

  it('saves with the version it was based on, accepting the read-only fields a GET returned', async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument())).json();
    const edited = { ...created, perspective: 'Samen wonen in Maastricht.', lifeSatisfaction: 5 };
    const response = await t.as(maatwerker, 'PUT', `/api/v1/plans/${created.id}`, edited);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ perspective: 'Samen wonen in Maastricht.', lifeSatisfaction: 5, version: 2, createdAt: created.createdAt });
    // The server's fields were ignored, not stored in the document.
    expect((await t.as(maatwerker, 'GET', `/api/v1/plans/${created.id}`)).json().status).toBe('draft');
  });

  it('answers a stale version with 409 and returns the rejected document, so nothing typed is lost', async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument())).json();
    const first = await t.as(consulent, 'PUT', `/api/v1/plans/${created.id}`, { ...created, breakthrough: 'Versie van Kees' });
    expect(first.statusCode).toBe(200);
    const second = await t.as(maatwerker, 'PUT', `/api/v1/plans/${created.id}`, { ...created, breakthrough: 'Versie van Mira' });
    expect(second.statusCode).toBe(409);
    const problem = second.json();
    expect(problem).toMatchObject({ status: 409, title: 'Iemand anders heeft dit intussen gewijzigd.' });
    expect(problem.document.breakthrough).toBe('Versie van Mira');
    expect(problem.current).toMatchObject({ breakthrough: 'Versie van Kees', version: 2 });
    // People read when the other save happened, not version numbers; savedAt is that moment.
    expect(problem.detail).toMatch(/^Terwijl u werkte, is het plan opgeslagen op \d{1,2} \w+ \d{4} om \d{2}:\d{2}\./);
    expect(problem.current.savedAt).toBe(first.json().savedAt);
    expect(first.json().savedAt >= created.savedAt).toBe(true);
    expect((await t.as(maatwerker, 'GET', `/api/v1/plans/${created.id}`)).json().breakthrough).toBe('Versie van Kees');
  });

  it('needs a version and refuses unknown fields on PUT', async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument())).json();
    const { version: _version, ...withoutVersion } = created;
    expect((await t.as(consulent, 'PUT', `/api/v1/plans/${created.id}`, withoutVersion)).json().errors).toEqual([{ path: 'version', message: 'Dit veld is verplicht.' }]);
    const unknown = await t.as(consulent, 'PUT', `/api/v1/plans/${created.id}`, { ...created, geheim: 1 });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([{ path: 'geheim', message: 'Onbekend veld.' }]);
  });
});

describe('GET /api/v1/plans', () => {
  it('lists with total, filters on status and searches case number, client number and text', async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument({ caseNumber: 'ZOEK-42', clientNumber: 'C-ZOEK', breakthrough: 'Container in de tuin' }))).json();
    const all = (await t.as(consulent, 'GET', '/api/v1/plans?limit=500')).json();
    expect(all.total).toBe(all.items.length);
    for (const q of ['ZOEK-42', 'c-zoek', 'container']) {
      const found = (await t.as(consulent, 'GET', `/api/v1/plans?q=${encodeURIComponent(q)}`)).json();
      expect(found.items.map((p: { id: string }) => p.id), q).toEqual([created.id]);
    }
    const countByStatus = (status: string) => all.items.filter((p: { status: string }) => p.status === status).length;
    const drafts = (await t.as(consulent, 'GET', '/api/v1/plans?status=draft')).json();
    expect(drafts.total).toBe(countByStatus('draft'));
    expect(drafts.items.every((p: { status: string }) => p.status === 'draft')).toBe(true);
    const several = (await t.as(consulent, 'GET', '/api/v1/plans?status=draft,approved,in_progress')).json();
    expect(several.total).toBe(countByStatus('draft') + countByStatus('approved') + countByStatus('in_progress'));
    expect((await t.as(consulent, 'GET', '/api/v1/plans?status=withdrawn')).json()).toEqual({ items: [], total: 0 });
    expect((await t.as(consulent, 'GET', '/api/v1/plans?status=klaar')).statusCode).toBe(422);
    expect((await t.as(consulent, 'GET', '/api/v1/plans?q=%25')).json().total).toBe(0);
  });
});

describe('access', () => {
  it("answers 404 for another municipality's plan on every route", async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument())).json();
    const other = await t.login('maatwerker@proefwijk.example');
    expect((await t.as(other, 'GET', `/api/v1/plans/${created.id}`)).statusCode).toBe(404);
    expect((await t.as(other, 'PUT', `/api/v1/plans/${created.id}`, created)).statusCode).toBe(404);
    expect((await t.as(other, 'DELETE', `/api/v1/plans/${created.id}`)).statusCode).toBe(404);
    expect(JSON.stringify((await t.as(other, 'GET', '/api/v1/plans?limit=500')).json())).not.toContain(created.id);
  });

  it('keeps case texts from the beleid role: 403 on every plan route', async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument())).json();
    const beleid = await t.login('beleid@demodam.example');
    expect((await t.as(beleid, 'GET', '/api/v1/plans')).statusCode).toBe(403);
    expect((await t.as(beleid, 'GET', `/api/v1/plans/${created.id}`)).statusCode).toBe(403);
    expect((await t.as(beleid, 'POST', '/api/v1/plans', buildPlanDocument())).statusCode).toBe(403);
  });

  it('lets the author or a beheerder delete a draft (soft, audited), nobody else', async () => {
    const created = (await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument())).json();
    expect((await t.as(maatwerker, 'DELETE', `/api/v1/plans/${created.id}`)).statusCode).toBe(403);
    expect((await t.as(consulent, 'DELETE', `/api/v1/plans/${created.id}`)).statusCode).toBe(204);
    expect((await t.as(consulent, 'GET', `/api/v1/plans/${created.id}`)).statusCode).toBe(404);
    // Its case number is free again.
    expect((await t.as(consulent, 'POST', '/api/v1/plans', buildPlanDocument({ caseNumber: created.caseNumber }))).statusCode).toBe(201);
    const admin = await t.login('beheer@demodam.example');
    const log = (await t.as(admin, 'GET', `/api/v1/audit?action=plan.delete&entityId=${created.id}`)).json();
    expect(log.total).toBe(1);
  });
});

describe('GET /api/v1/plans/next-case-number', () => {
  it("suggests this year's highest case number of the own municipality plus one; another municipality's never count", async () => {
    const { amsterdamYear } = await import('../shared/dates.js');
    const year = amsterdamYear(new Date());
    const proefwijk = await t.login('maatwerker@proefwijk.example');
    const suggestion = async (session: Session) => {
      const response = await t.as(session, 'GET', '/api/v1/plans/next-case-number');
      expect(response.statusCode).toBe(200);
      return response.json() as { caseNumber: string; year: number };
    };
    const before = await suggestion(consulent);
    expect(before.year).toBe(year);
    expect(before.caseNumber).toMatch(new RegExp(`^${year}-\\d{3,}$`));

    // A far higher number in Proefwijk changes nothing for Demodam, and the other way round.
    expect((await t.as(proefwijk, 'POST', '/api/v1/plans', { caseNumber: `${year}-950`, clientNumber: 'P-950' })).statusCode).toBe(201);
    expect((await suggestion(consulent)).caseNumber).toBe(before.caseNumber);
    expect((await suggestion(proefwijk)).caseNumber).toBe(`${year}-951`);

    // Taking the suggestion moves it on; other shapes and other years do not count.
    expect((await t.as(consulent, 'POST', '/api/v1/plans', { caseNumber: before.caseNumber, clientNumber: 'C-next' })).statusCode).toBe(201);
    await t.as(consulent, 'POST', '/api/v1/plans', { caseNumber: `${year - 1}-990`, clientNumber: 'C-old' });
    await t.as(consulent, 'POST', '/api/v1/plans', { caseNumber: `${year}-99x`, clientNumber: 'C-odd' });
    const after = await suggestion(consulent);
    expect(Number(after.caseNumber.split('-')[1])).toBe(Number(before.caseNumber.split('-')[1]) + 1);

    // The suggestion is only a suggestion: the create still refuses a number that is taken.
    const taken = await t.as(consulent, 'POST', '/api/v1/plans', { caseNumber: before.caseNumber, clientNumber: 'C-dup' });
    expect(taken.statusCode).toBe(422);
    expect(JSON.stringify(taken.json().errors)).toContain('caseNumber');
  });

  it('is for those who may start a plan', async () => {
    const beleid = await t.login('beleid@demodam.example');
    expect((await t.as(beleid, 'GET', '/api/v1/plans/next-case-number')).statusCode).toBe(403);
    expect((await t.as(null, 'GET', '/api/v1/plans/next-case-number')).statusCode).toBe(401);
  });
});
