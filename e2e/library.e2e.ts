import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

const menu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });
/** The table row of a tariff, found by its code: the row header. */
const row = (page: Page, code: string) => page.locator('tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${code}$`) }) });
const codesInTable = (page: Page) => page.getByRole('table').locator('tbody th').allTextContents();

/** Waits until the result line says what the search found. */
async function waitForResult(page: Page, text: string | RegExp) {
  await page.locator('.dbk-result-count').getByText(text).waitFor();
}

describe('de prijslijst, zonder plan', () => {
  it('shows a beleid user the whole list with estimates marked, and the explanation of the figures', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    await menu(page).getByRole('button', { name: 'Bibliotheek' }).click();
    await menu(page).getByRole('link', { name: 'Prijslijst' }).click();
    await expectHeading(page, 'Prijslijst');
    await expectTitle(page, 'Prijslijst – Doorbraak');
    await waitForResult(page, '32 tarieven.');

    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('De landelijke bedragen zijn indicatieve standaardbedragen');
    expect(await main.textContent()).toContain('‘lokaal’');
    // Only a beheerder manages the list.
    expect(await main.getByRole('link', { name: 'Tarief toevoegen' }).count()).toBe(0);
    expect(await main.getByRole('button', { name: /deactiveren/ }).count()).toBe(0);

    // PL-001: a high-confidence national figure, in euro with its year and source.
    const bijstand = await row(page, 'PL-001').textContent();
    expect(bijstand).toContain('Bijstandsuitkering alleenstaande');
    expect(bijstand).toContain('€ 1.369,00');
    expect(bijstand).toContain('per maand');
    expect(bijstand).toContain('Participatiewet (BUIG)');
    expect(bijstand).toContain('Inkomen');
    expect(bijstand).toContain('prijspeil 2025');
    expect(bijstand).toContain('Hoog');
    expect(bijstand).toContain('Rijksoverheid normbedragen juli 2025');

    // The four low-confidence rows are estimates, with the range from the note.
    const estimates = page.locator('tr.dbk-row--estimate');
    expect(await estimates.count()).toBe(4);
    const pleegzorg = await row(page, 'PL-017').textContent();
    expect(pleegzorg).toContain('Schatting');
    // "ca." for the eye, "ongeveer" for a screen reader.
    expect(pleegzorg).toContain('ca. ongeveer € 20.000,00');
    expect(pleegzorg).toContain('bandbreedte 15.000 tot 25.000 euro');
    expect(await row(page, 'PL-001').locator('.dbk-status-badge--warning').count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'prijslijst');
  });

  it('searches by text and filters on funding stream and domain, kept in the address', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    await page.goto(e2e.url('/prijslijst'));
    await waitForResult(page, '32 tarieven.');

    await page.getByLabel('Zoekterm').fill('pleeg');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await waitForResult(page, '2 tarieven gevonden.');
    expect(new URL(page.url()).search).toBe('?zoek=pleeg');
    expect(await codesInTable(page)).toEqual(['PL-016', 'PL-017']);

    await page.getByLabel('Zoekterm').fill('');
    await page.getByLabel('Geldstroom').selectOption({ label: 'Jeugdwet' });
    await page.getByLabel('Leefgebied').selectOption({ label: 'Psychische gezondheid (GGZ)' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await waitForResult(page, '2 tarieven gevonden.');
    expect(new URL(page.url()).search).toBe('?geldstroom=jeugdwet&leefgebied=mental-health');
    expect(await codesInTable(page)).toEqual(['PL-013', 'PL-020']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'prijslijst-gefilterd');

    // A reload (or a shared link) shows the same search, with the form filled in.
    await page.reload();
    await waitForResult(page, '2 tarieven gevonden.');
    expect(await page.getByLabel('Geldstroom').inputValue()).toBe('jeugdwet');
    expect(await page.getByLabel('Leefgebied').inputValue()).toBe('mental-health');

    // Back goes to the previous search.
    await page.goBack();
    await waitForResult(page, '2 tarieven gevonden.');
    expect(await page.getByLabel('Zoekterm').inputValue()).toBe('pleeg');
    expect(await codesInTable(page)).toEqual(['PL-016', 'PL-017']);

    await page.getByLabel('Zoekterm').fill('zzzz');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await waitForResult(page, 'Er zijn geen tarieven gevonden. Probeer een andere zoekterm of minder filters.');
    expect(await page.getByRole('table').count()).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: 'Alles tonen' }).click();
    await waitForResult(page, '32 tarieven.');
    expect(new URL(page.url()).search).toBe('');
  });

  it('keeps the beheer pages from a beleid user', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    for (const path of ['/prijslijst/nieuw', '/prijslijst/inlezen', '/prijslijst/PL-001/wijzigen', '/wetten/nieuw', '/wetten/LB-WMO-2.3.5/wijzigen']) {
      await page.goto(e2e.url(path));
      await expectHeading(page, 'Geen toegang');
    }
  });
});

