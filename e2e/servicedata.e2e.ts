import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

const HEADER = 'serviceId,bsn,clientNumber,pillar,productCategory,productCode,productName,provider,startDate,endDate,volume,unit,frequency,unitPriceCents,amountCents';

/**
 * One household on three pillars, by client number only (no BSN), priced high enough to lead the
 * candidates list whatever the demo dataset holds.
 */
const SERVICES_CSV = [
  HEADER,
  'E2E-KAND-1,,CL-E2E-01,wmo,02,02A03,Huishoudelijke hulp e2e,12345678,2024-01-01,2030-12-31,40,04,2,20000,',
  'E2E-KAND-2,,CL-E2E-01,jeugd,45,45A48,Ambulante jeugdhulp e2e,23456789,2024-01-01,2030-12-31,10,04,2,15000,',
  'E2E-KAND-3,,CL-E2E-01,participatie,P1,,Re-integratietraject e2e,34567890,2024-01-01,2030-12-31,,,,,3650000',
].join('\n');

/** Unit 07 does not exist: the file is rejected and nothing of it is stored. */
const BAD_CSV = [HEADER, 'E2E-FOUT-1,,CL-E2E-02,wmo,02,02A03,Begeleiding,12345678,2024-01-01,,4,07,2,5000,'].join('\n');

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/** Drops a file on the upload zone, as a user dragging it from the file manager would. */
async function dropFile(page: Page, name: string, text: string): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'text/csv' }));
      return transfer;
    },
    { name, text },
  );
  await page.getByTestId('upload-zone').dispatchEvent('dragenter', { dataTransfer });
  await page.getByTestId('upload-zone').dispatchEvent('drop', { dataTransfer });
}

