import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../audit/audit.schema.js';
import { importAndWait } from '../imports/test/fixtures.js';
import { budgetLines } from '../services/services.schema.js';
import { createTestApp, type Session } from '../test/app.js';
import { createUser } from '../users/users.service.js';

const t = await createTestApp();
const sessions: Record<string, Session> = {};
beforeAll(async () => {
  await createUser(t.database.db, { tenantId: 'demo2', email: 'budget@proefwijk.example', name: 'Budget Proefwijk', roles: ['budgetbeheerder'], password: 'proefwijk-geheim-1' });
  for (const role of ['budget', 'analist', 'beleid', 'maatwerker']) sessions[role] = await t.login(`${role}@demodam.example`);
  sessions.proefwijk = await t.login('budget@proefwijk.example', 'proefwijk-geheim-1');
});

const HEADER = 'year,budgetLine,name,pillar,productCategory,amountCents';
const csv = (...rows: string[]) => [HEADER, ...rows].join('\n') + '\n';
const put = (session: Session, body: string, type = 'text/csv') => t.as(session, 'PUT', '/api/v1/grip/budget-lines', body, { 'content-type': type });
const stored = async (tenantId = 'demo') =>
  (await t.database.db.select().from(budgetLines).where(eq(budgetLines.tenantId, tenantId)))
    .map((row) => `${row.year}|${row.budgetLine}|${row.name}|${row.pillar}|${row.productCategory}|${row.amountCents}`)
    .sort();

