import { beforeAll, describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../plans/test/factories.js';
import { createTestApp, type Session } from '../test/app.js';
import { addCleanTenant, addProefwijkBeheerder, DEMODAM } from './test/helpers.js';

const t = await createTestApp();
let beheer: Session;
let consulent: Session;
let maatwerker: Session;
let proefwijk: Session;

beforeAll(async () => {
  beheer = await t.login(DEMODAM.beheerder);
  consulent = await t.login(DEMODAM.consulent);
  maatwerker = await t.login(DEMODAM.maatwerker);
  proefwijk = await addProefwijkBeheerder(t);
});

const CONTRACT_FIELDS = ['code', 'regulation', 'article', 'bwbId', 'url', 'description', 'domains'];
const codes = (body: { items: { code: string }[] }) => body.items.map((item) => item.code);
const ordinance = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  regulation: 'Beleidsregels bijzondere bijstand Demodam 2025',
  shortName: 'Beleidsregels bijzondere bijstand Demodam',
  article: '7',
  description: 'Vergoeding van een huurachterstand om huisuitzetting te voorkomen.',
  domains: ['housing', 'debts'],
  url: 'https://lokaleregelgeving.overheid.nl/CVDR000000',
  ...overrides,
});

describe('GET /api/v1/legal-bases', () => {
  it('returns the national library plus the demo hardship clauses, in the shape of CONTRACT.md', async () => {
    const response = await t.as(consulent, 'GET', '/api/v1/legal-bases');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(37 + 2);
    for (const item of body.items) for (const field of CONTRACT_FIELDS) expect(item, field).toHaveProperty(field);
    expect(body.items.find((item: { code: string }) => item.code === 'LB-PW-35')).toEqual({
      code: 'LB-PW-35',
      regulation: 'Participatiewet',
      article: '35',
      bwbId: 'BWBR0015703',
      url: 'https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=35',
      description: 'Bijzondere bijstand voor noodzakelijke kosten die uit bijzondere omstandigheden voortvloeien',
      domains: ['income', 'debts', 'health', 'housing'],
      shortName: 'Participatiewet',
      confidence: 'high',
      note: '',
      origin: 'national',
      active: true,
      updatedAt: expect.any(String),
    });
    const local = body.items.filter((item: { origin: string }) => item.origin === 'local');
    expect(local.map((item: { code: string }) => item.code).sort()).toEqual(['LOK-DEMODAM-JH-12', 'LOK-DEMODAM-WMO-21']);
    for (const item of local) expect(item.description).toContain('Demovoorbeeld');
    // Proefwijk has the national library only.
    expect((await t.as(proefwijk, 'GET', '/api/v1/legal-bases')).json().total).toBe(37);
  });

  it('matches q on regulation, short name, article and description, case-insensitively', async () => {
    const search = async (q: string) => codes((await t.as(consulent, 'GET', `/api/v1/legal-bases?q=${encodeURIComponent(q)}`)).json());
    expect(await search('participatiewet 35')).toEqual(['LB-PW-35']);
    expect(await search('WET MAATSCHAPPELIJKE ONDERSTEUNING')).toHaveLength(4);
    expect(await search('wgs')).toEqual(['LB-WGS-3', 'LB-WGS-4']);
    expect(await search('4:84')).toEqual(['LB-AWB-4:84']);
    expect(await search('art. 2.3.5')).toEqual(['LB-WMO-2.3.5']);
    expect(await search('Beschermingsbewind')).toEqual(['LB-BW1-431']);
    expect(await search('hardheidsclausule')).toEqual(expect.arrayContaining(['LB-LOKAAL-HARDHEID', 'LB-AWIR-49', 'LOK-DEMODAM-WMO-21', 'LOK-DEMODAM-JH-12']));
    expect(await search('clïent')).toContain('LB-WMO-2.3.2');
  });

  it('filters on domain, including the bases that apply to every domain', async () => {
    const body = (await t.as(consulent, 'GET', '/api/v1/legal-bases?domain=education')).json();
    expect(codes(body)).toEqual(expect.arrayContaining(['LB-LPW-11', 'LB-WPO-4', 'LB-AWB-4:84', 'LB-GW-160']));
    for (const item of body.items) expect(item.domains.length === 0 || item.domains.includes('education')).toBe(true);
    expect(codes(body)).not.toContain('LB-PW-35');
    expect((await t.as(consulent, 'GET', '/api/v1/legal-bases?q=&domain=')).json().total).toBe(39);
    expect((await t.as(consulent, 'GET', '/api/v1/legal-bases?domain=onderwijs')).statusCode).toBe(422);
  });

  it('is searchable by every role, beleid included', async () => {
    for (const email of Object.values(DEMODAM)) {
      const session = await t.login(email);
      const response = await t.as(session, 'GET', '/api/v1/legal-bases?q=jeugdwet');
      expect(response.statusCode, email).toBe(200);
      expect(response.json().total, email).toBe(4);
      expect((await t.as(session, 'GET', '/api/v1/legal-bases/LB-JW-2.3')).statusCode, email).toBe(200);
    }
  });
});

