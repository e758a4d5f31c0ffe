import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

/** The menu row as a user sees it: links, and the "Beheer" group as its button's text. */
const navItems = (page: Page) =>
  page.getByRole('navigation', { name: 'Hoofdmenu' }).locator('.dbk-nav__list > li').evaluateAll((items) => items.map((li) => li.querySelector(':scope > a, :scope > button')?.textContent?.trim() ?? ''));

/** The menu row's entries' distance from the top: one value when the row does not wrap. */
const rowTops = (page: Page) => page.locator('.dbk-nav__list > li').evaluateAll((items) => [...new Set(items.map((li) => (li as HTMLElement).offsetTop))]);

const DEMO_ACCOUNTS = ['maatwerker', 'maatwerker2', 'maatwerker3', 'consulent', 'voorzitter', 'budget', 'beleid', 'analist', 'beheer'].map((name) => `${name}@demodam.example`).concat('maatwerker@proefwijk.example');

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

    expect(await navItems(page)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Budget', 'Dashboard', 'Eigen gegevens', 'Systeemleren', 'Inspiratie', 'Bibliotheek']);
    expect(await page.getByRole('link', { name: 'Overzicht' }).getAttribute('aria-current')).toBe('page');
    // Mijn account sits with the name in the header.
    await header.getByRole('link', { name: 'Mijn account' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'overzicht');
  });

  it('gives a consulent no beheer menu items and a clear "geen toegang" page for a typed address', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    expect(await navItems(page)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Systeemleren', 'Inspiratie', 'Bibliotheek']);

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

  it("groups the beheerder's management pages under Beheer: a disclosure that Escape closes, focus back on its button", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await navItems(page)).toEqual(['Overzicht', 'Mijn acties', 'Plannen', 'Tafels', 'Budget', 'Dashboard', 'Overlap pijlers', 'Systeemleren', 'Inspiratie', 'Beheer']);
    const toggle = nav.getByRole('button', { name: 'Beheer' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Gebruikers' }).count()).toBe(0);

    // Keyboard: open with Enter, Tab into the links, Escape closes and returns to the button.
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.locator('.dbk-nav__sublist').getByRole('link').allTextContents()).toEqual(['Prijslijst', 'Wettenbibliotheek', 'Import eigen gegevens', 'Gebruikers', 'Werkwijze', 'Auditlog']);
    await expectNoAxeViolations(page);
    await screenshot(page, 'menu-beheer-open');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Prijslijst');
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect((await focused(page)).text).toContain('Beheer');

    // A link in the group navigates, closes it, and marks Beheer as the current section.
    await toggle.click();
    await nav.getByRole('link', { name: 'Auditlog' }).click();
    await expectHeading(page, 'Auditlog');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await toggle.textContent()).toContain('(huidige sectie)');
    await toggle.click();
    expect(await nav.getByRole('link', { name: 'Auditlog' }).getAttribute('aria-current')).toBe('page');
    // A click elsewhere closes it too.
    await page.getByRole('heading', { level: 1 }).click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('fits the menu on one row at 1366 pixels for every demo account', async () => {
    for (const email of DEMO_ACCOUNTS) {
      const page = await e2e.newPage();
      await page.setViewportSize({ width: 1366, height: 768 });
      await login(page, e2e.url(), email);
      const widths = await page.locator('.dbk-nav__list > li').evaluateAll((items) => items.map((li) => Math.round(li.getBoundingClientRect().width)));
      expect((await rowTops(page)).length, `${email}: ${(await navItems(page)).join(', ')} (${widths.join('+')} px)`).toBe(1);
      await page.context().close();
    }
  }, 120_000);

  it('lets the menu reflow at 320 pixels, the Beheer group opening in the flow, without sideways scrolling', async () => {
    const page = await e2e.newPage();
    await page.setViewportSize({ width: 320, height: 640 });
    await login(page, e2e.url(), 'beheer@demodam.example');
    expect((await rowTops(page)).length).toBeGreaterThan(1);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('button', { name: 'Beheer' }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Werkwijze' }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'smal-menu-beheer');
  });

  it('moves focus to the heading of the new page and marks the current menu item', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
    const header = page.getByRole('banner');

    await header.getByRole('link', { name: 'Mijn account' }).click();
    await expectHeading(page, 'Mijn account');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Mijn account' });
    expect(await header.getByRole('link', { name: 'Mijn account' }).getAttribute('aria-current')).toBe('page');
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
