import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

const section = (page: Page, name: RegExp) => page.getByRole('region', { name });

async function openActions(page: Page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn acties' }).click();
  await expectHeading(page, 'Mijn acties');
  await expectTitle(page, 'Mijn acties – Doorbraak');
}

describe('opvolging en Mijn acties', () => {
  it('leads the author from an overdue measurement to the canvas, where recording it clears the action', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    await page.getByRole('main').getByText(/waarvan \d+ te laat/).waitFor();
    await openActions(page);

    const measurements = section(page, /^Metingen/);
    const overdue = measurements.getByRole('listitem').filter({ hasText: 'Meting na 6 maanden, casus 2026-001' });
    expect(await overdue.textContent()).toMatch(/Te laat sinds \d+ \w+ \d{4}/);
    // Overdue first.
    expect(await measurements.getByRole('listitem').first().textContent()).toContain('Te laat sinds');
    expect(await section(page, /^Vragen/).textContent()).toContain('Casus 2026-008');
    expect(await section(page, /^Besluiten/).textContent()).toContain('Er wachten geen plannen op uw besluit.');
    await expectNoAxeViolations(page);
    await screenshot(page, 'mijn-acties');

    // A question lands on its own answer box, with focus there (not on the top of the page).
    await section(page, /^Vragen/).getByRole('link', { name: 'Casus 2026-008' }).first().click();
    await expectHeading(page, 'Casus 2026-008');
    await page.waitForFunction(() => document.activeElement?.id.startsWith('antwoord-') && document.activeElement.tagName === 'TEXTAREA');
    expect(new URL(page.url()).hash).toMatch(/^#antwoord-/);
    await openActions(page);

    await overdue.getByRole('link', { name: 'Meting na 6 maanden, casus 2026-001' }).click();
    await expectHeading(page, 'Casus 2026-001');
    const followUp = section(page, /^Opvolging: levenstevredenheid/);
    await followUp.waitFor();
    // It lands in the measurement form (#meting), focus on its first field, after the data loaded.
    await page.waitForFunction(() => Boolean(document.getElementById('meting')?.querySelector('form')?.contains(document.activeElement)));
    expect(await followUp.textContent()).toContain('Bij de intake: 3 / 10.');
    expect(await followUp.getByRole('row').filter({ hasText: 'Na 6 maanden' }).textContent()).toContain('Te laat sinds');
    expect(await page.getByLabel('Meetmoment', { exact: true }).inputValue()).toBe('6m');
    await page.getByRole('button', { name: 'Meting vastleggen' }).click();
    await followUp.getByRole('alert').getByText('Kies een cijfer van 1 tot en met 10.').waitFor();
    await page.getByLabel('Levenstevredenheid', { exact: true }).selectOption('7');
    await page.getByLabel('Toelichting (niet verplicht)').fill('Moeder heeft werk gevonden; de dochter gaat graag naar school.');
    await page.getByRole('button', { name: 'Meting vastleggen' }).click();
    await followUp.getByRole('status').getByText('Na 6 maanden: 7 / 10 vastgelegd.').waitFor();
    await followUp.getByRole('row').filter({ hasText: 'Na 6 maanden' }).filter({ hasText: '7 / 10' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'canvas-meting');

    await openActions(page);
    await section(page, /^Metingen/).waitFor();
    expect(await section(page, /^Metingen/).textContent()).not.toContain('casus 2026-001');
  });

  it('shows a maatwerker the plan that waits for a decision, and the budgetbeheerder the budget', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'maatwerker2@demodam.example');
    await openActions(page);
    const decisions = section(page, /^Besluiten/);
    await decisions.getByRole('link', { name: 'Casus 2026-008' }).waitFor();
    expect(await decisions.textContent()).toContain('Geagendeerd sinds');
    // The decision lands on the decision form in the workflow panel: focus on its first choice.
    await decisions.getByRole('link', { name: 'Casus 2026-008' }).click();
    await expectHeading(page, 'Casus 2026-008');
    await page.waitForFunction(() => document.activeElement?.id === 'besluit-approve');
    await expectNoAxeViolations(page);
    await openActions(page);
    expect(await section(page, /^Budget/).textContent()).toContain('Er zijn geen waarschuwingen');
    await expectNoAxeViolations(page);

    const budget = await e2e.newPage();
    await login(budget, e2e.url(), 'budget@demodam.example');
    await openActions(budget);
    const warnings = section(budget, /^Budget/);
    await warnings.waitFor();
    const text = (await warnings.textContent()) ?? '';
    expect(text.includes('Er zijn geen waarschuwingen') || text.includes('maatwerkbudget')).toBe(true);
    expect(await section(budget, /^Metingen/).textContent()).toContain('Er zijn de komende twee weken geen metingen');
    await expectNoAxeViolations(budget);
  });
});