describe('local ordinances and policy rules (beheerder)', () => {
  it('adds, edits, deactivates and restores a local rule, audited', async () => {
    const created = await t.as(beheer, 'POST', '/api/v1/legal-bases', ordinance('LOK-BB-7'));
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ ...ordinance('LOK-BB-7'), bwbId: null, origin: 'local', active: true, confidence: 'high' });
    expect(codes((await t.as(consulent, 'GET', '/api/v1/legal-bases?q=huurachterstand demodam')).json())).toEqual(['LOK-BB-7']);

    const edited = await t.as(beheer, 'PUT', '/api/v1/legal-bases/LOK-BB-7', { article: '8', domains: ['housing', 'housing'] });
    expect(edited.json()).toMatchObject({ article: '8', domains: ['housing'], regulation: ordinance('x').regulation });

    expect((await t.as(beheer, 'DELETE', '/api/v1/legal-bases/LOK-BB-7')).json().active).toBe(false);
    expect(codes((await t.as(consulent, 'GET', '/api/v1/legal-bases?q=huurachterstand')).json())).not.toContain('LOK-BB-7');
    expect((await t.as(consulent, 'GET', '/api/v1/legal-bases/LOK-BB-7')).statusCode).toBe(404);
    expect(codes((await t.as(beheer, 'GET', '/api/v1/legal-bases?origin=local&includeInactive=true')).json())).toContain('LOK-BB-7');
    expect((await t.as(beheer, 'PUT', '/api/v1/legal-bases/LOK-BB-7', { active: true })).json().active).toBe(true);

    const log = (await t.as(beheer, 'GET', '/api/v1/audit?entityType=legal_basis&entityId=LOK-BB-7')).json();
    expect(log.items.map((e: { action: string }) => e.action)).toEqual(['legal_basis.update', 'legal_basis.deactivate', 'legal_basis.update', 'legal_basis.create']);
  });

  it('refuses a BSN in the description or note, at its field', async () => {
    // Test fixture: passes the 11-proef (a well-known test number), so the guard must refuse it.
    const created = await t.as(beheer, 'POST', '/api/v1/legal-bases', ordinance('LOK-BSN', { description: 'Zoals bij 111222333.' }));
    expect(created.statusCode).toBe(422);
    expect(created.json().errors).toEqual([{ path: 'description', message: expect.stringContaining('burgerservicenummer') }]);
    expect((await t.as(beheer, 'PUT', '/api/v1/legal-bases/LB-PW-35', { note: 'bsn 111222333' })).json().errors[0].path).toBe('note');
    expect((await t.as(beheer, 'GET', '/api/v1/legal-bases/LB-PW-35')).json()).toMatchObject({ note: '', origin: 'national' });
  });

  it('fills the short name and accepts empty strings for the BWB id and link of a local rule', async () => {
    const response = await t.as(beheer, 'POST', '/api/v1/legal-bases', ordinance('LOK-KORT', { shortName: '', bwbId: '', url: '', article: '' }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ shortName: ordinance('x').regulation, bwbId: null, url: null, article: '' });
  });

  it('makes an edited national basis local, and validates links and BWB ids', async () => {
    const edited = await t.as(beheer, 'PUT', '/api/v1/legal-bases/LB-WGS-4', { note: 'Artikelnummer gecontroleerd op 1 januari 2026.' });
    expect(edited.json()).toMatchObject({ origin: 'local', note: 'Artikelnummer gecontroleerd op 1 januari 2026.', article: '4' });

    const bad = await t.as(beheer, 'POST', '/api/v1/legal-bases', ordinance('LOK-FOUT', { url: 'javascript:alert(1)', bwbId: 'BWB123', domains: ['wonen'], description: '' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['bwbId', 'description', 'domains.0', 'url']);
    expect(bad.json().errors.find((e: { path: string }) => e.path === 'url').message).toBe('Gebruik een volledig webadres dat begint met https://.');
    expect((await t.as(beheer, 'POST', '/api/v1/legal-bases', ordinance('LB-PW-35'))).statusCode).toBe(422);
  });

  it('refuses changes to anyone but a beheerder', async () => {
    for (const email of [DEMODAM.maatwerker, DEMODAM.consulent, DEMODAM.beleid, DEMODAM.budgetbeheerder, DEMODAM.voorzitter]) {
      const session = await t.login(email);
      expect((await t.as(session, 'POST', '/api/v1/legal-bases', ordinance('LOK-NEE'))).statusCode, email).toBe(403);
      expect((await t.as(session, 'PUT', '/api/v1/legal-bases/LB-PW-35', { article: '36' })).statusCode, email).toBe(403);
      expect((await t.as(session, 'DELETE', '/api/v1/legal-bases/LB-PW-35')).statusCode, email).toBe(403);
      expect((await t.as(session, 'GET', '/api/v1/legal-bases?includeInactive=true')).statusCode, email).toBe(403);
    }
  });

  it("keeps local rules within their municipality: invisible elsewhere and 404 on change", async () => {
    expect(codes((await t.as(proefwijk, 'GET', '/api/v1/legal-bases?q=demodam&includeInactive=true')).json())).toEqual([]);
    expect((await t.as(proefwijk, 'GET', '/api/v1/legal-bases/LOK-DEMODAM-WMO-21')).statusCode).toBe(404);
    expect((await t.as(proefwijk, 'PUT', '/api/v1/legal-bases/LOK-DEMODAM-WMO-21', { article: '1' })).statusCode).toBe(404);
    expect((await t.as(proefwijk, 'DELETE', '/api/v1/legal-bases/LOK-DEMODAM-WMO-21')).statusCode).toBe(404);
    await t.as(proefwijk, 'DELETE', '/api/v1/legal-bases/LB-AWB-3:2');
    expect((await t.as(consulent, 'GET', '/api/v1/legal-bases/LB-AWB-3:2')).json().active).toBe(true);
  });
});

