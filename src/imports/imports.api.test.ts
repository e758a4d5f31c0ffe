import { and, eq } from 'drizzle-orm';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session } from '../test/app.js';
import { createUser } from '../users/users.service.js';
import { declarationLines, services, serviceDeliveries } from '../services/services.schema.js';
import { example, importAndWait, zip } from './test/fixtures.js';

const t = await createTestApp();
let analist: Session;

const SERVICES_HEADER = 'serviceId,bsn,clientNumber,pillar,productCategory,productCode,productName,provider,startDate,endDate,volume,unit,frequency,unitPriceCents,amountCents';

beforeAll(async () => {
  await createUser(t.database.db, { tenantId: 'demo2', email: 'analist@proefwijk.example', name: 'Analist Proefwijk', roles: ['analist'], password: 'proefwijk-geheim-1' });
  analist = await t.login('analist@demodam.example');
});

const serviceRow = (serviceId: string) => t.database.db.select().from(services).where(and(eq(services.tenantId, 'demo'), eq(services.serviceId, serviceId)));

describe('POST /api/v1/imports: iWmo and iJw messages', () => {
  it('imports a 301 and reports the file, then finds it unchanged the second time', async () => {
    const first = await importAndWait(t, analist, example('WMO301'), 'xml', '?name=WMO301.xml');
    expect(first.status).toBe('done');
    expect(first.fileName).toBe('WMO301.xml');
    expect(first.files).toEqual([{ name: 'WMO301.xml', kind: 'wmo301', status: 'imported', records: 1, inserted: 1, updated: 0, unchanged: 0, errors: [] }]);
    expect(first.progress.bytes).toBe(first.progress.totalBytes);
    const [row] = await serviceRow('101');
    expect(row).toMatchObject({ pillar: 'wmo', provider: '42420001', productCategory: '01', productCode: '01A01', startDate: '2023-01-01', endDate: '2023-12-31', volume: 10, unit: '01', frequency: '1' });
    expect(row!.clientKey).toMatch(/^[0-9a-f]{64}$/);

    const again = await importAndWait(t, analist, example('WMO301'), 'xml');
    expect(again.files[0]).toMatchObject({ status: 'imported', records: 1, inserted: 0, updated: 0, unchanged: 1 });
  });

  it('updates an assignment from a later message (a shorter Einddatum)', async () => {
    const shorter = example('WMO301').replace('<wmo301:Einddatum>2023-12-31</wmo301:Einddatum>', '<wmo301:Einddatum>2023-06-30</wmo301:Einddatum>');
    const job = await importAndWait(t, analist, shorter, 'xml');
    expect(job.files[0]).toMatchObject({ inserted: 0, updated: 1, unchanged: 0 });
    expect((await serviceRow('101'))[0]!.endDate).toBe('2023-06-30');
  });

  it('takes the actual start from the 305 and the stop from the 307, in either order', async () => {
    // The 307 arrives before the 301 it stops: kept, and applied when the assignment comes.
    const stop = await importAndWait(t, analist, example('JW307'), 'xml');
    expect(stop.files[0]).toMatchObject({ kind: 'jw307', status: 'imported' });
    const start = await importAndWait(t, analist, example('JW305'), 'xml');
    expect(start.files[0]).toMatchObject({ kind: 'jw305', status: 'imported' });
    const assign = await importAndWait(t, analist, example('JW301'), 'xml');
    expect(assign.files[0]).toMatchObject({ kind: 'jw301', status: 'imported', records: 2 });
    const [row] = await serviceRow('300201');
    expect(row).toMatchObject({ pillar: 'jeugd', assignmentStart: '2026-04-01', assignmentEnd: '2026-07-14' });
    const [delivery] = await t.database.db.select().from(serviceDeliveries).where(and(eq(serviceDeliveries.tenantId, 'demo'), eq(serviceDeliveries.serviceId, '300201')));
    expect(row!.startDate).toBe(delivery!.startedOn);
    expect(row!.endDate).toBe(delivery!.stoppedOn);
  });

  it('imports the declaration lines of a 323, signed, keyed by declaration number and product reference', async () => {
    const job = await importAndWait(t, analist, example('WMO323'), 'xml');
    expect(job.files[0]).toMatchObject({ kind: 'wmo323', status: 'imported', records: 4, inserted: 4 });
    const lines = await t.database.db.select().from(declarationLines).where(and(eq(declarationLines.tenantId, 'demo'), eq(declarationLines.declarationNumber, 'DN001')));
    expect(lines.map((line) => [line.productReference, line.amountCents, line.provider]).sort()).toEqual([
      ['RN001', 5000, '65656055'],
      ['RN002', 24000, '65656055'],
      ['RN003', 5000, '65656055'],
      ['RN004', 24000, '65656055'],
    ]);
    const credit = example('WMO323').replace(/<iwmo:DebetCredit>D<\/iwmo:DebetCredit>/g, '<iwmo:DebetCredit>C</iwmo:DebetCredit>').replace('DN001', 'DN002');
    await importAndWait(t, analist, credit, 'xml');
    const credited = await t.database.db.select().from(declarationLines).where(and(eq(declarationLines.tenantId, 'demo'), eq(declarationLines.declarationNumber, 'DN002')));
    expect(credited.every((line) => line.amountCents < 0)).toBe(true);
  });

  it("rejects a message for another municipality and stores nothing of it", async () => {
    const other = example('WMO301', '0384').replace(/<wmo301:ToewijzingNummer>101</, '<wmo301:ToewijzingNummer>777<');
    const job = await importAndWait(t, analist, other, 'xml');
    expect(job.files[0]).toMatchObject({ status: 'rejected', inserted: 0 });
    expect(job.files[0]!.errors[0]!.path).toBe('Bericht/Header/Afzender');
    expect(await serviceRow('777')).toEqual([]);
  });

  it('rejects malformed XML, a wrong BerichtCode and a date that does not exist, with where it is', async () => {
    const broken = await importAndWait(t, analist, example('WMO301').slice(0, 900), 'xml');
    expect(broken.files[0]!.status).toBe('rejected');
    const code = await importAndWait(t, analist, example('WMO301').replace('<wmo301:BerichtCode>414<', '<wmo301:BerichtCode>415<'), 'xml');
    expect(code.files[0]!.errors[0]!.path).toBe('Bericht/Header/BerichtCode');
    const date = await importAndWait(t, analist, example('WMO301').replace('<wmo301:Ingangsdatum>2023-01-01<', '<wmo301:Ingangsdatum>2023-02-30<').replace('>101<', '>778<'), 'xml');
    expect(date.files[0]!.errors.map((e) => e.path)).toContain('Bericht/Client/ToegewezenProducten/ToegewezenProduct[1]/Ingangsdatum');
    expect(await serviceRow('778')).toEqual([]);
  });
});

