import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

const YEAR = new Date().getFullYear();
const SERVICES_HEADER = 'serviceId,bsn,clientNumber,pillar,productCategory,productCode,productName,provider,startDate,endDate,volume,unit,frequency,unitPriceCents,amountCents';
/** Two services of one provider; the first has no end date, so it is an `open-ended` signal. */
const SERVICES_CSV = [
  SERVICES_HEADER,
  `E2E-GRIP-1,,CL-GRIP-01,wmo,02,02A03,Begeleiding e2e,12345678,${YEAR - 1}-01-01,,4,04,2,6000,`,
  `E2E-GRIP-2,,CL-GRIP-02,jeugd,45,45A48,Ambulante jeugdhulp e2e,12345678,${YEAR}-01-01,${YEAR}-12-31,2,04,2,9000,`,
].join('\n');

const BUDGET_HEADER = 'year,budgetLine,name,pillar,productCategory,amountCents';
const BUDGET_CSV = [BUDGET_HEADER, `${YEAR},E2E-WMO,Wmo e2e,wmo,,5000000`, `${YEAR},E2E-JEUGD,Jeugd e2e,jeugd,,8000000`].join('\n');
/** Line 3 names no pillar: the whole file is refused, with the line and column. */
const BAD_BUDGET_CSV = [BUDGET_HEADER, `${YEAR},E2E-WMO,Wmo e2e,wmo,,5000000`, `${YEAR},E2E-X,Zonder pijler,,,100`].join('\n');

const GRIP_PAGES: [path: string, heading: string][] = [
  ['/grip', 'Grip op het budget'],
  ['/grip/volume-prijs', 'Volume × prijs'],
  ['/grip/aanbieders', 'Aanbieders'],
  ['/grip/signalen', 'Signalen'],
  ['/grip/stromen', 'In- en uitstroom'],
  ['/grip/aannames', 'Groeiaannames'],
  ['/grip/regio', 'Grip in de regio'],
];

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
const main = (page: Page) => page.getByRole('main');

/** Every CSP violation of the page, as the browser reports it (besides the console, which the fixture checks). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const list: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => list.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** The page is loaded: its heading, the freshness banner, and no "wordt geladen" left. */
async function openGripPage(page: Page, path: string, heading: string): Promise<void> {
  await page.goto(e2e.url(path));
  await expectHeading(page, heading);
  await main(page).getByText(/Cijfers bijgewerkt tot|Er zijn nog geen gegevens ingelezen|De laatste import is mislukt/).first().waitFor();
  await expect.poll(() => main(page).getByText(/wordt (geladen|berekend)…|worden (geladen|berekend)…/).count(), { timeout: 20_000 }).toBe(0);
}

async function csrf(page: Page): Promise<string> {
  const me = (await (await page.request.get(e2e.url('/api/v1/me'))).json()) as { csrfToken: string };
  return me.csrfToken;
}

async function importServices(page: Page): Promise<void> {
  const upload = await page.request.post(e2e.url('/api/v1/imports?name=services-grip.csv&kind=services'), {
    headers: { 'content-type': 'text/csv', 'x-csrf-token': await csrf(page) },
    data: Buffer.from(SERVICES_CSV),
  });
  expect(upload.status()).toBe(202);
  const { id } = (await upload.json()) as { id: string };
  await expect.poll(async () => ((await (await page.request.get(e2e.url(`/api/v1/imports/${id}`))).json()) as { status: string }).status, { timeout: 30_000 }).toBe('done');
}