describe('de wettenbibliotheek, zonder plan', () => {
  it('finds the local hardship clauses of the demo municipality, marked lokaal', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    await menu(page).getByRole('button', { name: 'Bibliotheek' }).click();
    await menu(page).getByRole('link', { name: 'Wettenbibliotheek' }).click();
    await expectHeading(page, 'Wettenbibliotheek');
    await expectTitle(page, 'Wettenbibliotheek – Doorbraak');
    await waitForResult(page, '39 grondslagen.');
    await expectNoAxeViolations(page);
    await screenshot(page, 'wetten');

    await page.getByLabel('Zoekterm').fill('hardheidsclausule');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await waitForResult(page, /gevonden\./);
    expect(new URL(page.url()).search).toBe('?zoek=hardheidsclausule');

    const wmo = page.getByRole('article', { name: /Verordening Wmo Demodam, artikel 21/ });
    const jeugd = page.getByRole('article', { name: /Verordening jeugdhulp Demodam, artikel 12/ });
    for (const card of [wmo, jeugd]) {
      const text = await card.textContent();
      expect(text).toContain('lokaal');
      expect(text).toContain('Hardheidsclausule');
      expect(text).toContain('Demovoorbeeld');
      // The demo ordinances have no link; the page says so instead of offering a dead one.
      expect(text).toContain('Geen link naar de tekst');
    }
    expect(await wmo.textContent()).toContain('Zorg en ondersteuning, Wonen');

    // A national law links to the official text in a new tab, and says so to screen readers.
    const national = page.getByRole('article').filter({ has: page.getByRole('link', { name: /^Bekijk op wetten\.overheid\.nl/ }) });
    expect(await national.count()).toBeGreaterThan(0);
    const link = national.first().getByRole('link', { name: /^Bekijk op wetten\.overheid\.nl/ });
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toContain('noopener');
    expect(await link.getAttribute('aria-label')).toMatch(/^Bekijk op wetten\.overheid\.nl: .+, artikel .+ \(opent in een nieuw tabblad\)$/);
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/wetten\.overheid\.nl\/jci1\.3:c:BWBR\d+&artikel=/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'wetten-hardheidsclausule');

    // Filtering on Jeugd keeps the youth clause and drops the Wmo one.
    await page.getByLabel('Leefgebied').selectOption({ label: 'Jeugd' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await waitForResult(page, /inclusief grondslagen die voor alle leefgebieden gelden/);
    expect(new URL(page.url()).search).toBe('?zoek=hardheidsclausule&leefgebied=youth');
    expect(await jeugd.count()).toBe(1);
    expect(await wmo.count()).toBe(0);

    // Only the municipality's own rules.
    await page.getByLabel('Zoekterm').fill('');
    await page.getByLabel('Leefgebied').selectOption({ label: 'Alle leefgebieden' });
    await page.getByLabel('Herkomst').selectOption({ label: 'Alleen eigen regels (lokaal)' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await waitForResult(page, '2 grondslagen gevonden.');
    expect(new URL(page.url()).search).toBe('?herkomst=lokaal');
  });
});
