import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

const navItems = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link').allTextContents();

describe('de schil van de app', () => {
  it('shows the municipality, the user and the Dutch role labels, and an accessible overview', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'voorzitter@demodam.example');
    await expectHeading(page, 'Welkom, Vera Voorzitter');
    await expectTitle(page, 'Overzicht – Doorbraak');

    const header = page.getByRole('banner');
    expect(await header.textContent()).toContain('Doorbraak');
    expect(await header.textContent()).toContain('Gemeente Demodam');
    expect(await header.textContent()).toContain('Vera Voorzitter');
    expect(await header.textContent()).toContain('Voorzitter doorbraaktafel, Maatwerker');

    // The overview explains the roles and sums up what waits in Mijn acties.
    const main = page.getByRole('main');
    expect(await main.textContent()).toContain('Maakt de agenda van de tafel.');
    expect(await main.textContent()).toContain('Begeleidt de consulent, keurt plannen goed en zet het maatwerkbudget in.');
    await main.getByRole('link', { name: 'Naar Mijn acties' }).waitFor();

    expect(await navItems(page)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Budget', 'Dashboard', 'Overlap pijlers', 'Kandidaten maatwerk', 'Systeemleren', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Mijn account']);
    expect(await page.getByRole('link', { name: 'Overzicht' }).getAttribute('aria-current')).toBe('page');
    await expectNoAxeViolations(page);
    await screenshot(page, 'overzicht');
  });

  it('gives a consulent no beheer menu items and a clear "geen toegang" page for a typed address', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    expect(await navItems(page)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Systeemleren', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Mijn account']);

    for (const path of ['/beheer/gebruikers', '/beheer/auditlog', '/beheer/gebruikers/nieuw']) {
      await page.goto(e2e.url(path));
      await expectHeading(page, 'Geen toegang');
      await expectTitle(page, 'Geen toegang – Doorbraak');
      expect(await page.getByRole('main').textContent()).toContain('U heeft geen toegang tot deze pagina.');
    }
    await expectNoAxeViolations(page);
    await screenshot(page, 'geen-toegang');

    await page.getByRole('main').getByRole('link', { name: 'Naar het overzicht' }).click();
    await expectHeading(page, 'Welkom, Kees Consulent');
  });

  it('shows a beheerder the beheer pages in the menu', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    expect(await navItems(page)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Budget', 'Dashboard', 'Overlap pijlers', 'Systeemleren', 'Inspiratie', 'Prijslijst', 'Wettenbibliotheek', 'Import eigen gegevens', 'Gebruikers', 'Werkwijze', 'Auditlog', 'Mijn account']);
  });

  it('moves focus to the heading of the new page and marks the current menu item', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });

    await nav.getByRole('link', { name: 'Mijn account' }).click();
    await expectHeading(page, 'Mijn account');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Mijn account' });
    expect(await nav.getByRole('link', { name: 'Mijn account' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Overzicht' }).getAttribute('aria-current')).toBeNull();

    await page.goBack();
    await expectHeading(page, /^Welkom/);
    await expectTitle(page, 'Overzicht – Doorbraak');
  });

  it('has a skip link to the content as the first stop for the keyboard', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'maatwerker@demodam.example');
    await page.goto(e2e.url('/account'));
    await expectHeading(page, 'Mijn account');

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Naar de inhoud' });
    expect((await focused(page)).text).toBe('Naar de inhoud');
    expect(await skip.isVisible()).toBe(true);
    await page.keyboard.press('Enter');
    expect((await focused(page)).id).toBe('inhoud');
  });

  it('fits a 320 pixel wide screen without scrolling sideways (WCAG 1.4.10)', async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await login(page, e2e.url(), 'beheer@demodam.example');
    for (const [path, heading] of [['/', /^Welkom/], ['/beheer/gebruikers', 'Gebruikers'], ['/beheer/auditlog', 'Auditlog'], ['/account', 'Mijn account']] as const) {
      await page.goto(e2e.url(path));
      await expectHeading(page, heading);
      await page.getByRole('main').locator('table, .dbk-main__content > :last-child').first().waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
      await screenshot(page, `smal${path === '/' ? '-overzicht' : path.replaceAll('/', '-')}`);
    }
  });

  it('says so when a page does not exist', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'maatwerker@demodam.example');
    await page.goto(e2e.url('/bestaat-niet'));
    await expectHeading(page, 'Pagina niet gevonden');
    await expectTitle(page, 'Pagina niet gevonden – Doorbraak');
  });
});