describe('GET /api/v1/plans/:id/legal-suggestions', () => {
  const housingAndIncome = (overrides = {}) =>
    buildPlanDocument({
      domains: ['housing', 'income'],
      legalBases: [],
      scenarios: {
        plan: {
          name: 'Huurachterstand betalen',
          lines: [
            { description: 'Huurachterstand', fundingStream: 'bijzondere-bijstand', unitPriceCents: 350_000, quantity: 1, frequency: 'once' },
            { description: 'Bijstand', fundingStream: 'participatiewet', unitPriceCents: 136_900, quantity: 1, frequency: 'month' },
          ],
        },
      },
      ...overrides,
    });

  it('ranks Participatiewet 35 first for a housing and income plan, best first, with a score and reasons', async () => {
    const plan = (await t.as(consulent, 'POST', '/api/v1/plans', housingAndIncome())).json();
    const response = await t.as(maatwerker, 'GET', `/api/v1/plans/${plan.id}/legal-suggestions`);
    expect(response.statusCode).toBe(200);
    const { items, total } = response.json();
    expect(items).toHaveLength(20);
    expect(total).toBeGreaterThan(20);
    // Demodam's demo plans count as earlier use, so the exact score depends on them (see the next test).
    expect(items[0]).toMatchObject({ code: 'LB-PW-35', regulation: 'Participatiewet', article: '35', bwbId: 'BWBR0015703', score: expect.any(Number) });
    expect(items[0].reasons.slice(0, 2)).toEqual(['Past bij leefgebieden wonen, inkomen.', 'Het plan besteedt aan Participatiewet (BUIG), Bijzondere bijstand / armoede.']);
    for (const item of items) for (const field of [...CONTRACT_FIELDS, 'score']) expect(item, field).toHaveProperty(field);
    for (let i = 1; i < items.length; i += 1) expect(items[i - 1].score).toBeGreaterThanOrEqual(items[i].score);
    expect((await t.as(maatwerker, 'GET', `/api/v1/plans/${plan.id}/legal-suggestions?limit=3`)).json().items).toHaveLength(3);
  });

  it('scores exactly by domains and funding streams, leaves out what the plan names or the library deactivated, and learns from earlier plans', async () => {
    const clean = await addCleanTenant(t, 'toetsstad', ['consulent', 'beheerder']);
    const suggest = async (id: string) => (await t.as(clean.consulent, 'GET', `/api/v1/plans/${id}/legal-suggestions?limit=100`)).json().items;
    const scoreOf = (items: { code: string; score: number }[], code: string) => items.find((item) => item.code === code)?.score;

    const fresh = (await t.as(clean.consulent, 'POST', '/api/v1/plans', housingAndIncome())).json();
    const ranked = await suggest(fresh.id);
    // 2 shared domains × 3 + 2 funding streams on the Participatiewet × 2.
    expect(ranked[0]).toMatchObject({ code: 'LB-PW-35', score: 10 });
    expect(ranked.slice(1, 7).map((item: { code: string; score: number }) => [item.code, item.score])).toEqual([
      ['LB-PW-12', 7],
      ['LB-PW-16', 7],
      ['LB-PW-18', 7],
      ['LB-PW-36', 7],
      ['LB-PW-48', 7],
      ['LB-PW-58', 7],
    ]);
    expect(scoreOf(ranked, 'LB-AWB-4:84')).toBe(1);
    expect(scoreOf(ranked, 'LB-JW-2.3')).toBeUndefined();

    const plan = (await t.as(clean.consulent, 'POST', '/api/v1/plans', housingAndIncome({ legalBases: [{ regulation: 'Participatiewet', article: 'art. 35', motivation: 'x' }] }))).json();
    const first = await suggest(plan.id);
    expect(scoreOf(first, 'LB-PW-35')).toBeUndefined();
    expect(scoreOf(first, 'LB-HVW-12')).toBe(3);

    // Two earlier plans used the Huisvestingswet urgency scheme (one under its short name).
    await t.as(clean.consulent, 'POST', '/api/v1/plans', buildPlanDocument({ legalBases: [{ regulation: 'Huisvestingswet 2014', article: '12', motivation: 'urgentie' }] }));
    await t.as(clean.consulent, 'POST', '/api/v1/plans', buildPlanDocument({ legalBases: [{ regulation: 'Huisvestingswet', article: '12', motivation: 'urgentie' }] }));
    const after = await suggest(plan.id);
    expect(after.find((item: { code: string }) => item.code === 'LB-HVW-12')).toMatchObject({ score: 5, reasons: expect.arrayContaining(['Eerder gebruikt in 2 plannen van uw gemeente.']) });
    // Another municipality's plans do not count.
    expect(scoreOf(await suggest(fresh.id), 'LB-WMO-2.3.5')).toBe(3);

    await t.as(clean.beheerder, 'DELETE', '/api/v1/legal-bases/LB-PW-16');
    expect(scoreOf(await suggest(plan.id), 'LB-PW-16')).toBeUndefined();
    await t.as(clean.beheerder, 'PUT', '/api/v1/legal-bases/LB-PW-16', { active: true });
    expect(scoreOf(await suggest(plan.id), 'LB-PW-16')).toBe(7);
  });

  it("suggests the municipality's own hardship clause for a plan that spends on the Wmo", async () => {
    const plan = (
      await t.as(
        consulent,
        'POST',
        '/api/v1/plans',
        buildPlanDocument({
          domains: ['care'],
          legalBases: [],
          scenarios: { plan: { lines: [{ description: 'Begeleiding', fundingStream: 'wmo', unitPriceCents: 6090, quantity: 4, frequency: 'week' }] } },
        }),
      )
    ).json();
    const items = (await t.as(consulent, 'GET', `/api/v1/plans/${plan.id}/legal-suggestions`)).json().items;
    const clause = items.find((item: { code: string }) => item.code === 'LOK-DEMODAM-WMO-21');
    expect(clause).toMatchObject({ origin: 'local', regulation: 'Verordening maatschappelijke ondersteuning Demodam 2024' });
    expect(clause.score).toBeGreaterThanOrEqual(3 + 2);
    expect(clause.reasons.slice(0, 2)).toEqual(['Past bij leefgebied zorg en ondersteuning.', 'Het plan besteedt aan Wmo.']);
  });

  it("is a 404 for another municipality's plan, a 403 for beleid, and a 404 for a plan that does not exist", async () => {
    const plan = (await t.as(consulent, 'POST', '/api/v1/plans', housingAndIncome())).json();
    const other = await t.login('maatwerker@proefwijk.example');
    expect((await t.as(other, 'GET', `/api/v1/plans/${plan.id}/legal-suggestions`)).statusCode).toBe(404);
    expect((await t.as(proefwijk, 'GET', `/api/v1/plans/${plan.id}/legal-suggestions`)).statusCode).toBe(404);
    const beleid = await t.login(DEMODAM.beleid);
    expect((await t.as(beleid, 'GET', `/api/v1/plans/${plan.id}/legal-suggestions`)).statusCode).toBe(403);
    expect((await t.as(maatwerker, 'GET', '/api/v1/plans/geen-plan/legal-suggestions')).statusCode).toBe(404);
  });
});
