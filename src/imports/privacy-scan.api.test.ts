import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { writeBackup } from '../db/backup.js';
import { createTestApp } from '../test/app.js';
import { EXAMPLE_PERSONAL_DATA, example, importAndWait, zip, type ExampleName } from './test/fixtures.js';

/**
 * The border holds (CONTRACT.md "Pseudonymisation at the border"): after importing every example
 * message, a full backup, the application log and every answer contain none of the BSNs, names,
 * addresses, phone numbers, e-mail addresses, birth dates or comments that were in the files.
 */
describe('privacy scan after importing the iWmo/iJw examples', () => {
  it('finds no personal data of the files in the backup, the logs or any response', async () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => { lines.push(String(chunk)); done(); } });
    const t = await createTestApp({}, { logger: pino({ level: 'debug' }, sink) });
    const analist = await t.login('analist@demodam.example');
    const maatwerker = await t.login('maatwerker@demodam.example');
    const beheerder = await t.login('beheer@demodam.example');
    const responses: string[] = [];

    const names: ExampleName[] = ['WMO301', 'WMO305', 'WMO307', 'WMO323', 'JW301', 'JW305', 'JW307', 'JW323'];
    for (const name of names) responses.push(JSON.stringify(await importAndWait(t, analist, example(name), 'xml', `?name=${name}.xml`)));
    // BSN test fixture: the examples' test BSNs again, with the municipality's own client numbers.
    const households = 'bsn,clientNumber,householdId,validFrom,validTo\n999900006,C-7001,HH-EX,2020-01-01,\n999900018,C-7002,HH-EX,2020-01-01,\n';
    responses.push(JSON.stringify(await importAndWait(t, analist, zip({ 'households.csv': households, 'JW301.xml': example('JW301') }), 'zip')));

    for (const [session, url] of [
      [analist, '/api/v1/imports'],
      [analist, '/api/v1/services/overlap?date=2026-05-01'],
      [analist, '/api/v1/services/candidates?date=2026-05-01&minPillars=1'],
      [maatwerker, '/api/v1/services/candidates?date=2026-05-01&minPillars=1'],
      [beheerder, '/api/v1/audit?limit=500'],
    ] as const) {
      const response = await t.as(session, 'GET', url);
      expect(response.statusCode, url).toBe(200);
      responses.push(response.body);
    }
    const { items } = (await t.as(maatwerker, 'GET', '/api/v1/services/candidates?date=2026-05-01&minPillars=1')).json();
    expect(items.length).toBeGreaterThan(0);
    const plan = await t.as(maatwerker, 'POST', '/api/v1/plans/from-candidate', { householdKey: items[0].householdKey, caseNumber: 'SCAN-1', date: '2026-05-01' });
    expect(plan.statusCode).toBe(201);
    responses.push(plan.body);

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-scan-'));
    const backup = path.join(dir, 'backup.json');
    await writeBackup(t.database.db, backup);
    const dump = zlib.gunzipSync(fs.readFileSync(backup)).toString('utf8');
    fs.rmSync(dir, { recursive: true, force: true });
    expect(dump).toContain('service_clients');

    const log = lines.join('');
    const everything = { backup: dump, log, responses: responses.join('\n') };
    for (const [where, text] of Object.entries(everything)) {
      for (const value of EXAMPLE_PERSONAL_DATA) expect(text.includes(value), `${value} in ${where}`).toBe(false);
    }
    // The uploads themselves (they held the personal data) are gone from the data dir.
    const spool = path.join(t.ctx.config.dataDir, 'imports');
    expect(fs.existsSync(spool) ? fs.readdirSync(spool) : []).toEqual([]);
  });
});