describe('grip op het budget', () => {
  it('lets the budgetbeheerder read in a budget and see its lines, curve, exports and report', async () => {
    const page = await e2e.newPage();
    const violations = await watchCsp(page);
    await login(page, e2e.url(), 'budget@demodam.example');
    await nav(page).getByRole('link', { name: 'Grip' }).click();
    await expectHeading(page, 'Grip op het budget');
    await expectTitle(page, 'Grip op het budget – Doorbraak');
    expect(await nav(page).getByRole('link', { name: 'Grip' }).getAttribute('aria-current')).toBe('page');

    // A budget with a line without pillar: nothing is stored, every error with line and column.
    await page.getByLabel('Begroting (CSV)').setInputFiles({ name: 'begroting.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_BUDGET_CSV) });
    await page.getByRole('button', { name: 'Begroting inlezen' }).click();
    const errors = page.locator('.dbk-grip-upload__errors li');
    await errors.first().waitFor();
    expect(await errors.first().textContent()).toMatch(/^regel 3\.pillar: /);
    expect(await main(page).getByText('Er is niets opgeslagen', { exact: false }).count()).toBe(1);
    await expectNoAxeViolations(page);

    await page.getByLabel('Begroting (CSV)').setInputFiles({ name: 'begroting.csv', mimeType: 'text/csv', buffer: Buffer.from(BUDGET_CSV) });
    await page.getByRole('button', { name: 'Begroting inlezen' }).click();
    await page.getByText(`De begroting is vervangen: 2 regels voor ${YEAR}.`).waitFor();
    const lines = page.getByRole('table', { name: /^Begrotingsregels \d{4}, peildatum/ });
    await lines.getByRole('link', { name: 'Wmo e2e' }).waitFor();
    const wmo = await lines.getByRole('row').filter({ hasText: 'Wmo e2e' }).textContent();
    expect(wmo).toContain('€ 50.000,00');
    expect(wmo).toMatch(/Binnen budget|over budget/);
    expect(await lines.locator('tfoot').textContent()).toContain('€ 130.000,00');
    // The cumulative chart of the total: an SVG drawn by Observable Plot, with its table.
    await page.locator('.dbk-plot[role="img"]').first().waitFor();
    await page.getByRole('table', { name: /^Cijfers bij de grafiek: Totaal/ }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'grip-overzicht');

    // Every table exports as CSV and XLSX, built in the browser.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^CSV downloaden van Begrotingsregels/ }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^grip-begrotingsregels-\d{4}-.*\.csv$/);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Excel \(XLSX\) downloaden van Begrotingsregels/ }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);

    // The grip report for the council, for the chosen moment of the P&C cycle.
    await page.getByLabel('Moment in de planning-en-controlcyclus').selectOption('voorjaarsnota');
    const report = page.getByRole('link', { name: /^Griprapportage downloaden \(PDF\)/ });
    expect(await report.getAttribute('href')).toBe('/api/v1/grip/report.pdf?moment=voorjaarsnota');
    const pdf = await page.request.get(e2e.url((await report.getAttribute('href'))!));
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');

    // The line's own page: its figures and its curve against the budget.
    await lines.getByRole('link', { name: 'Wmo e2e' }).click();
    await expectHeading(page, 'Begrotingsregel Wmo e2e');
    await page.getByRole('table', { name: `Cijfers van Wmo e2e, ${YEAR}` }).waitFor();
    await page.getByRole('table', { name: /^Cijfers bij de grafiek: Wmo e2e/ }).waitFor();
    await page.locator('.dbk-plot[role="img"]').first().waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'grip-regel');

    expect(await violations()).toEqual([]);
  });

  it('passes axe on every grip page for the budgetbeheerder, who changes a growth assumption', async () => {
    const page = await e2e.newPage();
    const violations = await watchCsp(page);
    await login(page, e2e.url(), 'budget@demodam.example');
    for (const [path, heading] of GRIP_PAGES) {
      await openGripPage(page, path, heading);
      await expectNoAxeViolations(page);
    }

    // The assumptions: the contract's rule in the browser first, then a real save.
    await openGripPage(page, '/grip/aannames', 'Groeiaannames');
    const positiveWmo = page.locator('#aanname-0-positief');
    await positiveWmo.fill('200');
    await page.getByRole('button', { name: 'Aannames opslaan' }).click();
    await page.locator('#aanname-0-positief-fout').getByText('Een groei van meer dan 100 % is geen aanname.').waitFor();
    await page.getByRole('alert').getByRole('link', { name: /Wmo, positief scenario/ }).waitFor();
    await expectNoAxeViolations(page);
    await positiveWmo.fill('-2,5');
    await page.getByRole('button', { name: 'Aannames opslaan' }).click();
    await page.getByText('De groeiaannames zijn opgeslagen.').waitFor();
    expect(await page.getByRole('table', { name: 'Groeiaannames per pijler' }).getByRole('row').filter({ hasText: 'Wmo' }).textContent()).toContain('-2,5 %');
    await page.getByText(/Laatst gewijzigd op .* door Bram Budget\./).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'grip-aannames');

    expect(await violations()).toEqual([]);
  });

  it('passes axe on every grip page for the analist, with a provider page and its signals', async () => {
    const page = await e2e.newPage();
    const violations = await watchCsp(page);
    await login(page, e2e.url(), 'analist@demodam.example');
    await importServices(page);

    for (const [path, heading] of GRIP_PAGES) {
      await openGripPage(page, path, heading);
      await expectNoAxeViolations(page);
      await screenshot(page, `grip-analist-${path.split('/').pop()}`);
    }

    // The provider of the imported services, with its page and its signals by type.
    await openGripPage(page, '/grip/aanbieders', 'Aanbieders');
    await page.getByRole('table', { name: /^Aanbieders in/ }).getByRole('link', { name: '12345678', exact: true }).click();
    await expectHeading(page, 'Aanbieder 12345678');
    await page.getByRole('table', { name: /^Aanbieder 12345678 per productcategorie/ }).waitFor();
    await page.getByRole('table', { name: /^Cijfers bij de grafiek: Aanbieder 12345678/ }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('table', { name: 'Signalen van aanbieder 12345678 per soort' }).getByRole('link', { name: 'Toewijzing zonder einddatum' }).click();
    await page.waitForURL(/\/grip\/signalen\?type=open-ended&aanbieder=12345678/);
    expect(await violations()).toEqual([]);
  });

  it('lets the analist mark a signal handled with a note and undo it', async () => {
    const page = await e2e.newPage();
    const violations = await watchCsp(page);
    await login(page, e2e.url(), 'analist@demodam.example');
    // The same file again changes nothing: the signal is there whichever test ran first.
    await importServices(page);

    // The work list, open signals only: the open-ended assignment is there.
    await openGripPage(page, '/grip/signalen?aanbieder=12345678', 'Signalen');
    const list = page.getByRole('table', { name: 'Signalen in de werklijst' });
    const row = list.getByRole('row').filter({ hasText: 'E2E-GRIP-1' }).filter({ hasText: 'Toewijzing zonder einddatum' });
    await row.waitFor();
    await row.getByRole('button', { name: /^Afhandelen/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Signaal afhandelen' });
    await dialog.waitFor();
    expect((await focused(page)).id).toBe('signaal-notitie');
    await dialog.getByRole('button', { name: 'Afhandelen' }).click();
    await page.locator('#signaal-notitie-fout').getByText('Schrijf kort op wat je met het signaal hebt gedaan.').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'grip-signaal-afhandelen');
    // Keyboard only: type the note and send the form with Enter on the submit button.
    await page.keyboard.type('Aanbieder gebeld: einddatum volgt in een nieuwe 301.');
    await dialog.getByRole('button', { name: 'Afhandelen' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await page.getByText(/^Afgehandeld: Toewijzing zonder einddatum, aanbieder 12345678, toewijzing E2E-GRIP-1\.$/).waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await expectNoAxeViolations(page);

    // Handled, it shows with its note in the list of handled signals.
    await page.goto(e2e.url('/grip/signalen?aanbieder=12345678&status=afgehandeld'));
    const handled = page.getByRole('table', { name: 'Signalen in de werklijst' }).getByRole('row').filter({ hasText: 'E2E-GRIP-1' });
    expect(await handled.textContent()).toContain('Afgehandeld door Anouk Analist');
    expect(await handled.textContent()).toContain('Aanbieder gebeld: einddatum volgt in een nieuwe 301.');

    // Undo right after handling: handle again, then "Ongedaan maken" puts it back in the open list.
    await handled.getByRole('button', { name: /^Heropenen/ }).click();
    await page.getByText(/^Heropend: .* staat weer open\.$/).waitFor();
    await openGripPage(page, '/grip/signalen?aanbieder=12345678', 'Signalen');
    await row.getByRole('button', { name: /^Afhandelen/ }).click();
    await dialog.getByLabel('Notitie').fill('Per abuis afgehandeld.');
    await dialog.getByRole('button', { name: 'Afhandelen' }).click();
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText(/^Ongedaan gemaakt: Toewijzing zonder einddatum, aanbieder 12345678, toewijzing E2E-GRIP-1 staat weer open\.$/).waitFor();
    await row.waitFor();
    expect(await row.textContent()).toContain('Open');
    await expectNoAxeViolations(page);

    expect(await violations()).toEqual([]);
  });

  it('shows beleid the grip pages read-only, and nobody else', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    await openGripPage(page, '/grip/signalen', 'Signalen');
    expect(await page.getByRole('button', { name: /^Afhandelen/ }).count()).toBe(0);
    await openGripPage(page, '/grip/aannames', 'Groeiaannames');
    expect(await page.getByRole('button', { name: 'Aannames opslaan' }).count()).toBe(0);
    await openGripPage(page, '/grip', 'Grip op het budget');
    expect(await page.getByRole('button', { name: 'Begroting inlezen' }).count()).toBe(0);

    const consulent = await e2e.newPage();
    await login(consulent, e2e.url(), 'consulent@demodam.example');
    expect(await nav(consulent).getByRole('link', { name: 'Grip' }).count()).toBe(0);
    await consulent.goto(e2e.url('/grip'));
    await expectHeading(consulent, 'Geen toegang');
  });
});
