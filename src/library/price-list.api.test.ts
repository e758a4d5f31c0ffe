import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session } from '../test/app.js';
import { PRICE_CSV_COLUMNS } from './domain/price-items.js';
import { addProefwijkBeheerder, DEMODAM } from './test/helpers.js';

const t = await createTestApp();
let beheer: Session;
let consulent: Session;
let proefwijk: Session;

beforeAll(async () => {
  beheer = await t.login(DEMODAM.beheerder);
  consulent = await t.login(DEMODAM.consulent);
  proefwijk = await addProefwijkBeheerder(t);
});

const CONTRACT_FIELDS = ['code', 'name', 'unit', 'unitPriceCents', 'frequency', 'fundingStream', 'domain', 'year', 'confidence', 'source'];
const HEADER = PRICE_CSV_COLUMNS.join(',');
const codes = (body: { items: { code: string }[] }) => body.items.map((item) => item.code);
const local = (code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  name: 'Begeleiding individueel Demodam (contract)',
  unit: 'uur',
  unitPriceCents: 6450,
  frequency: 'week',
  fundingStream: 'wmo',
  domain: 'care',
  year: 2025,
  confidence: 'high',
  source: 'Contract Demodam 2025',
  ...overrides,
});

describe('GET /api/v1/price-list', () => {
  it('returns the national list in the shape of CONTRACT.md, money in integer cents', async () => {
    const response = await t.as(consulent, 'GET', '/api/v1/price-list');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe(32);
    expect(body.items).toHaveLength(32);
    for (const item of body.items) {
      for (const field of CONTRACT_FIELDS) expect(item, field).toHaveProperty(field);
      expect(Number.isInteger(item.unitPriceCents)).toBe(true);
    }
    expect(body.items[0]).toEqual({
      code: 'PL-001',
      name: 'Bijstandsuitkering alleenstaande',
      unit: 'maand',
      unitPriceCents: 136_900,
      frequency: 'month',
      fundingStream: 'participatiewet',
      domain: 'income',
      year: 2025,
      confidence: 'high',
      source: 'Rijksoverheid normbedragen juli 2025',
      note: '',
      origin: 'national',
      active: true,
      updatedAt: expect.any(String),
    });
    expect(body.items.find((item: { code: string }) => item.code === 'PL-016').unitPriceCents).toBe(2133);
  });

  it('searches on q (case and accents ignored), funding stream and domain, and treats empty parameters as no filter', async () => {
    const search = async (query: string) => (await t.as(consulent, 'GET', `/api/v1/price-list?${query}`)).json();
    expect(codes(await search('q=BESCHERM'))).toEqual(['PL-005', 'PL-009']);
    expect(codes(await search(`q=${encodeURIComponent('residentiële')}`))).toEqual(['PL-014']);
    expect(codes(await search('q=bollenstreek%20ggz'))).toEqual(['PL-013', 'PL-020']);
    expect(codes(await search('fundingStream=wlz'))).toEqual(['PL-029']);
    expect(codes(await search('domain=justice'))).toEqual(['PL-030', 'PL-031']);
    expect(codes(await search('fundingStream=jeugdwet&domain=mental-health'))).toEqual(['PL-013', 'PL-020']);
    expect(codes(await search('q=jeugd&fundingStream=justitie'))).toEqual(['PL-031']);
    expect(await search('q=zzzz')).toEqual({ items: [], total: 0 });
    expect((await search('q=&fundingStream=&domain=')).total).toBe(32);
    expect((await search('limit=5&offset=30')).items).toHaveLength(2);
  });

  it('refuses unknown filter values with 422 and the parameter as path', async () => {
    const response = await t.as(consulent, 'GET', '/api/v1/price-list?fundingStream=gemeente');
    expect(response.statusCode).toBe(422);
    expect(response.json().errors[0].path).toBe('fundingStream');
    expect((await t.as(consulent, 'GET', '/api/v1/price-list?domain=wonen')).statusCode).toBe(422);
    expect((await t.as(consulent, 'GET', '/api/v1/price-list?onbekend=1')).statusCode).toBe(422);
  });

  it('is searchable by every role, beleid included (no plan needed), and not without logging in', async () => {
    for (const email of Object.values(DEMODAM)) {
      const session = await t.login(email);
      const response = await t.as(session, 'GET', '/api/v1/price-list?q=pleeg');
      expect(response.statusCode, email).toBe(200);
      expect(codes(response.json()), email).toEqual(['PL-016', 'PL-017']);
      expect((await t.as(session, 'GET', '/api/v1/price-list/PL-016')).statusCode, email).toBe(200);
    }
    expect((await t.as(null, 'GET', '/api/v1/price-list')).statusCode).toBe(401);
  });
});

