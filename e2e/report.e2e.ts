import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

describe('raadsrapportage', () => {
  it('shows beleid the report of this year, accessible, with a PDF and an HTML version', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    await page.goto(e2e.url('/raadsrapportage'));
    await expectHeading(page, 'Raadsrapportage');
    await expectTitle(page, 'Raadsrapportage – Doorbraak');
    const year = new Date().getFullYear();
    expect(await page.getByLabel('Van', { exact: true }).inputValue()).toBe(`${year}-01-01`);
    expect(await page.getByLabel('Tot en met', { exact: true }).inputValue()).toBe(`${year}-12-31`);
    await page.getByText(`Raadsrapportage maatwerk Gemeente Demodam, ${year}`).waitFor();
    for (const name of ['Inleiding', 'Kerncijfers', 'Knelpunten', 'Oplossingen', 'Verantwoording']) {
      await page.getByRole('heading', { level: 2, name }).waitFor();
    }
    await page.getByRole('table', { name: `Kerncijfers ${year}` }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'raadsrapportage');

    const pdfHref = await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href');
    expect(pdfHref).toBe(`/api/v1/report.pdf?from=${year}-01-01&to=${year}-12-31`);
    const pdf = await page.request.get(e2e.url(pdfHref!));
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');

    const htmlHref = await page.getByRole('link', { name: /Open als webpagina \(HTML\)/ }).getAttribute('href');
    const html = await page.context().newPage();
    await html.goto(e2e.url(htmlHref!));
    await html.getByRole('heading', { level: 1, name: `Raadsrapportage maatwerk Gemeente Demodam, ${year}` }).waitFor();
    await expectNoAxeViolations(html);
  });

  it('chooses another period, and refuses an end before the start', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    await page.goto(e2e.url('/raadsrapportage'));
    await expectHeading(page, 'Raadsrapportage');
    await page.getByLabel('Van', { exact: true }).fill('2025-07-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2025-01-01');
    await page.getByRole('button', { name: 'Rapportage tonen' }).click();
    await page.getByText('De einddatum ligt vóór de begindatum.').waitFor();
    expect((await focused(page)).id).toBe('rapport-tot');
    await page.getByLabel('Tot en met', { exact: true }).fill('2025-12-31');
    await page.getByRole('button', { name: 'Rapportage tonen' }).click();
    await page.getByText('Raadsrapportage maatwerk Gemeente Demodam, 1 juli 2025 t/m 31 december 2025').waitFor();
    expect(new URL(page.url()).search).toBe('?van=2025-07-01&tot=2025-12-31');
    await expectNoAxeViolations(page);
  });

  it('is not shown to a consulent', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    await page.goto(e2e.url('/raadsrapportage'));
    await expectHeading(page, 'Geen toegang');
  });
});
