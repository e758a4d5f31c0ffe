import { describe, expect, it } from 'vitest';
import { createTestApp } from '../test/app.js';
import { DEMO_ANCHOR_CLIENT_NUMBERS, seedDemoServiceData } from './demo-service-data.js';

/** The synthetic Demodam dataset loads through the importer without a single rejected file. */
describe('demo service data', () => {
  it('imports every generated file and makes the demo plans’ households candidates', async () => {
    const t = await createTestApp();
    const started = Date.now();
    const job = await seedDemoServiceData(t.database, { secret: t.ctx.secret, dataDir: t.ctx.config.dataDir, now: new Date('2026-12-03T10:00:00Z') });
    const seconds = (Date.now() - started) / 1000;
    const rejected = job.files.filter((file) => file.status === 'rejected');
    expect(rejected, JSON.stringify(rejected.slice(0, 3))).toEqual([]);
    expect(job.progress.records).toBeGreaterThan(1000);
    console.info(`demo service data: ${job.files.length} files, ${job.progress.records} records in ${seconds.toFixed(1)} s`);

    const analist = await t.login('analist@demodam.example');
    const overlap = (await t.as(analist, 'GET', '/api/v1/services/overlap?date=2026-12-03')).json();
    expect(overlap.households).toBeGreaterThan(300);
    expect(overlap.byPillarCount[0].households).toBeGreaterThan(overlap.byPillarCount[1].households);

    const maatwerker = await t.login('maatwerker@demodam.example');
    const candidates = (await t.as(maatwerker, 'GET', '/api/v1/services/candidates?date=2026-12-03&limit=500')).json();
    const numbers = new Set(candidates.items.flatMap((item: { clientNumbers: string[] }) => item.clientNumbers));
    for (const anchor of DEMO_ANCHOR_CLIENT_NUMBERS) expect(numbers.has(anchor), anchor).toBe(true);
  });
});