describe('managing the price list (beheerder)', () => {
  it('refuses every change, and the inactive items, to anyone but a beheerder', async () => {
    for (const email of [DEMODAM.maatwerker, DEMODAM.consulent, DEMODAM.budgetbeheerder, DEMODAM.beleid, DEMODAM.voorzitter]) {
      const session = await t.login(email);
      expect((await t.as(session, 'POST', '/api/v1/price-list', local('LOK-X'))).statusCode, email).toBe(403);
      expect((await t.as(session, 'PUT', '/api/v1/price-list/PL-001', { unitPriceCents: 1 })).statusCode, email).toBe(403);
      expect((await t.as(session, 'DELETE', '/api/v1/price-list/PL-001')).statusCode, email).toBe(403);
      expect((await t.as(session, 'POST', '/api/v1/price-list/import', { csv: `${HEADER}\n` })).statusCode, email).toBe(403);
      expect((await t.as(session, 'GET', '/api/v1/price-list?includeInactive=true')).statusCode, email).toBe(403);
      expect((await t.as(session, 'GET', '/api/v1/price-list.csv')).statusCode, email).toBe(403);
    }
    expect((await t.as(consulent, 'GET', '/api/v1/price-list/PL-001')).json().unitPriceCents).toBe(136_900);
  });

  it('adds a local tariff that everyone then finds; a taken code is a 422 on code', async () => {
    const response = await t.as(beheer, 'POST', '/api/v1/price-list', local('LOK-BEG-1', { note: 'Raamcontract' }));
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ ...local('LOK-BEG-1'), note: 'Raamcontract', origin: 'local', active: true });
    expect(codes((await t.as(consulent, 'GET', '/api/v1/price-list?q=demodam')).json())).toEqual(['LOK-BEG-1']);
    expect(codes((await t.as(consulent, 'GET', '/api/v1/price-list?origin=local')).json())).toContain('LOK-BEG-1');

    const again = await t.as(beheer, 'POST', '/api/v1/price-list', local('LOK-BEG-1'));
    expect(again.statusCode).toBe(422);
    expect(again.json().errors).toEqual([{ path: 'code', message: expect.stringContaining('bestaat al') }]);
    const national = await t.as(beheer, 'POST', '/api/v1/price-list', local('PL-001'));
    expect(national.statusCode).toBe(422);
  });

  it('refuses a BSN in the typed text of an item, at its field', async () => {
    // Test fixture: passes the 11-proef (a well-known test number), so the guard must refuse it.
    const created = await t.as(beheer, 'POST', '/api/v1/price-list', local('LOK-BSN', { note: 'Voor cliënt 111222333' }));
    expect(created.statusCode).toBe(422);
    expect(created.json().errors).toEqual([{ path: 'note', message: expect.stringContaining('burgerservicenummer') }]);
    const edited = await t.as(beheer, 'PUT', '/api/v1/price-list/PL-001', { name: 'Bijstand 111222333' });
    expect(edited.statusCode).toBe(422);
    expect(edited.json().errors[0].path).toBe('name');
    expect((await t.as(beheer, 'GET', '/api/v1/price-list/PL-001')).json().name).toBe('Bijstandsuitkering alleenstaande');
  });

  it('validates a new item with Dutch messages per field', async () => {
    const { year: _year, ...withoutYear } = local('LOK-JAAR');
    const defaults = await t.as(beheer, 'POST', '/api/v1/price-list', withoutYear);
    expect(defaults.statusCode).toBe(201);
    expect(defaults.json().year).toBe(new Date().getFullYear());

    const response = await t.as(beheer, 'POST', '/api/v1/price-list', {
      ...local('LOK 2'),
      unitPriceCents: 12.5,
      fundingStream: 'gemeente',
      frequency: 'hourly',
      name: '',
      extra: true,
    });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(['code', 'extra', 'frequency', 'fundingStream', 'name', 'unitPriceCents']);
    expect(response.json().errors.find((e: { path: string }) => e.path === 'code').message).toContain('letters, cijfers');
  });

  it('overrides a national tariff, which makes it local; changing only active does not', async () => {
    const read = (await t.as(beheer, 'GET', '/api/v1/price-list/PL-022')).json();
    expect(read.origin).toBe('national');
    // A client may send back what it read, with its changes.
    const response = await t.as(beheer, 'PUT', '/api/v1/price-list/PL-022', { ...read, unitPriceCents: 3350, source: 'Contract Demodam 2025' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ code: 'PL-022', unitPriceCents: 3350, source: 'Contract Demodam 2025', origin: 'local', name: read.name });

    const off = await t.as(beheer, 'DELETE', '/api/v1/price-list/PL-023');
    expect(off.json()).toMatchObject({ code: 'PL-023', active: false, origin: 'national' });
    const on = await t.as(beheer, 'PUT', '/api/v1/price-list/PL-023', { active: true });
    expect(on.json()).toMatchObject({ active: true, origin: 'national' });

    const renamed = await t.as(beheer, 'PUT', '/api/v1/price-list/PL-022', { code: 'PL-999' });
    expect(renamed.statusCode).toBe(422);
    expect(renamed.json().errors[0].path).toBe('code');
    expect((await t.as(beheer, 'PUT', '/api/v1/price-list/PL-022', { unitPriceCents: -1 })).statusCode).toBe(422);
    expect((await t.as(beheer, 'PUT', '/api/v1/price-list/GEEN', { active: true })).statusCode).toBe(404);
  });

  it('deactivates instead of deleting: hidden from search, visible to the beheerder, undone with PUT active: true, all audited', async () => {
    await t.as(beheer, 'POST', '/api/v1/price-list', local('LOK-WEG'));
    const off = await t.as(beheer, 'DELETE', '/api/v1/price-list/LOK-WEG');
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect(codes((await t.as(consulent, 'GET', '/api/v1/price-list?q=LOK-WEG')).json())).toEqual([]);
    expect((await t.as(consulent, 'GET', '/api/v1/price-list/LOK-WEG')).statusCode).toBe(404);
    expect(codes((await t.as(beheer, 'GET', '/api/v1/price-list?q=LOK-WEG&includeInactive=true')).json())).toEqual(['LOK-WEG']);
    expect((await t.as(beheer, 'GET', '/api/v1/price-list/LOK-WEG')).json().active).toBe(false);

    const on = await t.as(beheer, 'PUT', '/api/v1/price-list/LOK-WEG', { active: true });
    expect(on.json()).toMatchObject({ active: true, origin: 'local' });
    expect(codes((await t.as(consulent, 'GET', '/api/v1/price-list?q=LOK-WEG')).json())).toEqual(['LOK-WEG']);

    const log = (await t.as(beheer, 'GET', '/api/v1/audit?entityId=LOK-WEG')).json();
    expect(log.items.map((e: { action: string }) => e.action).sort()).toEqual(['price_item.create', 'price_item.deactivate', 'price_item.update']);
    expect(log.items.every((e: { actorId: string }) => e.actorId === beheer.user.id)).toBe(true);
  });
});