describe('eigen gegevens', () => {
  it('lets the analist import a CSV with live progress, see the result and the history, and read overlap and candidates', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'analist@demodam.example');
    await nav(page).getByRole('button', { name: 'Eigen gegevens' }).click();
    await nav(page).getByRole('link', { name: 'Import eigen gegevens' }).click();
    await expectHeading(page, 'Import eigen gegevens');
    await expectTitle(page, 'Import eigen gegevens – Doorbraak');
    await page.getByRole('table', { name: 'Eerdere imports, nieuwste eerst' }).or(page.getByText('Er zijn nog geen gegevens ingelezen.')).first().waitFor();
    await expectNoAxeViolations(page);

    // A file Doorbraak cannot read is refused before it is sent.
    await page.getByLabel('Kies een bestand').setInputFiles({ name: 'begroting.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
    await page.locator('#import-bestand-fout').getByText('begroting.xlsx kan Doorbraak niet lezen', { exact: false }).waitFor();

    // Dropped on the zone: the kind follows from the name.
    await dropFile(page, 'services-e2e.csv', SERVICES_CSV);
    await page.getByText('Gekozen: services-e2e.csv', { exact: false }).waitFor();
    expect(await page.getByLabel('Soort CSV-bestand').inputValue()).toBe('services');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Import van services-e2e.csv' }).waitFor();
    expect((await focused(page)).id).toBe('import-resultaat');
    expect(page.url()).toMatch(/\?import=/);
    const results = page.getByRole('table', { name: 'Resultaat per bestand' });
    await results.waitFor({ timeout: 30_000 });
    const row = await results.getByRole('row').filter({ hasText: 'services-e2e.csv' }).textContent();
    for (const text of ['CSV: Voorzieningen (services)', 'Geïmporteerd']) expect(row).toContain(text);
    expect(await results.getByRole('row').filter({ hasText: 'services-e2e.csv' }).getByRole('cell').allTextContents()).toEqual([
      'CSV: Voorzieningen (services)',
      'Geïmporteerd',
      '3',
      '3',
      '0',
      '0',
    ]);
    await page.getByText('De import is klaar: 1 bestand geïmporteerd.').waitFor({ state: 'attached' });
    await expectNoAxeViolations(page);
    await screenshot(page, 'import-klaar');

    // A CSV whose name says nothing needs its kind; a wrong code rejects the file, with the line.
    await page.getByLabel('Kies een bestand').setInputFiles({ name: 'gegevens.csv', mimeType: 'text/csv', buffer: Buffer.from(BAD_CSV) });
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.locator('#import-soort-fout').getByText('Kies wat voor CSV-bestand dit is.').waitFor();
    await page.getByLabel('Soort CSV-bestand').selectOption('services');
    await page.getByRole('button', { name: 'Importeren' }).click();
    await page.getByRole('heading', { level: 2, name: 'Import van gegevens.csv' }).waitFor();
    await page.getByRole('heading', { level: 3, name: 'Afgewezen: gegevens.csv' }).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('table', { name: 'Resultaat per bestand' }).getByRole('row').filter({ hasText: 'gegevens.csv' }).textContent()).toContain('Afgewezen');
    expect(await page.locator('.dbk-import-errors li').first().textContent()).toMatch(/^regel 2: .*07/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'import-afgewezen');

    // The history, newest first, opens an earlier result.
    const history = page.getByRole('table', { name: 'Eerdere imports, nieuwste eerst' });
    await history.getByRole('row').filter({ hasText: 'gegevens.csv' }).filter({ hasText: '1 bestand afgewezen' }).waitFor();
    expect(await history.getByRole('row').nth(1).textContent()).toContain('gegevens.csv');
    await history.getByRole('link', { name: 'services-e2e.csv' }).click();
    await page.getByRole('heading', { level: 2, name: 'Import van services-e2e.csv' }).waitFor();
    expect((await focused(page)).id).toBe('import-resultaat');

    // Overlap: the analist sees every count, no withheld cells.
    await nav(page).getByRole('button', { name: 'Eigen gegevens' }).click();
    await nav(page).getByRole('link', { name: 'Overlap pijlers' }).click();
    await expectHeading(page, 'Overlap pijlers');
    await expectTitle(page, 'Overlap pijlers – Doorbraak');
    await page.getByRole('table', { name: 'Huishoudens naar aantal pijlers' }).waitFor();
    expect(await page.getByRole('table', { name: 'Huishoudens per pijler' }).getByRole('rowheader').allTextContents()).toEqual(expect.arrayContaining(['Wmo', 'Jeugd', 'Participatie']));
    await page.getByRole('table', { name: 'Huishoudens per combinatie van pijlers' }).getByRole('rowheader', { name: 'Jeugd + Participatie + Wmo' }).waitFor();
    expect(await page.getByRole('table', { name: 'Huishoudens naar aantal pijlers' }).getByRole('rowheader').allTextContents()).toEqual(['1 pijler', '2 pijlers', '3 pijlers', '4 pijlers', '5 pijlers']);
    expect(await page.getByText('Kleine aantallen worden niet getoond', { exact: false }).count()).toBe(0);
    expect(await page.locator('.dbk-sd-chart svg').count()).toBe(3);
    await expectNoAxeViolations(page);
    await screenshot(page, 'overlap');
    await page.getByLabel('Peildatum', { exact: true }).fill('2025-06-30');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(/datum=2025-06-30/);
    await page.getByText('30 juni 2025').waitFor();

    // Candidates: the household leads the list; the analist may not start a plan.
    await nav(page).getByRole('button', { name: 'Eigen gegevens' }).click();
    await nav(page).getByRole('link', { name: 'Kandidaten maatwerk' }).click();
    await expectHeading(page, 'Kandidaten maatwerk');
    const first = page.getByRole('table', { name: 'Kandidaten voor maatwerk, hoogste jaarkosten eerst' }).getByRole('row').nth(1);
    await first.waitFor();
    const text = await first.textContent();
    for (const expected of ['Wmo', 'Jeugd', 'Participatie', 'CL-E2E-01']) expect(text).toContain(expected);
    expect(await page.getByRole('button', { name: /Start een maatwerkplan/ }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'kandidaten');
    await page.getByLabel('Minimaal aantal pijlers').selectOption('4');
    await page.getByRole('button', { name: 'Toon' }).click();
    await page.waitForURL(/pijlers=4/);
    await page.getByText(/met 4 of meer pijlers op/).waitFor();
    // The previous list stays on screen while the new one loads.
    await expect.poll(() => page.getByText('CL-E2E-01').count(), { timeout: 15_000 }).toBe(0);
  });

  it('lets a maatwerker start a plan from a candidate, landing on the canvas with the current services filled in', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'analist@demodam.example');
    const upload = await page.request.post(e2e.url('/api/v1/imports?name=services-e2e.csv&kind=services'), {
      headers: { 'content-type': 'text/csv', 'x-csrf-token': await csrf(page) },
      data: Buffer.from(SERVICES_CSV),
    });
    expect(upload.status()).toBe(202);
    const { id } = (await upload.json()) as { id: string };
    await expect.poll(async () => ((await (await page.request.get(e2e.url(`/api/v1/imports/${id}`))).json()) as { status: string }).status, { timeout: 30_000 }).toBe('done');

    const maatwerker = await e2e.newPage();
    await login(maatwerker, e2e.url(), 'maatwerker@demodam.example');
    await nav(maatwerker).getByRole('button', { name: 'Eigen gegevens' }).click();
    await nav(maatwerker).getByRole('link', { name: 'Kandidaten maatwerk' }).click();
    await expectHeading(maatwerker, 'Kandidaten maatwerk');
    const row = maatwerker.getByRole('row').filter({ hasText: 'CL-E2E-01' });
    const start = row.getByRole('button', { name: /Start een maatwerkplan/ });
    await start.waitFor();
    await expectNoAxeViolations(maatwerker);

    // The dialog takes focus, Escape closes it and focus returns to the row's button.
    await start.click();
    const dialog = maatwerker.getByRole('dialog', { name: 'Start een maatwerkplan' });
    await dialog.waitFor();
    expect((await focused(maatwerker)).id).toBe('kandidaat-casusnummer');
    expect(await dialog.getByLabel('Cliëntnummer').inputValue()).toBe('CL-E2E-01');
    await expectNoAxeViolations(maatwerker);
    await screenshot(maatwerker, 'kandidaat-plan');
    await maatwerker.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await focused(maatwerker)).text).toMatch(/^Start een maatwerkplan/);

    await start.click();
    await dialog.getByRole('button', { name: 'Plan starten' }).click();
    await maatwerker.locator('#kandidaat-casusnummer-fout').getByText('Vul dit veld in.').waitFor();
    // The server's answer lands at the field: a case number is unique per municipality.
    await dialog.getByLabel('Casusnummer').fill('2026-001');
    await dialog.getByRole('button', { name: 'Plan starten' }).click();
    await maatwerker.locator('#kandidaat-casusnummer-fout').getByText('Dit casusnummer bestaat al in uw gemeente.').waitFor();
    await expectNoAxeViolations(maatwerker);
    await dialog.getByLabel('Casusnummer').fill('2026-311');
    await dialog.getByRole('button', { name: 'Plan starten' }).click();
    await expectHeading(maatwerker, 'Casus 2026-311');
    const descriptions = await Promise.all([0, 1, 2].map((n) => maatwerker.locator(`#veld-scenarios-current-lines-${n}-description`).inputValue()));
    expect(descriptions.sort()).toEqual(['Ambulante jeugdhulp e2e', 'Huishoudelijke hulp e2e', 'Re-integratietraject e2e']);
    expect(await maatwerker.locator('#veld-scenarios-current-lines-3-description').count()).toBe(0);
    // "Vul huidig uit de registratie" on a plan that has lines already: it asks, adds, and can be undone.
    await maatwerker.getByRole('button', { name: 'Vul huidig uit de registratie' }).click();
    const ask = maatwerker.getByRole('group', { name: /De registratie heeft 3 regels voor dit huishouden; het huidige scenario heeft er al 3/ });
    await ask.waitFor();
    await expectNoAxeViolations(maatwerker);
    await ask.getByRole('button', { name: 'Toevoegen aan de bestaande regels' }).click();
    await maatwerker.getByText('3 regels uit de registratie toegevoegd: de lopende voorzieningen van vandaag, per maand.').waitFor();
    expect(await maatwerker.locator('#veld-scenarios-current-lines-5-description').count()).toBe(1);
    await maatwerker.getByRole('button', { name: 'Huidig scenario: ongedaan maken' }).click();
    await maatwerker.locator('#veld-scenarios-current-lines-3-description').waitFor({ state: 'detached' });
    // A draft has no realised figures yet.
    expect(await maatwerker.getByRole('heading', { name: 'Gerealiseerd versus verwacht' }).count()).toBe(0);
    await expectNoAxeViolations(maatwerker);
  });

  it('shows realised versus expected on the canvas of an approved plan', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'maatwerker@demodam.example');
    await page.goto(e2e.url('/plannen'));
    await page.getByRole('link', { name: '2026-001' }).click();
    await expectHeading(page, 'Casus 2026-001');
    await page.getByRole('heading', { level: 2, name: 'Gerealiseerd versus verwacht' }).waitFor();
    await page.getByRole('table', { name: 'Verwacht en gerealiseerd per geldstroom' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'canvas-gerealiseerd');
  });

  it('shows the pages only to who may see them', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    expect(await nav(page).getByRole('link', { name: 'Overlap pijlers' }).count()).toBe(0);
    await page.goto(e2e.url('/eigen-gegevens/import'));
    await expectHeading(page, 'Geen toegang');
  });
});

/** The session's CSRF token, as the app reads it from `GET /me`. */
async function csrf(page: Page): Promise<string> {
  const me = (await (await page.request.get(e2e.url('/api/v1/me'))).json()) as { csrfToken: string };
  return me.csrfToken;
}
