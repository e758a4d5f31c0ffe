import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../src/plans/test/factories.js';
import { expectHeading, login } from './support/app.js';
import { expectNoAxeViolations } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();
const CASE = 'LUS-2026-01';

const panel = (page: Page) => page.getByRole('region', { name: 'Besluitvorming' });

async function as(email: string): Promise<Page> {
  const page = await e2e.newPage();
  page.setDefaultTimeout(15_000);
  await login(page, e2e.url(), email);
  return page;
}

async function openCanvas(page: Page, id: string) {
  await page.goto(e2e.url(`/plannen/${id}`));
  await panel(page).getByText('Status:').waitFor();
}

/**
 * The whole Maastricht loop of DOMAIN.md §5 in the browser, each step by the person who does it:
 * draft → spar-tafel → doorbraaktafel → two approvals by two other maatwerkers (one at the table,
 * one on the canvas) → payment by the budgetbeheerder → execution → 6-month measurement.
 */
describe('de hele maatwerklus', () => {
  it('runs from concept to a 6-month measurement', async () => {
    // The consulent has written the plan with the household (the canvas tests cover the writing).
    const consulent = await as('consulent@demodam.example');
    const me = (await (await consulent.request.get(e2e.url('/api/v1/me'))).json()) as { csrfToken: string };
    const created = await consulent.request.post(e2e.url('/api/v1/plans'), {
      data: buildPlanDocument({ caseNumber: CASE }),
      headers: { 'x-csrf-token': me.csrfToken },
    });
    expect(created.status()).toBe(201);
    const id = ((await created.json()) as { id: string }).id;

    await openCanvas(consulent, id);
    await panel(consulent).getByRole('button', { name: 'Naar de spar-tafel' }).click();
    await panel(consulent).getByText('Status: Spar-tafel').waitFor();
    await expectNoAxeViolations(consulent);
    await panel(consulent).getByRole('button', { name: 'Agenderen voor de doorbraaktafel' }).click();
    await panel(consulent).getByText('Status: Geagendeerd').waitFor();
    await panel(consulent).getByText('0 van 2 goedkeuringen').waitFor();

    // The voorzitter puts it on the next doorbraaktafel and records the table's first approval.
    const voorzitter = await as('voorzitter@demodam.example');
    await voorzitter.goto(e2e.url('/tafels'));
    await expectHeading(voorzitter, 'Tafels');
    await voorzitter.getByRole('link', { name: 'Doorbraaktafel', exact: true }).click();
    await expectHeading(voorzitter, 'Doorbraaktafel');
    await voorzitter.getByRole('region', { name: 'Komende sessies' }).getByRole('link').first().click();
    await expectHeading(voorzitter, /^Doorbraaktafel dinsdag/);
    await voorzitter.getByRole('button', { name: `Op de agenda: casus ${CASE}` }).click();
    await expect.poll(() => voorzitter.locator('#agenda-melding').textContent()).toMatch(/De agenda is opgeslagen\.$/);
    const atTable = voorzitter.getByRole('form', { name: `Besluit over casus ${CASE}` });
    await atTable.getByLabel('Goedkeuren').check();
    await atTable.getByLabel('Toelichting').fill('Besproken aan tafel: goed onderbouwd.');
    await atTable.getByRole('button', { name: 'Besluit vastleggen' }).click();
    await atTable.getByText(`Uw besluit over casus ${CASE} is vastgelegd: Goedkeuren.`).waitFor();
    await expectNoAxeViolations(voorzitter);

    // A second maatwerker approves on the canvas: six eyes, so the plan is approved and committed.
    const maatwerker = await as('maatwerker2@demodam.example');
    await openCanvas(maatwerker, id);
    await panel(maatwerker).getByText('1 van 2 goedkeuringen').first().waitFor();
    await panel(maatwerker).getByLabel('Goedkeuren').check();
    await panel(maatwerker).getByLabel('Toelichting').fill('Akkoord.');
    await panel(maatwerker).getByRole('button', { name: 'Besluit vastleggen' }).click();
    await panel(maatwerker).getByText('Status: Goedgekeurd').waitFor();
    await expectNoAxeViolations(maatwerker);

    // The budgetbeheerder pays part of the commitment.
    const budget = await as('budget@demodam.example');
    await budget.goto(e2e.url('/budget'));
    await budget.getByRole('link', { name: `Betalingen van ${CASE}` }).click();
    await expectHeading(budget, `Betalingen plan ${CASE}`);
    await budget.getByLabel('Bedrag').fill('1.000,00');
    await budget.getByLabel('Omschrijving').fill('Eerste termijn');
    await budget.getByRole('button', { name: 'Betaling registreren' }).click();
    await budget.getByText(/Betaling van € 1\.000,00 is geregistreerd\./).waitFor();
    await expectNoAxeViolations(budget);

    // The consulent starts the execution and records the 6-month measurement.
    await openCanvas(consulent, id);
    await panel(consulent).getByRole('button', { name: 'Start de uitvoering' }).click();
    await panel(consulent).getByText('Status: In uitvoering').waitFor();
    await consulent.getByLabel('Meetmoment', { exact: true }).selectOption('6m');
    await consulent.getByLabel('Levenstevredenheid', { exact: true }).selectOption('8');
    await consulent.getByRole('button', { name: 'Meting vastleggen' }).click();
    // Six months have not passed yet: the form warns and asks before it stores an early score.
    await consulent.getByText(/Deze meting is pas over .* aan de beurt/).waitFor();
    await expectNoAxeViolations(consulent);
    await consulent.getByRole('button', { name: 'Ja, nu vastleggen' }).click();
    await consulent.getByText('Na 6 maanden: 8 / 10 vastgelegd.').waitFor();
    await expectNoAxeViolations(consulent);

    // The same facts through the API: approved by two others for this version, money moved.
    const workflow = (await (await consulent.request.get(e2e.url(`/api/v1/plans/${id}/workflow`))).json()) as {
      status: string;
      approvals: { counted: number };
    };
    expect(workflow).toMatchObject({ status: 'in_progress', approvals: { counted: 2 } });
    const payments = (await (await consulent.request.get(e2e.url(`/api/v1/plans/${id}/payments`))).json()) as {
      balance: { paidCents: number };
    };
    expect(payments.balance.paidCents).toBe(100_000);
  }, 240_000);
});