describe('PUT /api/v1/grip/budget-lines', () => {
  it('replaces every line of each year in the file, leaving other years alone', async () => {
    const first = await put(sessions.budget!, csv('2025,WMO,Wmo 2025,wmo,,900000', '2026,WMO,Wmo,wmo,,1000000', '2026,WMO-HH,Huishoudelijke hulp,wmo,02,250000', '2026,OUD,Vervalt,jeugd,,1'));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ years: [2025, 2026], lines: 4 });

    // Semicolons and a BOM, as a Dutch spreadsheet saves it; only 2026 is in the file.
    const second = await put(sessions.analist!, `\uFEFF${HEADER.replaceAll(',', ';')}\r\n2026;WMO;Wmo;wmo;;1100000\r\n2026;JW;Jeugd;JEUGD;;4000000\r\n`, 'text/csv; charset=utf-8');
    expect(second.statusCode).toBe(200);
    expect(second.json()).toEqual({ years: [2026], lines: 2 });
    expect(await stored()).toEqual(['2025|WMO|Wmo 2025|wmo||900000', '2026|JW|Jeugd|jeugd||4000000', '2026|WMO|Wmo|wmo||1100000']);

    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.tenantId, 'demo'), eq(auditEvents.action, 'grip.budget_lines_replace'), eq(auditEvents.actorEmail, 'analist@demodam.example')));
    expect(audit!.detail).toEqual({ years: ['2026'], lines: 2, removed: 3 });
  });

  const refusals: [string, string, { path: string; message: RegExp }[]][] = [
    ['an invalid row, after a valid one', csv('2026,WMO,Wmo,wmo,,1', '2026,JW,Jeugd,jeugd,,12,50'), [{ path: 'regel 3', message: /velden/ }]],
    ['an amount that is not whole cents', csv('2026,JW,Jeugd,jeugd,,€ 12'), [{ path: 'regel 2.amountCents', message: /hele centen/ }]],
    ['a line without a pillar', csv('2026,X,Iets,,,100'), [{ path: 'regel 2.pillar', message: /leeg/ }]],
    ['an unknown pillar', csv('2026,X,Iets,zorg,,100'), [{ path: 'regel 2.pillar', message: /onbekende pijler 'zorg'/ }]],
    ['an unknown year', csv('1999,X,Iets,wmo,,100'), [{ path: 'regel 2.year', message: /2000 tot en met 2100/ }]],
    ['the same budget line twice in a year', csv('2026,A,Wmo,wmo,01,100', '2026,A,Jeugd,jeugd,,100'), [{ path: 'regel 3.budgetLine', message: /al op regel 2/ }]],
    ['two lines on the same pillar and category', csv('2026,A,Hulp,wmo,02,100', '2026,B,Ook hulp,wmo,02,100'), [{ path: 'regel 3.productCategory', message: /overlapt met regel 2/ }]],
    ['two lines on the whole pillar', csv('2026,A,Wmo,wmo,,100', '2026,B,Ook wmo,wmo,,100'), [{ path: 'regel 3.pillar', message: /overlapt met regel 2/ }]],
    ['a header without a column', 'year,budgetLine,name,pillar,amountCents\n2026,A,Wmo,wmo,100\n', [{ path: 'regel 1.productCategory', message: /productCategory ontbreekt/ }]],
    ['a header and nothing else', `${HEADER}\n`, [{ path: 'regel 2', message: /geen begrotingsregels/ }]],
    ['a BSN in a name', csv('2026,A,Voor 999993653,wmo,,100'), [{ path: 'regel 2.name', message: /burgerservicenummer/ }]],
  ];
  it.each(refusals)('refuses %s with 422, a Dutch message and its path, storing nothing', async (_case, body, errors) => {
    const before = await stored();
    const response = await put(sessions.budget!, body);
    expect(response.statusCode).toBe(422);
    const problem = response.json() as { detail: string; errors: { path: string; message: string }[] };
    expect(problem.detail).toMatch(/^De begroting is niet ingelezen: er is 1 fout\. Er is niets gewijzigd\.$/);
    expect(problem.errors).toEqual(errors.map((error) => ({ path: error.path, message: expect.stringMatching(error.message) })));
    expect(await stored()).toEqual(before);
  });

  it('lists every problem of the file at once', async () => {
    const response = await put(sessions.budget!, csv('2026,A,Wmo,wmo,,100', '2026,A,Wmo,wmo,,100', '2026,C,X,onbekend,,100'));
    expect((response.json() as { errors: { path: string }[] }).errors.map((error) => error.path)).toEqual(['regel 3.budgetLine', 'regel 4.pillar']);
  });

  it('takes CSV only, up to 5 MB', async () => {
    const json = await t.as(sessions.budget!, 'PUT', '/api/v1/grip/budget-lines', { year: 2026 });
    expect(json.statusCode).toBe(415);
    expect(json.json()).toMatchObject({ detail: expect.stringContaining('text/csv') });
    const big = await put(sessions.budget!, csv(`2026,A,${'x'.repeat(5 * 1024 * 1024)},wmo,,1`));
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ detail: expect.stringContaining('groter dan 5 MB') });
  });

  it('is for the budgetbeheerder and the analist only, and for the own municipality', async () => {
    const before = await stored();
    for (const role of ['beleid', 'maatwerker']) expect((await put(sessions[role]!, csv('2026,A,Wmo,wmo,,1'))).statusCode).toBe(403);
    expect((await put(sessions.budget!, csv('2026,X,Iets,zorg,,100'))).statusCode).toBe(422);
    expect(await stored()).toEqual(before);
    // Another municipality's budget of the same year is its own: replacing it leaves demo's as it was.
    expect((await put(sessions.proefwijk!, csv('2026,WMO,Wmo Proefwijk,wmo,,5'))).statusCode).toBe(200);
    expect(await stored()).toEqual(before);
    expect(await stored('demo2')).toEqual(['2026|WMO|Wmo Proefwijk|wmo||5']);
  });
});

describe('budgets CSV in an import', () => {
  it('rejects a file whose lines overlap, storing nothing of it', async () => {
    const before = await stored();
    const job = await importAndWait(t, sessions.analist!, csv('2030,A,Wmo,wmo,,100', '2030,B,Ook wmo,wmo,,200'), 'csv', '?kind=budgets&name=budgets-2030.csv');
    expect(job.files).toEqual([
      expect.objectContaining({ name: 'budgets-2030.csv', status: 'rejected', inserted: 0, errors: [{ line: 3, message: expect.stringContaining('overlapt met regel 2') }] }),
    ]);
    expect(await stored()).toEqual(before);
  });
});
