import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { plans } from '../src/plans/plans.schema.js';
import { expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();
let identifiers: string[] = [];

beforeAll(async () => {
  const rows = await e2e.db.select({ caseNumber: plans.caseNumber, document: plans.document }).from(plans).where(eq(plans.tenantId, 'demo'));
  identifiers = rows.flatMap((row) => [row.caseNumber, row.document.clientNumber]);
  expect(identifiers.length).toBeGreaterThan(4);
});

describe('dashboard', () => {
  it('shows beleid the figures with a table beside every chart, filters in the address, and downloads', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Dashboard' }).click();
    await expectHeading(page, 'Dashboard');
    await expectTitle(page, 'Dashboard – Doorbraak');
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByRole('table', { name: 'Cijfers bij de grafiek: Aantal plannen per status' }).waitFor();
    for (const name of ['Plannen per status', 'Per geldstroom', 'Top-10 wettelijke grondslagen', 'Leefgebieden van de doorbraken', 'Levenstevredenheid', 'Knelpunten per thema']) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    // Observable Plot charts, each in a figure with its caption and a captioned table that scrolls in its own box.
    const figures = page.locator('figure.dbk-grip-figure');
    expect(await page.locator('figure.dbk-grip-figure svg[role="img"]').count()).toBeGreaterThan(3);
    expect(await figures.locator('table caption').count()).toBe(await figures.count());
    expect(await figures.locator('[role="region"][tabindex="0"][aria-labelledby] > table').count()).toBe(await figures.count());
    // Key figures before the filters, and the filters closed: the figures fill the first screen.
    const figuresTop = (await page.getByRole('term').filter({ hasText: 'Rendement totaal' }).boundingBox())!.y;
    expect(figuresTop).toBeLessThan((await page.locator('summary.dbk-dashboard__filters-summary').boundingBox())!.y);
    expect(await page.getByLabel('Plannen aangemaakt vanaf').isVisible()).toBe(false);
    // Four series per funding stream in four colours, the legend's swatches the same, and amounts on one line.
    const stream = page.getByRole('figure', { name: 'Kosten en rendement per geldstroom' });
    const swatchColours = await stream.locator('.dbk-grip-legend__swatch').evaluateAll((svgs) => svgs.map((svg) => getComputedStyle(svg).color));
    expect(new Set(swatchColours).size).toBe(4);
    const barColours = await stream.locator('svg[role="img"] g[class^="dbk-plot-"]').evaluateAll((marks) => marks.map((g) => getComputedStyle(g).color));
    for (const colour of swatchColours) expect(barColours).toContain(colour);
    const amount = stream.locator('td.dbk-dashboard__number').first();
    expect(await amount.evaluate((td) => getComputedStyle(td).whiteSpace)).toBe('nowrap');
    expect(await stream.locator('svg text').filter({ hasText: /^Huidig € / }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'dashboard');
    // 320 px (reflow): the page does not scroll sideways; wide tables scroll inside their own box.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1366, height: 768 });
    const content = await page.content();
    for (const identifier of identifiers) expect(content, identifier).not.toContain(identifier);

    // Filters: an end before the start is refused, then a valid filter goes into the address.
    await page.locator('summary.dbk-dashboard__filters-summary').click();
    await page.getByLabel('Plannen aangemaakt vanaf').fill('2020-02-01');
    await page.getByLabel('Tot en met').fill('2020-01-01');
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('De einddatum ligt vóór de begindatum.').waitFor();
    expect((await focused(page)).id).toBe('dashboard-tot');
    expect(await page.getByLabel('Tot en met').isVisible()).toBe(true);
    await page.getByLabel('Tot en met').fill('2099-12-31');
    await page.getByRole('checkbox', { name: 'Concept' }).check();
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/status=draft/);
    expect(new URL(page.url()).search).toBe('?van=2020-02-01&tot=2099-12-31&status=draft%2Capproved%2Cin_progress%2Cmonitoring%2Cclosed');
    await page.getByRole('table', { name: 'Cijfers bij de grafiek: Aantal plannen per status' }).getByRole('rowheader', { name: 'Concept' }).waitFor();
    await expectNoAxeViolations(page);

    const csvHref = await page.getByRole('link', { name: 'Download CSV' }).getAttribute('href');
    expect(csvHref).toContain('/api/v1/dashboard.csv?from=2020-02-01&to=2099-12-31');
    const csv = await page.request.get(e2e.url(csvHref!));
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await csv.text()).replace(/^\uFEFF/, '').startsWith('Kerncijfers')).toBe(true);
    const xlsx = await page.request.get(e2e.url((await page.getByRole('link', { name: 'Download Excel (XLSX)' }).getAttribute('href'))!));
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe('PK');

    await page.getByRole('link', { name: 'Regio: gemeenten naast elkaar' }).click();
    await expectHeading(page, 'Regio');
    await page.getByRole('table', { name: 'Cijfers per gemeente in Regio Demodam' }).getByRole('columnheader', { name: 'Gemeente Demodam' }).waitFor();
    expect(await page.getByRole('columnheader', { name: 'Gemeente Proefwijk' }).count()).toBe(0);
    expect(await page.getByLabel(/Toon de cijfers van onze gemeente/).count()).toBe(0);
    await expectNoAxeViolations(page);
    const regionContent = await page.content();
    for (const identifier of identifiers) expect(regionContent, identifier).not.toContain(identifier);
    await page.getByRole('main').getByRole('link', { name: 'dashboard', exact: true }).click();
    await expectHeading(page, 'Dashboard');
    await page.getByText(/Filters \(1 februari 2020 t\/m 31 december 2099; /).waitFor();
    // Back on the dashboard with the same filters, and on to the council report.
    await page.locator('summary.dbk-dashboard__filters-summary').click();
    expect(await page.getByRole('checkbox', { name: 'Concept' }).isChecked()).toBe(true);
    await page.getByRole('navigation', { name: 'Verder met de cijfers' }).getByRole('link', { name: 'Raadsrapportage' }).click();
    await expectHeading(page, 'Raadsrapportage');
  });

  it('lets the beheerder stop and restart sharing with the region', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await page.goto(e2e.url('/dashboard/regio'));
    await expectHeading(page, 'Regio');
    const optIn = page.getByLabel(/Toon de cijfers van onze gemeente/);
    expect(await optIn.isChecked()).toBe(true);
    await optIn.uncheck();
    await page.getByRole('button', { name: 'Instelling opslaan' }).click();
    await page.getByText('Uw gemeente deelt haar cijfers niet meer met de regio.').waitFor();
    await page.getByText('Uw gemeente deelt haar cijfers niet met Regio Demodam.').waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel(/Toon de cijfers van onze gemeente/).check();
    await page.getByRole('button', { name: 'Instelling opslaan' }).click();
    await page.getByRole('table', { name: 'Cijfers per gemeente in Regio Demodam' }).waitFor();
  });

  it('is not shown to a consulent', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    await page.goto(e2e.url('/dashboard'));
    await expectHeading(page, 'Geen toegang');
  });
});
