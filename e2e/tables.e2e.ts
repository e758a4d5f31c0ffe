import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { plans } from '../src/plans/plans.schema.js';
import { expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

/** Two demo plans, put on `scheduled` directly: the workflow's own tests cover the way there. */
async function twoScheduledPlans(): Promise<[string, string]> {
  const { db } = e2e;
  const rows = await db
    .select({ id: plans.id, caseNumber: plans.caseNumber })
    .from(plans)
    .where(and(eq(plans.tenantId, 'demo'), isNull(plans.deletedAt)))
    .orderBy(asc(plans.caseNumber))
    .limit(2);
  for (const row of rows) await db.update(plans).set({ status: 'scheduled' }).where(and(eq(plans.tenantId, 'demo'), eq(plans.id, row.id)));
  return [rows[0]!.caseNumber, rows[1]!.caseNumber];
}

const live = (page: Page) => page.locator('#agenda-melding');

describe('tafels: agenda, vragen, verslag en presentatie', () => {
  it('lets the voorzitter build an agenda of two plans, reorder it, download the PDF, ask a question, write minutes and present it', async () => {
    const [first, second] = await twoScheduledPlans();
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'voorzitter@demodam.example');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Tafels' }).click();
    await expectHeading(page, 'Tafels');
    await expectTitle(page, 'Tafels – Doorbraak');
    await expectNoAxeViolations(page);

    // A table, created through the form.
    await page.getByRole('button', { name: 'Tafel toevoegen' }).click();
    await page.getByLabel('Naam').fill('Doorbraaktafel Oost');
    await expectNoAxeViolations(page);
    await page.getByRole('form', { name: 'Tafel toevoegen' }).getByRole('button', { name: 'Tafel toevoegen' }).click();
    await page.getByText('Doorbraaktafel Oost is toegevoegd.').waitFor();
    await page.getByRole('link', { name: 'Doorbraaktafel Oost' }).click();
    await expectHeading(page, 'Doorbraaktafel Oost');
    await page.getByText('Doorbraaktafel, elke dinsdag om 15:30.').waitFor();
    await expectNoAxeViolations(page);

    // The next session: add both candidates, then reorder by keyboard.
    await page.getByRole('region', { name: 'Komende sessies' }).getByRole('link').first().click();
    await expectHeading(page, /^Doorbraaktafel Oost dinsdag/);
    // Saved on every change: one action adds a case, no save button, no reminder.
    expect(await page.getByRole('button', { name: 'Agenda opslaan' }).count()).toBe(0);
    await page.getByRole('button', { name: `Op de agenda: casus ${first}` }).click();
    await expect.poll(() => live(page).textContent()).toBe(`Casus ${first} staat op de agenda, op plaats 1. De agenda is opgeslagen.`);
    await page.getByRole('button', { name: `Op de agenda: casus ${second}` }).click();
    await expect.poll(() => live(page).textContent()).toBe(`Casus ${second} staat op de agenda, op plaats 2. De agenda is opgeslagen.`);
    expect(await page.locator('body').textContent()).not.toContain('Vergeet niet op te slaan');
    await page.getByLabel(`Tijdvak casus ${second} in minuten`).fill('20');
    await page.getByLabel(`Tijdvak casus ${second} in minuten`).press('Tab');
    await expect.poll(() => live(page).textContent()).toBe(`Tijdvak van casus ${second}: 20 minuten. De agenda is opgeslagen.`);
    await expectNoAxeViolations(page);

    // A removal is one action too, and the last change can be undone.
    await page.getByRole('button', { name: `Van de agenda: casus ${second}` }).click();
    await expect.poll(() => live(page).textContent()).toBe(`Casus ${second} is van de agenda gehaald. De agenda is opgeslagen.`);
    expect(await focused(page)).toMatchObject({ tag: 'button', text: `Ongedaan maken: verwijderen van casus ${second}` });
    await page.keyboard.press('Enter');
    await expect.poll(() => live(page).textContent()).toBe(`Het verwijderen van casus ${second} is ongedaan gemaakt. De agenda is opgeslagen.`);
    await page.getByLabel(`Tijdvak casus ${second} in minuten`).waitFor();
    expect(await page.getByLabel(`Tijdvak casus ${second} in minuten`).inputValue()).toBe('20');

    await page.getByRole('button', { name: `Omlaag: casus ${first}` }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => live(page).textContent()).toBe(`Casus ${first} staat nu op plaats 2 van 2. De agenda is opgeslagen.`);
    expect((await focused(page)).text).toBe('Omlaag');
    // What the server holds, after a reload.
    await page.reload();
    await expectHeading(page, /^Doorbraaktafel Oost dinsdag/);
    const rows = page.getByRole('region', { name: 'Agenda: casussen in volgorde van bespreking' }).getByRole('row');
    await expect.poll(() => rows.nth(1).textContent()).toContain(`15:30–15:50Casus ${second}`);
    expect(await rows.nth(2).textContent()).toContain(`15:50–16:20Casus ${first}`);
    await page.getByText('Totale duur: 50 minuten').waitFor();

    // One PDF with the agenda and both canvases.
    const href = await page.getByRole('link', { name: 'Agenda en canvassen (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(e2e.url(href!));
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // A question at the table, for the consulent.
    const caseSection = page.getByRole('region', { name: new RegExp(`^Casus ${second} `) });
    await caseSection.getByLabel('Vraag', { exact: true }).fill('Heeft de woningcorporatie al gereageerd?');
    await caseSection.getByLabel('Wie beantwoordt de vraag?').selectOption({ label: 'Kees Consulent' });
    await caseSection.getByRole('button', { name: 'Vraag toevoegen' }).click();
    await caseSection.getByText('De vraag is toegevoegd voor Kees Consulent.').waitFor();
    await caseSection.getByText('Heeft de woningcorporatie al gereageerd?').waitFor();
    await caseSection.getByText(/Voor Kees Consulent · uiterlijk/).waitFor();

    // Minutes.
    await page.getByLabel('Verslag', { exact: true }).fill('Beide casussen besproken. Vraag over de woningcorporatie uitgezet.');
    await page.getByRole('button', { name: 'Verslag opslaan' }).click();
    await page.getByText(/^Het verslag is opgeslagen om \d{2}:\d{2}\.$/).waitFor();
    await expectNoAxeViolations(page);

    // The projector view: its own screen without the app's header and menu, one case at a time, next by keyboard.
    await page.getByRole('link', { name: 'Presentatie starten' }).click();
    await page.getByRole('heading', { level: 2, name: `Casus ${second} (1 van 2)` }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Uitloggen' }).count()).toBe(0);
    const fullScreen = page.getByRole('button', { name: 'Volledig scherm' });
    await fullScreen.click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement !== null)).toBe(true);
    await page.getByRole('button', { name: 'Volledig scherm uit' }).click();
    await expect.poll(() => page.evaluate(() => document.fullscreenElement === null)).toBe(true);
    await page.getByRole('button', { name: 'Start timer' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Nog 20 minuten' }).count()).toBe(1);
    const bodySize = await page.locator('.dbk-presentation .utrecht-paragraph').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(32);
    await page.getByRole('heading', { level: 3, name: 'Perspectief' }).waitFor();
    await expectNoAxeViolations(page);
    await page.locator('body').press('ArrowRight');
    await page.getByRole('heading', { level: 2, name: `Casus ${first} (2 van 2)` }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Nog 30 minuten' }).count()).toBe(1);
    await page.locator('body').press('PageUp');
    await page.getByRole('heading', { level: 2, name: `Casus ${second} (1 van 2)` }).waitFor();
    // Space moves on too (on a button it presses that button, so focus is on the page itself here).
    await page.locator('#inhoud').focus();
    await page.keyboard.press('Space');
    await page.getByRole('heading', { level: 2, name: `Casus ${first} (2 van 2)` }).waitFor();
    await page.locator('body').press('ArrowLeft');
    await page.getByRole('heading', { level: 2, name: `Casus ${second} (1 van 2)` }).waitFor();
    await page.getByText('Heeft de woningcorporatie al gereageerd?').waitFor();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Sluit presentatie' }).click();
    await expectHeading(page, /^Doorbraaktafel Oost dinsdag/);
    // Escape leaves the presentation too.
    await page.getByRole('link', { name: 'Presentatie starten' }).click();
    await page.getByRole('heading', { level: 2, name: `Casus ${second} (1 van 2)` }).waitFor();
    await page.locator('body').press('Escape');
    await expectHeading(page, /^Doorbraaktafel Oost dinsdag/);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).waitFor();
  }, 120_000);

  it('shows the open question on the canvas to the consulent, who answers it there', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    const { db } = e2e;
    const { planQuestions } = await import('../src/tables/tables.schema.js');
    const [question] = await db.select().from(planQuestions).where(and(eq(planQuestions.tenantId, 'demo'), eq(planQuestions.question, 'Heeft de woningcorporatie al gereageerd?')));
    expect(question, 'de vraag uit de vorige test').toBeDefined();
    await page.goto(e2e.url(`/plannen/${question!.planId}`));
    const section = page.getByRole('region', { name: /^Vragen/ });
    await section.getByText('Heeft de woningcorporatie al gereageerd?').waitFor();
    const form = section.getByRole('form', { name: 'Antwoord op: Heeft de woningcorporatie al gereageerd?' });
    await form.getByRole('textbox', { name: 'Antwoord' }).fill('Ja, de ontbinding is uitgesteld.');
    await form.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await section.getByText(/^Beantwoorde vragen \(\d+\)$/).click();
    await section.getByRole('listitem').filter({ hasText: 'Ja, de ontbinding is uitgesteld.' }).getByText('Beantwoord', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
  }, 120_000);
});