describe('POST /api/v1/imports: CSV and ZIP', () => {
  it('imports a services CSV with ; and a BOM, and lists the errors of a bad one by line', async () => {
    const good = `\uFEFF${SERVICES_HEADER.replaceAll(',', ';')}\nCSV-1;;C-900001;participatie;PW;BUIG;Bijstand;;2026-01-01;;1;83;4;;\n`;
    const job = await importAndWait(t, analist, good, 'csv', '?kind=services&name=services.csv');
    expect(job.files[0], JSON.stringify(job.files[0]!.errors)).toMatchObject({ name: 'services.csv', kind: 'services', status: 'imported', inserted: 1 });

    const bad = `${SERVICES_HEADER}\nCSV-2,,C-900002,participatie,PW,BUIG,Bijstand,,2026-01-01,,1,83,4,,\nCSV-3,,C-900003,armoede,PW,BUIG,Bijstand,,2026-01-01,,1,83,4,,\n`;
    const rejected = await importAndWait(t, analist, bad, 'csv', '?kind=services');
    expect(rejected.files[0]).toMatchObject({ status: 'rejected', records: 1, inserted: 0 });
    expect(rejected.files[0]!.errors[0]!.line).toBe(3);
    expect(await serviceRow('CSV-2')).toEqual([]);
  });

  it('imports the good files of a ZIP and rejects the bad ones', async () => {
    const body = zip({
      'WMO323.xml': example('WMO323').replace('DN001', 'DNZIP'),
      'services-2026.csv': `${SERVICES_HEADER}\nZIP-1,,C-900010,schuldhulp,SH,TRAJ,Schuldhulptraject,,2026-02-01,2026-12-31,,,,,120000\n`,
      'households.csv': 'bsn;clientNumber;householdId\n',
      'notities.txt': 'los bestand',
    });
    const job = await importAndWait(t, analist, body, 'zip');
    const byName = Object.fromEntries(job.files.map((file) => [file.name, file]));
    expect(byName['WMO323.xml'], JSON.stringify(byName['WMO323.xml']!.errors)).toMatchObject({ status: 'imported', inserted: 4 });
    expect(byName['services-2026.csv'], JSON.stringify(byName['services-2026.csv']!.errors)).toMatchObject({ status: 'imported', inserted: 1 });
    expect(byName['households.csv']!.status).toBe('rejected');
    expect(byName['notities.txt']!.status).toBe('rejected');
  });

  it('refuses a ZIP bomb with a Dutch message and stores nothing of it', async () => {
    const bomb = Buffer.from(zipSync({ 'services.csv': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));
    const job = await importAndWait(t, analist, bomb, 'zip', '?name=bom.zip');
    expect(job.files).toHaveLength(1);
    expect(job.files[0]).toMatchObject({ name: 'bom.zip', status: 'rejected', inserted: 0 });
    expect(job.files[0]!.errors[0]!.message).toMatch(/ZIP|uitgepakt|verhouding/i);
  });

  it('asks which CSV kind, refuses too large a body, and keeps the import to analist and beheerder', async () => {
    const noKind = await t.as(analist, 'POST', '/api/v1/imports', `${SERVICES_HEADER}\n`, { 'content-type': 'text/csv' });
    expect(noKind.statusCode).toBe(422);
    expect(noKind.json().errors[0].path).toBe('kind');
    const huge = await t.as(analist, 'POST', '/api/v1/imports', '<x/>', { 'content-type': 'application/xml', 'content-length': String(2 * 1024 ** 3) });
    expect(huge.statusCode).toBe(413);
    const consulent = await t.login('consulent@demodam.example');
    expect((await t.as(consulent, 'POST', '/api/v1/imports', example('WMO301'), { 'content-type': 'application/xml' })).statusCode).toBe(403);
    expect((await t.as(consulent, 'GET', '/api/v1/imports')).statusCode).toBe(403);
  });

  it("lists imports newest first and never shows another municipality's", async () => {
    const list = (await t.as(analist, 'GET', '/api/v1/imports')).json();
    expect(list.total).toBeGreaterThan(5);
    expect(list.items[0].createdAt >= list.items[1].createdAt).toBe(true);
    expect(list.items[0].createdBy).toBe('Anouk Analist');
    const other = await t.login('analist@proefwijk.example', 'proefwijk-geheim-1');
    expect((await t.as(other, 'GET', `/api/v1/imports/${list.items[0].id}`)).statusCode).toBe(404);
    expect((await t.as(other, 'GET', '/api/v1/imports')).json().total).toBe(0);
  });
});
