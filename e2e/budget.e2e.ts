import { and, eq, isNull } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { approve } from '../src/budget/test/approved-plan.js';
import { seedDemoBudget } from '../src/budget/budget.seed.js';
import { plans } from '../src/plans/plans.schema.js';
import { amsterdamYear } from '../src/shared/dates.js';
import { expectHeading, expectTitle, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();
const year = amsterdamYear(new Date());
const CASE = 'E2E-BUDGET-1';

/** The value shown under a total, e.g. "Betaald". */
const total = (page: Page, name: string) => page.locator('.dbk-budget-total').filter({ has: page.locator('dt', { hasText: new RegExp(`^${name}$`) }) }).locator('dd').textContent();
const cents = (text: string | null) => Number((text ?? '').replace(/[^\d,-]/g, '').replace(',', ''));

beforeAll(async () => {
  // The demo budget and one approved plan with € 10.000 committed, set up as the workflow would.
  const { db } = e2e;
  await seedDemoBudget(db, 'demo', year);
  const [template] = await db.select().from(plans).where(and(eq(plans.tenantId, 'demo'), isNull(plans.deletedAt))).limit(1);
  const id = crypto.randomUUID();
  await db.insert(plans).values({ tenantId: 'demo', id, caseNumber: CASE, document: { ...template!.document, caseNumber: CASE }, authorId: template!.authorId });
  await approve(db, 'demo', id, { amountCents: 1_000_000, year });
});

describe('maatwerkbudget', () => {
  it('shows the budget to the budgetbeheerder, who registers a payment and sees the totals update', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'budget@demodam.example');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Budget' }).click();
    await expectHeading(page, `Maatwerkbudget ${year}`);
    await expectTitle(page, `Maatwerkbudget ${year} – Doorbraak`);
    expect(await total(page, 'Budget')).toBe('€ 175.000,00');
    const paidBefore = cents(await total(page, 'Betaald'));
    // The overview shows the figures; the forms are in their own views.
    expect(await page.getByRole('table', { name: `Begrotingsposten ${year}` }).textContent()).toContain('Jeugd Begeleiding Indiv. ZIN');
    expect(await page.getByRole('textbox').count()).toBe(0);
    await page.getByRole('table', { name: 'Mandaat per maatwerker' }).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'budget');

    await page.getByRole('link', { name: /^Bronnen wijzigen/ }).click();
    await expectHeading(page, `Begrotingsposten ${year} wijzigen`);
    await expectTitle(page, `Begrotingsposten ${year} wijzigen – Doorbraak`);
    expect(await page.getByLabel('Regel 4, naam').inputValue()).toBe('Jeugd Begeleiding Indiv. ZIN');
    // Removing a source line can be undone before saving.
    await page.getByRole('button', { name: 'Verwijder regel 1' }).click();
    expect(await page.getByLabel('Regel 1, code').inputValue()).toBe('5513119');
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    expect(await page.getByLabel('Regel 1, code').inputValue()).toBe('520615');
    await expectNoAxeViolations(page);
    await page.getByLabel('Toelichting').fill('Collegebesluit 12 maart.');
    await page.getByRole('button', { name: 'Budget opslaan' }).click();
    await expectHeading(page, `Maatwerkbudget ${year}`);
    await page.getByText(`Het maatwerkbudget ${year} is opgeslagen.`).waitFor();
    await page.getByText('Toelichting: Collegebesluit 12 maart.').waitFor();

    await page.getByRole('link', { name: 'Mandaten wijzigen' }).click();
    await expectHeading(page, 'Mandaten wijzigen');
    await page.getByRole('table', { name: 'Mandaat per maatwerker' }).getByRole('textbox').first().waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('link', { name: 'Terug naar het maatwerkbudget' }).click();
    await expectHeading(page, `Maatwerkbudget ${year}`);

    await page.getByRole('link', { name: `Betalingen van ${CASE}` }).click();
    await expectHeading(page, `Betalingen plan ${CASE}`);
    expect(await total(page, 'Nog open')).toBe('€ 10.000,00');
    await expectNoAxeViolations(page);

    // More than the commitment: the form asks to exceed it explicitly, with a reason.
    await page.getByLabel('Bedrag').fill('12.000');
    await page.getByLabel('Omschrijving').fill('Huur moeder-kindhuis');
    await page.getByLabel('Vastlegging overschrijden').check();
    await page.getByRole('button', { name: 'Betaling registreren' }).click();
    await page.locator('#betaling-reden-fout').waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'budget-betaling-fout');

    await page.getByLabel('Bedrag').fill('2.500,00');
    await page.getByLabel('Factuurnummer (niet verplicht)').fill('F-2026-001');
    await page.getByRole('button', { name: 'Betaling registreren' }).click();
    await page.getByText('Betaling van € 2.500,00 is geregistreerd. Nog open op dit plan: € 7.500,00.').waitFor();
    expect(await total(page, 'Nog open')).toBe('€ 7.500,00');
    expect(await page.getByRole('table', { name: /Boekingen/ }).textContent()).toContain('F-2026-001');

    await page.getByRole('link', { name: 'Naar het maatwerkbudget' }).click();
    await expectHeading(page, `Maatwerkbudget ${year}`);
    await page.waitForFunction(() => document.querySelector('[aria-busy="true"]') === null);
    expect(cents(await total(page, 'Betaald'))).toBe(paidBefore + 250_000);
    const row = await page.getByRole('table', { name: `Plannen op het maatwerkbudget ${year}` }).getByRole('row').filter({ hasText: CASE }).textContent();
    for (const text of ['€ 10.000,00', '€ 2.500,00', '€ 7.500,00']) expect(row).toContain(text);
  });

  it('shows beleid the totals without plan rows or edit forms', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    await page.goto(e2e.url('/budget'));
    await expectHeading(page, `Maatwerkbudget ${year}`);
    expect(await total(page, 'Budget')).toBe('€ 175.000,00');
    await page.getByText('U ziet alleen totalen').waitFor();
    expect(await page.getByRole('table', { name: /Plannen op het maatwerkbudget/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Budget opslaan' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Bronnen wijzigen|Mandaten wijzigen/ }).count()).toBe(0);
    await page.goto(e2e.url(`/budget/${year}/bronnen/bewerken`));
    await expectHeading(page, 'Geen toegang');
    expect(await page.locator('body').textContent()).not.toContain(CASE);
    await expectNoAxeViolations(page);
  });
});
