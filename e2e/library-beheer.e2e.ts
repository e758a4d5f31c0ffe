import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

const TARIFF = { code: 'LOK-WMO-BEG-1', name: 'Begeleiding individueel Demodam (contract)' };
const ORDINANCE = { code: 'LOK-DEMODAM-BB-3', citation: 'Beleidsregels bijzondere bijstand, artikel 3' };

const row = (page: Page, code: string) => page.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${code}$`) }) });
const codesInTable = (page: Page) => page.getByRole('table').locator('tbody th').allTextContents();
const result = (page: Page, text: string | RegExp) => page.locator('.dbk-result-count').getByText(text).waitFor();
const notice = (page: Page) => page.locator('.dbk-live .utrecht-alert');

/** Reads the API with the browser's own session, as the page does. */
async function apiGet(page: Page, path: string): Promise<{ status: number; body: unknown }> {
  const response = await page.request.get(e2e.url(path));
  return { status: response.status(), body: response.ok() ? ((await response.json()) as unknown) : null };
}

async function asBeheerder(path: string) {
  const page = await e2e.newPage();
  await login(page, e2e.url(), 'beheer@demodam.example');
  await page.goto(e2e.url(path));
  return page;
}

describe('de prijslijst beheren', () => {
  it('adds a local tariff after listing every mistake, then edits it', async () => {
    const page = await asBeheerder('/');
    // The beheerder keeps the library: for them it sits under "Beheer".
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Prijslijst' }).click();
    await result(page, '32 tarieven.');
    expect(await page.getByRole('heading', { level: 2, name: 'Prijslijst beheren' }).count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'prijslijst-beheer');

    await page.getByRole('link', { name: 'Tarief toevoegen' }).click();
    await expectHeading(page, 'Tarief toevoegen');
    await expectTitle(page, 'Tarief toevoegen – Doorbraak');

    // Every mistake at once, in Dutch, next to its field and in the summary that takes focus.
    await page.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await page.locator('#tarief-code-fout').getByText('Vul een code in.').waitFor();
    expect(await page.locator('#tarief-prijs-fout').textContent()).toContain('Vul een prijs in.');
    expect(await page.locator('#tarief-geldstroom-fout').textContent()).toContain('Kies een geldstroom.');
    expect(await page.locator('#tarief-bron-fout').textContent()).toContain('Vul in waar het bedrag vandaan komt');
    expect((await focused(page)).text).toContain('De invoer is niet geldig.');
    await expectNoAxeViolations(page);
    await screenshot(page, 'tarief-toevoegen-fouten');

    // The summary links to the field.
    await page.getByRole('alert').getByRole('link', { name: /^Prijs per eenheid:/ }).click();
    expect((await focused(page)).id).toBe('tarief-prijs');

    await page.getByLabel('Code', { exact: true }).fill('PL-001');
    await page.getByLabel('Naam', { exact: true }).fill(TARIFF.name);
    await page.getByLabel('Prijs per eenheid').fill('64,5');
    await page.getByLabel('Eenheid', { exact: true }).fill('uur');
    await page.getByLabel('Standaardfrequentie').selectOption({ label: 'per week' });
    await page.getByLabel('Geldstroom').selectOption({ label: 'Wmo' });
    await page.getByLabel('Leefgebied').selectOption({ label: 'Zorg en ondersteuning' });
    await page.getByLabel('Jaar van het bedrag').fill('2025');
    await page.getByLabel('Bron').fill('Contract Demodam 2025');
    // A code that exists is refused by the server, at the field.
    await page.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await page.locator('#tarief-code-fout').getByText(/Deze code bestaat al/).waitFor();

    await page.getByLabel('Code', { exact: true }).fill(TARIFF.code);
    await page.getByRole('button', { name: 'Tarief toevoegen' }).click();
    await expectHeading(page, 'Prijslijst');
    await notice(page).getByText(`Tarief ${TARIFF.code} (${TARIFF.name}) is toegevoegd aan de prijslijst als eigen tarief (lokaal).`).waitFor();
    expect(new URL(page.url()).search).toBe(`?zoek=${TARIFF.code}`);
    const added = await row(page, TARIFF.code).textContent();
    expect(added).toContain('lokaal');
    expect(added).toContain('€ 64,50');
    expect(added).toContain('prijspeil 2025');

    // Everyone finds it.
    const found = (await apiGet(page, `/api/v1/price-list/${TARIFF.code}`)).body;
    expect(found).toMatchObject({ unitPriceCents: 6450, frequency: 'week', origin: 'local' });

    await page.getByRole('link', { name: `${TARIFF.code} ${TARIFF.name} wijzigen` }).click();
    await expectHeading(page, `Tarief ${TARIFF.code} wijzigen`);
    expect(await page.getByLabel('Code', { exact: true }).getAttribute('readonly')).not.toBeNull();
    expect(await page.getByLabel('Prijs per eenheid').inputValue()).toBe('64,50');
    await page.getByLabel('Prijs per eenheid').fill('66,00');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await notice(page).getByText(`De wijzigingen aan tarief ${TARIFF.code} (${TARIFF.name}) zijn opgeslagen.`).waitFor();
    expect(await row(page, TARIFF.code).textContent()).toContain('€ 66,00');
  });

  it('makes an edited national tariff local', async () => {
    const page = await asBeheerder('/prijslijst/PL-022/wijzigen');
    await expectHeading(page, 'Tarief PL-022 wijzigen');
    await page.getByText('Dit is een landelijk standaardbedrag').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'tarief-wijzigen-landelijk');

    await page.getByLabel('Bron').fill('Contract Demodam 2025');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await notice(page).getByText(/Het is nu een eigen tarief van uw gemeente \(lokaal\)\./).waitFor();
    expect(await row(page, 'PL-022').textContent()).toContain('lokaal');
  });

  it('deactivates a tariff with a way back, and shows deactivated ones on request', async () => {
    const page = await asBeheerder(`/prijslijst?zoek=${TARIFF.code}`);
    await result(page, '1 tarief gevonden.');
    await page.getByRole('button', { name: `${TARIFF.code} ${TARIFF.name} deactiveren` }).click();
    await notice(page).getByText(/is gedeactiveerd: niemand vindt het nog in de prijslijst/).waitFor();
    // The button is gone with its row; focus lands on what happened.
    expect((await focused(page)).text).toContain('is gedeactiveerd');
    expect(await codesInTable(page)).toEqual([]);
    expect((await apiGet(page, `/api/v1/price-list?q=${TARIFF.code}`)).body).toMatchObject({ total: 0 });
    await expectNoAxeViolations(page);
    await screenshot(page, 'tarief-gedeactiveerd');

    await notice(page).getByRole('button', { name: 'Ongedaan maken' }).click();
    await notice(page).getByText(`Ongedaan gemaakt: tarief ${TARIFF.code} (${TARIFF.name}) staat weer in de prijslijst.`).waitFor();
    await row(page, TARIFF.code).waitFor();
    expect((await apiGet(page, `/api/v1/price-list?q=${TARIFF.code}`)).body).toMatchObject({ total: 1 });

    // Deactivated again, it can be found and put back by the beheerder only.
    await page.getByRole('button', { name: `${TARIFF.code} ${TARIFF.name} deactiveren` }).click();
    await notice(page).getByText(/is gedeactiveerd/).waitFor();
    await page.getByLabel('Ook gedeactiveerde tarieven tonen').check();
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await result(page, '1 tarief gevonden.');
    expect(new URL(page.url()).search).toBe(`?zoek=${TARIFF.code}&gedeactiveerd=ja`);
    expect(await row(page, TARIFF.code).textContent()).toContain('gedeactiveerd');
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: `${TARIFF.code} ${TARIFF.name} terugzetten` }).click();
    await notice(page).getByText(`Tarief ${TARIFF.code} (${TARIFF.name}) staat weer in de prijslijst.`).waitFor();
    await page.getByRole('button', { name: `${TARIFF.code} ${TARIFF.name} deactiveren` }).waitFor();
  });

  it('offers the list as a download for Excel', async () => {
    const page = await asBeheerder('/prijslijst');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download voor Excel (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('prijslijst-demo.csv');
    const response = await page.request.get(e2e.url('/api/v1/price-list.csv?delimiter=semicolon'));
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await response.text()).startsWith('\uFEFFcode;name;unit;unit_price_eur;')).toBe(true);
  });
});

describe('tarieven inlezen uit CSV', () => {
  const HEADER = 'code,name,unit,unit_price_eur,default_frequency,funding_stream,domain,price_year,confidence,source,note';

  it('names the wrong line and column and imports nothing, not even the good lines', async () => {
    const page = await asBeheerder('/prijslijst');
    await page.getByRole('link', { name: 'Tarieven inlezen uit CSV' }).click();
    await expectHeading(page, 'Tarieven inlezen');
    await expectTitle(page, 'Tarieven inlezen – Doorbraak');
    await expectNoAxeViolations(page);
    await screenshot(page, 'inlezen');

    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.locator('#inlezen-inhoud-fout').getByText('Kies een bestand of plak de inhoud van een CSV-bestand.').waitFor();

    const csv = [
      HEADER,
      'IMP-FOUT-1,Groepsbegeleiding,dagdeel,61.00,week,wmo,care,2025,medium,Contract 2025,',
      'IMP-FOUT-2,Ambulante begeleiding,uur,gratis,week,wmo,care,2025,medium,Contract 2025,',
    ].join('\n');
    await page.getByLabel('Of plak hier de inhoud van het bestand').fill(csv);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const summary = page.getByRole('alert');
    await summary.getByText('Het bestand is niet ingelezen: er is 1 fout. Er is niets gewijzigd.').waitFor();
    expect(await summary.textContent()).toContain('regel 3, kolom unit_price_eur: "gratis" is geen bedrag.');
    expect((await focused(page)).text).toContain('De invoer is niet geldig.');
    expect(await page.locator('#inlezen-inhoud-fout').textContent()).toContain('Er staat een fout in de inhoud; zie de melding bovenaan.');
    expect(await page.getByRole('button', { name: 'Importeren' }).count()).toBe(0);
    expect((await apiGet(page, '/api/v1/price-list?q=IMP-FOUT&includeInactive=true')).body).toMatchObject({ total: 0 });
    await expectNoAxeViolations(page);
    await screenshot(page, 'inlezen-fout');
  });

  it('checks a Dutch Excel file first, shows what would change, and imports it on request', async () => {
    const page = await asBeheerder('/prijslijst/inlezen');
    await expectHeading(page, 'Tarieven inlezen');

    // As Dutch Excel saves "CSV": semicolons, decimal commas, Dutch labels, Windows-1252.
    const csv = [
      HEADER.replaceAll(',', ';'),
      'IMP-1;Groepsbegeleiding;dagdeel;61,00;per week;Wmo;Zorg en ondersteuning;2025;middel;Contract 2025;',
      'IMP-2;Schuldhulp traject;traject;1250,00;eenmalig;Schuldhulpverlening;Schulden en financiën;2025;hoog;Kadernota 2025;"incl. nazorg; 6 maanden"',
      'PL-002;Bijstandsuitkering gehuwden of samenwonenden;maand;2000,00;month;participatiewet;income;2025;high;Rijksoverheid normbedragen juli 2025;',
    ].join('\r\n');
    await page.getByLabel('CSV-bestand', { exact: true }).setInputFiles({ name: 'tarieven.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'latin1') });
    await page.getByText('tarieven.csv is geladen en staat hieronder.').waitFor();
    expect(await page.getByText(/gelezen als Windows-tekst \(Excel\)/).count()).toBe(1);
    expect(await page.getByLabel('Of plak hier de inhoud van het bestand').inputValue()).toContain('Schulden en financiën');

    await page.getByRole('button', { name: 'Controleren' }).click();
    const check = page.locator('.utrecht-alert', { hasText: 'Het bestand is goedgekeurd. Er is nog niets ingelezen.' });
    await check.waitFor();
    expect((await focused(page)).text).toContain('Het bestand is goedgekeurd.');
    expect(await check.textContent()).toContain('2 tarieven worden toegevoegd: IMP-1, IMP-2.');
    expect(await check.textContent()).toContain('1 tarief wordt bijgewerkt (en daarmee een eigen, lokaal tarief): PL-002.');
    // A dry run changes nothing.
    expect((await apiGet(page, '/api/v1/price-list/IMP-1')).status).toBe(404);
    await expectNoAxeViolations(page);
    await screenshot(page, 'inlezen-controle');

    await check.getByRole('button', { name: 'Importeren' }).click();
    const done = page.locator('.utrecht-alert', { hasText: 'De tarieven zijn ingelezen.' });
    await done.waitFor();
    expect(await done.textContent()).toContain('2 tarieven zijn toegevoegd: IMP-1, IMP-2.');
    expect((await apiGet(page, '/api/v1/price-list/IMP-2')).body).toMatchObject({
      unitPriceCents: 125_000,
      frequency: 'once',
      domain: 'debts',
      note: 'incl. nazorg; 6 maanden',
      origin: 'local',
    });
    expect((await apiGet(page, '/api/v1/price-list/PL-002')).body).toMatchObject({ unitPriceCents: 200_000, origin: 'local' });
    await expectNoAxeViolations(page);
    await screenshot(page, 'inlezen-klaar');

    await done.getByRole('link', { name: 'Bekijk de eigen tarieven in de prijslijst' }).click();
    await expectHeading(page, 'Prijslijst');
    expect(new URL(page.url()).search).toBe('?herkomst=lokaal');
    expect(await codesInTable(page)).toEqual(expect.arrayContaining(['IMP-1', 'IMP-2', 'PL-002']));
  });
});

describe('de wettenbibliotheek beheren', () => {
  it('adds a local hardship clause with a link to lokaleregelgeving.overheid.nl, edits, deactivates and undoes', async () => {
    const page = await asBeheerder('/');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wettenbibliotheek' }).click();
    await expectHeading(page, 'Wettenbibliotheek');
    await page.getByRole('link', { name: 'Grondslag toevoegen' }).click();
    await expectHeading(page, 'Grondslag toevoegen');

    await page.getByLabel('Webadres van de tekst (niet verplicht)').fill('lokaleregelgeving.overheid.nl/CVDR700001');
    await page.getByRole('button', { name: 'Grondslag toevoegen' }).click();
    await page.locator('#grondslag-code-fout').getByText(/Vul een code in/).waitFor();
    expect(await page.locator('#grondslag-regeling-fout').textContent()).toContain('Vul de naam van de wet, verordening of beleidsregel in.');
    expect(await page.locator('#grondslag-omschrijving-fout').textContent()).toContain('Beschrijf kort wat deze grondslag mogelijk maakt.');
    expect(await page.locator('#grondslag-url-fout').textContent()).toContain('Gebruik een volledig webadres dat begint met https://.');
    await expectNoAxeViolations(page);
    await screenshot(page, 'grondslag-toevoegen-fouten');

    await page.getByLabel('Code', { exact: true }).fill(ORDINANCE.code);
    await page.getByLabel('Regeling', { exact: true }).fill('Beleidsregels bijzondere bijstand Demodam 2025');
    await page.getByLabel('Korte naam (niet verplicht)').fill('Beleidsregels bijzondere bijstand');
    await page.getByLabel('Artikel (niet verplicht)').fill('3');
    await page.getByLabel('Omschrijving', { exact: true }).fill('Hardheidsclausule: het college kan in bijzondere gevallen afwijken van deze beleidsregels.');
    await page.getByLabel('Inkomen', { exact: true }).check();
    await page.getByLabel('Schulden en financiën', { exact: true }).check();
    await page.getByLabel('Webadres van de tekst (niet verplicht)').fill('https://lokaleregelgeving.overheid.nl/CVDR700001');
    await page.getByRole('button', { name: 'Grondslag toevoegen' }).click();

    await expectHeading(page, 'Wettenbibliotheek');
    await notice(page).getByText(`${ORDINANCE.citation} is toegevoegd aan de wettenbibliotheek als eigen regel (lokaal).`).waitFor();
    const card = page.getByRole('article', { name: new RegExp(ORDINANCE.citation) });
    expect(await card.textContent()).toContain('lokaal');
    expect(await card.textContent()).toContain('Inkomen, Schulden en financiën');
    const link = card.getByRole('link', { name: /^Bekijk op lokaleregelgeving\.overheid\.nl/ });
    expect(await link.getAttribute('href')).toBe('https://lokaleregelgeving.overheid.nl/CVDR700001');
    expect(await link.getAttribute('target')).toBe('_blank');
    await expectNoAxeViolations(page);
    await screenshot(page, 'grondslag-toegevoegd');

    // Everyone finds it when searching for a hardship clause.
    const search = (await apiGet(page, '/api/v1/legal-bases?q=hardheidsclausule')).body as { items: { code: string }[] };
    expect(search.items.map((item) => item.code)).toContain(ORDINANCE.code);

    await card.getByRole('link', { name: `${ORDINANCE.citation} wijzigen` }).click();
    await expectHeading(page, `${ORDINANCE.citation} wijzigen`);
    await page.getByLabel('Omschrijving', { exact: true }).fill('Hardheidsclausule: het college kan afwijken als de beleidsregels tot onbillijkheid leiden.');
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await notice(page).getByText(`De wijzigingen aan ${ORDINANCE.citation} zijn opgeslagen.`).waitFor();
    expect(await card.textContent()).toContain('tot onbillijkheid leiden');

    await card.getByRole('button', { name: `${ORDINANCE.citation} deactiveren` }).click();
    await notice(page).getByText(/is gedeactiveerd: niemand vindt deze grondslag nog/).waitFor();
    expect((await focused(page)).text).toContain('is gedeactiveerd');
    expect(await card.count()).toBe(0);
    await expectNoAxeViolations(page);
    await notice(page).getByRole('button', { name: 'Ongedaan maken' }).click();
    await notice(page).getByText(`Ongedaan gemaakt: ${ORDINANCE.citation} staat weer in de wettenbibliotheek.`).waitFor();
    await card.waitFor();
  });

  it('warns that editing a national article makes it local, also for codes with a colon', async () => {
    const page = await asBeheerder('/wetten?zoek=LB-AWB-3%3A4');
    const card = page.getByRole('article').first();
    await card.getByRole('link', { name: /wijzigen$/ }).click();
    await expectHeading(page, /wijzigen$/);
    expect(new URL(page.url()).pathname).toBe('/wetten/LB-AWB-3%3A4/wijzigen');
    await page.getByText('Dit is een landelijke grondslag').waitFor();
    expect(await page.getByLabel('Code', { exact: true }).inputValue()).toBe('LB-AWB-3:4');
    await expectNoAxeViolations(page);
    await screenshot(page, 'grondslag-wijzigen-landelijk');

    // Saving without changes changes nothing: it stays national.
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await notice(page).getByText(/Er was niets gewijzigd aan/).waitFor();
    expect((await apiGet(page, '/api/v1/legal-bases/LB-AWB-3%3A4')).body).toMatchObject({ origin: 'national' });
  });
});

describe('op een smal scherm', () => {
  it('fits every library page on 320 pixels without scrolling sideways (WCAG 1.4.10)', async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await login(page, e2e.url(), 'beheer@demodam.example');
    for (const [path, ready] of [
      ['/prijslijst', 'table'],
      ['/prijslijst/nieuw', 'form'],
      ['/prijslijst/PL-017/wijzigen', 'form'],
      ['/prijslijst/inlezen', 'table'],
      ['/wetten', 'article'],
      ['/wetten/nieuw', 'form'],
    ] as const) {
      await page.goto(e2e.url(path));
      await page.getByRole('main').locator(ready).first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      await screenshot(page, `smal${path.replaceAll('/', '-')}`);
    }
  });
});