describe("another municipality's price list", () => {
  it("is invisible, and changing another municipality's local item is a 404", async () => {
    await t.as(beheer, 'POST', '/api/v1/price-list', local('LOK-DEMODAM-ALLEEN'));
    expect(codes((await t.as(proefwijk, 'GET', '/api/v1/price-list?q=demodam&includeInactive=true')).json())).toEqual([]);
    expect((await t.as(proefwijk, 'GET', '/api/v1/price-list/LOK-DEMODAM-ALLEEN')).statusCode).toBe(404);
    expect((await t.as(proefwijk, 'PUT', '/api/v1/price-list/LOK-DEMODAM-ALLEEN', { unitPriceCents: 1 })).statusCode).toBe(404);
    expect((await t.as(proefwijk, 'DELETE', '/api/v1/price-list/LOK-DEMODAM-ALLEEN')).statusCode).toBe(404);
    // The same code may exist in both; each edits its own.
    expect((await t.as(proefwijk, 'POST', '/api/v1/price-list', local('LOK-DEMODAM-ALLEEN', { unitPriceCents: 1 }))).statusCode).toBe(201);
    await t.as(proefwijk, 'PUT', '/api/v1/price-list/PL-001', { unitPriceCents: 100_000 });
    expect((await t.as(consulent, 'GET', '/api/v1/price-list/PL-001')).json()).toMatchObject({ unitPriceCents: 136_900, origin: 'national' });
    expect((await t.as(consulent, 'GET', '/api/v1/price-list/LOK-DEMODAM-ALLEEN')).json().unitPriceCents).toBe(6450);
  });
});

