import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

const rows = (page: Page) => page.getByRole('table', { name: /Plannen|Gevonden plannen/ }).getByRole('row');

describe('plannen', () => {
  it('lists the plans of the own municipality with their KBA, searchable and filtered by status', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'maatwerker@demodam.example');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Plannen' }).click();
    await expectHeading(page, 'Plannen');
    await expectTitle(page, 'Plannen – Doorbraak');
    await page.getByText('8 plannen.').waitFor();
    const table = await page.getByRole('table', { name: 'Plannen' }).textContent();
    expect(table).not.toContain('2026-021');
    const first = await rows(page).filter({ hasText: '2026-001' }).textContent();
    for (const text of ['C-104241', 'In uitvoering', 'Wonen', '€ 63.000,00', '€ 27.000,00']) expect(first).toContain(text);
    await expectNoAxeViolations(page);
    await screenshot(page, 'plannen');

    await page.getByLabel('Status').selectOption({ label: 'Goedgekeurd' });
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('2 plannen gevonden.').waitFor();
    expect(page.url()).toContain('status=approved');

    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('C-104244');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('1 plan gevonden.').waitFor();
    expect(await rows(page).count()).toBe(2);

    await page.getByRole('searchbox', { name: 'Zoeken' }).fill('bestaat-niet');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Er zijn geen plannen die aan deze zoekopdracht voldoen.').waitFor();
    await page.getByRole('link', { name: 'Wissen' }).click();
    await page.getByText('8 plannen.').waitFor();
  });

  it('starts a plan from its case and client number, and refuses a BSN before it is sent', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    await page.goto(e2e.url('/plannen'));
    await page.getByRole('link', { name: 'Nieuw plan' }).click();
    await expectHeading(page, 'Nieuw plan');
    await expectTitle(page, 'Nieuw plan – Doorbraak');
    await expectNoAxeViolations(page);
    await screenshot(page, 'nieuw-plan');

    // The next case number of the year is filled in as a suggestion (this year's highest plus one).
    const suggestion = (await (await page.request.get(e2e.url('/api/v1/plans/next-case-number'))).json()) as { caseNumber: string; year: number };
    expect(suggestion.caseNumber).toMatch(new RegExp(`^${suggestion.year}-\\d{3,}$`));
    await expect.poll(() => page.getByLabel('Casusnummer').inputValue()).toBe(suggestion.caseNumber);
    await page.getByText(`Voorgesteld: ${suggestion.caseNumber}`, { exact: false }).waitFor();

    await page.getByLabel('Casusnummer').fill('2026-001');
    // Test fixture: 111222333 passes the 11-proef (a well-known test number), so the guard must refuse it.
    await page.getByLabel('Cliëntnummer').fill('111222333');
    await page.locator('#plan-clientnummer-fout').getByText('Bevat een burgerservicenummer (BSN).', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Plan maken' }).click();
    await expectHeading(page, 'Nieuw plan');
    await expectNoAxeViolations(page);

    // The server's answer lands at the field too: a case number is unique per municipality.
    await page.getByLabel('Cliëntnummer').fill('C-300001');
    await page.getByRole('button', { name: 'Plan maken' }).click();
    await page.locator('#plan-casusnummer-fout').getByText('Dit casusnummer bestaat al in uw gemeente.').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'nieuw-plan-fout');

    await page.getByLabel('Casusnummer').fill('2026-201');
    await page.getByRole('button', { name: 'Plan maken' }).click();
    await expectHeading(page, 'Casus 2026-201');
    expect(await page.getByText('Nog nodig voor de doorbraaktafel (5)').count()).toBe(1);
    await expectNoAxeViolations(page);
    await screenshot(page, 'canvas-leeg');
  });

  it('shows the canvas read-only to a user who may read but not change plans', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'budget@demodam.example');
    await page.goto(e2e.url('/plannen'));
    expect(await page.getByRole('link', { name: 'Nieuw plan' }).count()).toBe(0);
    await page.getByRole('link', { name: '2026-001' }).click();
    await expectHeading(page, 'Casus 2026-001');
    await page.getByText('U kunt dit plan bekijken, maar niet wijzigen', { exact: false }).waitFor();
    expect(await page.getByLabel('Situatieschets').getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('combobox', { name: /Regel toevoegen/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Kies dit scenario|verwijderen|kopiëren/ }).count()).toBe(0);
    expect(await page.getByTestId('kba-rendement').textContent()).toBe('€ 27.000,00');
    await expectNoAxeViolations(page);
  });

  it('says so when a plan does not exist or belongs to another municipality', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'maatwerker@proefwijk.example');
    await page.goto(e2e.url('/plannen'));
    await page.getByText('3 plannen.').waitFor();
    await page.goto(e2e.url('/plannen/bestaat-niet'));
    await page.getByText('De gegevens van het plan konden niet worden geladen.').waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Dit plan bestaat niet of u heeft er geen toegang toe.');
  });
});
