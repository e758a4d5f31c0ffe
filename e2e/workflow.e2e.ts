import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../src/plans/test/factories.js';
import { expectHeading, login } from './support/app.js';
import { expectNoAxeViolations } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

/** Creates a plan through the API as the logged-in user of this page. */
async function createPlan(page: Page, document: Record<string, unknown>): Promise<string> {
  const me = (await (await page.request.get(e2e.url('/api/v1/me'))).json()) as { csrfToken: string };
  const response = await page.request.post(e2e.url('/api/v1/plans'), { data: document, headers: { 'x-csrf-token': me.csrfToken } });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

const panel = (page: Page) => page.getByRole('region', { name: 'Besluitvorming' });

async function openPlan(page: Page, id: string) {
  page.setDefaultTimeout(15_000);
  await page.goto(e2e.url(`/plannen/${id}`));
  await panel(page).getByRole('heading', { name: 'Besluitvorming' }).waitFor();
  await panel(page).getByText('Status:').waitFor();
}

async function approveAs(email: string, id: string) {
  const page = await e2e.newPage();
  await login(page, e2e.url(), email);
  await openPlan(page, id);
  // Each choice's label sits beside its circle, on the same line.
  const circle = (await panel(page).getByLabel('Goedkeuren').boundingBox())!;
  const label = (await panel(page).locator('label', { hasText: 'Goedkeuren' }).boundingBox())!;
  expect(label.x).toBeGreaterThanOrEqual(circle.x + circle.width);
  expect(Math.abs(label.y + label.height / 2 - (circle.y + circle.height / 2))).toBeLessThan(circle.height);
  await panel(page).getByLabel('Goedkeuren').check();
  await panel(page).getByLabel('Toelichting').fill('Akkoord, goed onderbouwd.');
  await panel(page).getByRole('button', { name: 'Besluit vastleggen' }).click();
  await panel(page).getByText('Uw goedkeuring is vastgelegd').waitFor();
  return page;
}

describe('werkwijze en besluitvorming', () => {
  it('lets the beheerder choose a preset', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await page.getByRole('link', { name: 'Werkwijze' }).first().click();
    await expectHeading(page, 'Werkwijze');
    await page.getByLabel('Werkwijze', { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Werkwijze', { exact: true }).selectOption('commissie');
    await expect(page.getByLabel('Aantal goedkeuringen').inputValue()).resolves.toBe('2');
    await page.getByRole('button', { name: 'Werkwijze opslaan' }).click();
    await page.getByText('De werkwijze is opgeslagen.').waitFor();
    await page.getByLabel('Minuten per casus op de agenda').fill('drie kwartier');
    await page.getByRole('button', { name: 'Werkwijze opslaan' }).click();
    await page.getByText('Vul een heel aantal minuten in, tussen 5 en 120.').first().waitFor();
    await expectNoAxeViolations(page);
  });

  it('blocks an incomplete plan, tables a complete one, and approves it with two other maatwerkers', async () => {
    const author = await e2e.newPage();
    await login(author, e2e.url(), 'maatwerker@demodam.example');
    const incomplete = await createPlan(author, { caseNumber: 'E2E-LEEG', clientNumber: 'C-E2E-1' });
    const complete = await createPlan(author, buildPlanDocument({ caseNumber: 'E2E-VOL' }) as Record<string, unknown>);

    await openPlan(author, incomplete);
    await panel(author).getByRole('heading', { name: 'Nog nodig voor de doorbraaktafel' }).waitFor();
    await expectNoAxeViolations(author);
    await panel(author).getByRole('button', { name: 'Agenderen voor de doorbraaktafel' }).click();
    const blocked = panel(author).getByRole('alert');
    await blocked.getByText('Het plan is nog niet compleet genoeg voor de doorbraaktafel.').waitFor();
    expect(await blocked.getByRole('link').count()).toBe(6);
    await blocked.getByRole('link', { name: 'Beschrijf het perspectief van het huishouden.' }).click();
    await author.waitForFunction(() => document.activeElement?.id === 'veld-perspective');
    await expectNoAxeViolations(author);

    await openPlan(author, complete);
    await panel(author).getByText('Het plan is compleet genoeg voor de doorbraaktafel.').waitFor();
    await panel(author).getByRole('button', { name: 'Agenderen voor de doorbraaktafel' }).click();
    await panel(author).getByText('Status: Geagendeerd').waitFor();
    await panel(author).getByText('U bent de auteur; uw goedkeuring telt niet mee.').waitFor();
    await panel(author).getByText('0 van 2 goedkeuringen').waitFor();
    // One vocabulary: the current step is named as the status; the version number stays internal.
    expect(await panel(author).locator('[aria-current="step"]').textContent()).toBe('Geagendeerd');
    expect(await author.locator('.dbk-canvas-header').textContent()).not.toMatch(/versie/i);
    await author.locator('#plan-gewijzigd').getByText(/^\d{1,2} \w+ \d{4} om \d{2}:\d{2}$/).waitFor();
    await expectNoAxeViolations(author);

    const second = await approveAs('maatwerker2@demodam.example', complete);
    await panel(second).getByText('1 van 2 goedkeuringen').first().waitFor();
    // The approval names the state it approved in words, not as "versie N".
    const decided = (await panel(second).locator('.dbk-workflow__decisions').textContent()) ?? '';
    expect(decided).toMatch(/goedgekeurd: het plan zoals het was op \d{1,2} \w+ \d{4} om \d{2}:\d{2}/);
    expect(decided).not.toMatch(/versie/i);
    await expectNoAxeViolations(second);

    const third = await approveAs('maatwerker3@demodam.example', complete);
    await panel(third).getByText('Uw goedkeuring is vastgelegd: het plan is goedgekeurd.').waitFor();
    await panel(third).getByText('Status: Goedgekeurd').waitFor();
    await panel(third).getByText('2 van 2 goedkeuringen').waitFor();
    await expect(third.locator('#veld-perspective').isEditable()).resolves.toBe(false);
    await expectNoAxeViolations(third);

    // Changing an approved plan is an explicit choice: approvals will lapse.
    await panel(third).getByRole('button', { name: 'Plan wijzigen' }).click();
    const dialog = third.getByRole('dialog', { name: 'Goedgekeurd plan wijzigen?' });
    await dialog.getByText('vervallen alle goedkeuringen').waitFor();
    await expectNoAxeViolations(third);
    await dialog.getByRole('button', { name: 'Plan wijzigen' }).click();
    await expect(third.locator('#veld-perspective').isEditable()).resolves.toBe(true);

    await author.reload();
    await panel(author).getByText('Status: Goedgekeurd').waitFor();
    await expectNoAxeViolations(author);
  }, 180_000);
});