describe('POST /api/v1/price-list/import', () => {
  const row = (code: string, price = '61.00', name = 'Begeleiding groep') => `${code},${name},dagdeel,${price},week,wmo,care,2025,medium,Contract 2025,`;

  it('imports nothing at all when one line is wrong, and names every wrong line and column', async () => {
    const csv = [HEADER, row('IMP-1'), row('IMP-2'), row('IMP-3', '12,50'), row('IMP-4', 'gratis'), row('PL-001', '1')].join('\r\n');
    const response = await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv });
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json();
    expect(problem.detail).toBe('Het bestand is niet ingelezen: er zijn 2 fouten. Er is niets gewijzigd.');
    expect(problem.errors).toEqual([
      { path: 'regel 4', message: 'regel 4: verwacht 11 kolommen, gevonden 12. Staat er een komma in een tekst zonder aanhalingstekens?' },
      { path: 'regel 5.unit_price_eur', message: expect.stringMatching(/^regel 5, kolom unit_price_eur: "gratis" is geen bedrag/) },
    ]);
    // Not even the good lines, nor PL-001.
    expect((await t.as(beheer, 'GET', '/api/v1/price-list?q=IMP&includeInactive=true')).json().total).toBe(0);
    expect((await t.as(beheer, 'GET', '/api/v1/price-list/PL-001')).json().unitPriceCents).toBe(136_900);
  });

  it('upserts by code in one go, reports what it did, and changes nothing on a second run', async () => {
    const csv = [HEADER, row('IMP-1'), row('IMP-2', '"1369,00"', '"Groep, met vervoer"'), row('PL-002', '2000.00', 'Bijstand gehuwden (lokaal)')].join('\n');
    const dry = await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv, dryRun: true });
    expect(dry.json()).toMatchObject({ added: 2, updated: 1, unchanged: 0, total: 3, dryRun: true });
    expect((await t.as(beheer, 'GET', '/api/v1/price-list/IMP-1')).statusCode).toBe(404);

    const response = await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ added: 2, updated: 1, unchanged: 0, total: 3, addedCodes: ['IMP-1', 'IMP-2'], updatedCodes: ['PL-002'], dryRun: false });
    expect((await t.as(consulent, 'GET', '/api/v1/price-list/IMP-2')).json()).toMatchObject({ name: 'Groep, met vervoer', unitPriceCents: 136_900, origin: 'local', confidence: 'medium' });
    expect((await t.as(consulent, 'GET', '/api/v1/price-list/PL-002')).json()).toMatchObject({ unitPriceCents: 200_000, origin: 'local' });

    const again = await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv });
    expect(again.json()).toMatchObject({ added: 0, updated: 0, unchanged: 3 });

    // An inactive item comes back when imported.
    await t.as(beheer, 'DELETE', '/api/v1/price-list/IMP-1');
    expect((await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv })).json()).toMatchObject({ updated: 1, updatedCodes: ['IMP-1'] });
    expect((await t.as(consulent, 'GET', '/api/v1/price-list/IMP-1')).json().active).toBe(true);

    const log = (await t.as(beheer, 'GET', '/api/v1/audit?action=price_list.import')).json();
    expect(log.items[0].detail).toMatchObject({ added: 0, updated: 1, unchanged: 2 });
  });

  it('reads a semicolon file saved by a Dutch spreadsheet', async () => {
    const csv = '\uFEFFcode;name;unit;unit_price_eur;default_frequency;funding_stream;domain;price_year;confidence;source;note\r\n' +
      'IMP-NL;Schuldhulp traject;traject;1250,00;eenmalig;Schuldhulpverlening;Schulden en financiën;2025;hoog;Kadernota 2025;"prijs; incl. nazorg"\r\n';
    const response = await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv });
    expect(response.statusCode).toBe(200);
    expect((await t.as(consulent, 'GET', '/api/v1/price-list/IMP-NL')).json()).toMatchObject({
      unitPriceCents: 125_000,
      frequency: 'once',
      fundingStream: 'schuldhulpverlening',
      domain: 'debts',
      confidence: 'high',
      note: 'prijs; incl. nazorg',
    });
  });

  it('takes JSON only and refuses an empty file or an unknown field', async () => {
    const text = await t.app.inject({
      method: 'POST',
      url: '/api/v1/price-list/import',
      headers: { cookie: beheer.cookie, 'x-csrf-token': beheer.csrfToken, 'content-type': 'text/csv' },
      payload: `${HEADER}\n${row('IMP-T')}`,
    });
    expect(text.statusCode).toBe(415);
    expect((await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv: '' })).statusCode).toBe(422);
    expect((await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv: HEADER })).json().errors).toEqual([{ path: 'csv', message: expect.stringContaining('kopregel') }]);
    expect((await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv: HEADER, bestand: 'x' })).statusCode).toBe(422);
  });

  it('exports the list as CSV that imports again without changes', async () => {
    const response = await t.as(beheer, 'GET', '/api/v1/price-list.csv?delimiter=semicolon');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    // sendDownload names the file for old and new browsers, and keeps it out of caches.
    expect(response.headers['content-disposition']).toBe(`attachment; filename="prijslijst-demo.csv"; filename*=UTF-8''prijslijst-demo.csv`);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.startsWith(`\uFEFF${PRICE_CSV_COLUMNS.join(';')}\r\n`)).toBe(true);
    const total = (await t.as(beheer, 'GET', '/api/v1/price-list')).json().total;
    const reimport = await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv: response.body, dryRun: true });
    expect(reimport.json()).toMatchObject({ added: 0, updated: 0, unchanged: total, total });
    // The municipality's own tariffs left the application: audited.
    const log = (await t.as(beheer, 'GET', '/api/v1/audit?action=price_list.export')).json();
    expect(log.items[0]).toMatchObject({ actorId: beheer.user.id, entityType: 'price_list', detail: { items: total, includeInactive: false } });
  });

  it('refuses a BSN in the text of a line, naming the line and column', async () => {
    // Test fixture: 111222333 passes the 11-proef (a well-known test number), so the guard must refuse it.
    const csv = [HEADER, row('IMP-BSN', '61.00', 'Begeleiding 111222333')].join('\n');
    const response = await t.as(beheer, 'POST', '/api/v1/price-list/import', { csv });
    expect(response.statusCode).toBe(422);
    expect(response.json().errors).toEqual([{ path: 'regel 2.name', message: expect.stringContaining('burgerservicenummer') }]);
    expect((await t.as(beheer, 'GET', '/api/v1/price-list/IMP-BSN')).statusCode).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('documents the library routes with Dutch summaries', async () => {
    const spec = (await t.as(null, 'GET', '/api/openapi.json')).json();
    for (const [path, method] of [
      ['/api/v1/price-list', 'get'],
      ['/api/v1/price-list', 'post'],
      ['/api/v1/price-list/{code}', 'put'],
      ['/api/v1/price-list/{code}', 'delete'],
      ['/api/v1/price-list/import', 'post'],
      ['/api/v1/legal-bases', 'get'],
      ['/api/v1/legal-bases', 'post'],
      ['/api/v1/legal-bases/{code}', 'put'],
      ['/api/v1/plans/{id}/legal-suggestions', 'get'],
    ] as const) {
      expect(spec.paths[path]?.[method]?.summary, `${method} ${path}`).toEqual(expect.any(String));
    }
  });
});
