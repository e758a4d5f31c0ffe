import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

const NEW_USER = { name: 'Nina Nieuw', email: 'nina.nieuw@demodam.example' };

async function openUsers(page: Page) {
  // For the beheerder, the management pages sit under "Beheer" in the main menu.
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('button', { name: 'Beheer' }).click();
  await menu.getByRole('link', { name: 'Gebruikers' }).click();
  await expectHeading(page, 'Gebruikers');
  await page.getByRole('table').waitFor();
}

const userRow = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

describe('gebruikers beheren', () => {
  let initialPassword = '';

  it('lists the users of the own municipality only', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await openUsers(page);
    await expectTitle(page, 'Gebruikers – Doorbraak');
    const table = await page.getByRole('table').textContent();
    expect(table).toContain('Kees Consulent');
    expect(table).toContain('consulent@demodam.example');
    expect(table).toContain('Voorzitter doorbraaktafel, Maatwerker');
    expect(table).not.toContain('proefwijk');
    // Nobody can deactivate themselves here.
    expect(await userRow(page, 'Bert Beheer').getByRole('button').count()).toBe(0);
    await expectNoAxeViolations(page);
    await screenshot(page, 'gebruikers');
  });

  it('adds a user: errors per field first, then the start password is shown once', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await openUsers(page);
    await page.getByRole('link', { name: 'Gebruiker toevoegen' }).click();
    await expectHeading(page, 'Gebruiker toevoegen');

    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await page.locator('#gebruiker-naam-fout').getByText('Vul dit veld in.').waitFor();
    expect(await page.locator('#gebruiker-email-fout').textContent()).toContain('Dit is geen geldig e-mailadres.');
    expect(await page.locator('#gebruiker-rollen-fout').textContent()).toContain('Kies minstens één rol.');
    await expectNoAxeViolations(page);
    await screenshot(page, 'gebruiker-toevoegen-fouten');

    // An address already in use is refused at the field.
    await page.getByLabel('Naam').fill(NEW_USER.name);
    await page.getByLabel('E-mailadres').fill('consulent@demodam.example');
    await page.getByLabel('Consulent').check();
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await page.locator('#gebruiker-email-fout').getByText('Dit e-mailadres is al in gebruik.').waitFor();

    await page.getByLabel('E-mailadres').fill(NEW_USER.email);
    await page.getByRole('button', { name: 'Gebruiker toevoegen' }).click();
    await page.getByText(`${NEW_USER.name} is toegevoegd.`).waitFor();
    initialPassword = await page.getByLabel(`Startwachtwoord van ${NEW_USER.name}`).inputValue();
    expect(initialPassword).toMatch(/^[\w]{5}(-[\w]{5}){3}$/);
    await expectNoAxeViolations(page);
    await screenshot(page, 'gebruiker-toegevoegd');

    await page.getByRole('link', { name: 'Naar het overzicht van gebruikers' }).click();
    await expectHeading(page, 'Gebruikers');
    expect(await userRow(page, NEW_USER.name).textContent()).toContain('Consulent');
  });

  it('lets the new user log in with the start password', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), NEW_USER.email, initialPassword, { form: true });
    const header = await page.getByRole('banner').textContent();
    expect(header).toContain(NEW_USER.name);
    expect(header).toContain('Consulent');
  });

  it('changes the roles of a user', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await openUsers(page);
    await page.getByRole('link', { name: `${NEW_USER.name} wijzigen` }).click();
    await expectHeading(page, `${NEW_USER.name} wijzigen`);
    await expectTitle(page, `${NEW_USER.name} wijzigen – Doorbraak`);
    await expectNoAxeViolations(page);
    await screenshot(page, 'gebruiker-wijzigen');

    await page.getByLabel('Consulent').uncheck();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.locator('#gebruiker-rollen-fout').getByText('Kies minstens één rol.').waitFor();

    await page.getByLabel('Maatwerker').check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await expectHeading(page, 'Gebruikers');
    await page.getByText(`De wijzigingen aan ${NEW_USER.name} zijn opgeslagen.`).waitFor();
    expect(await userRow(page, NEW_USER.name).textContent()).toContain('Maatwerker');
    expect(await userRow(page, NEW_USER.name).textContent()).not.toContain('Consulent');

    // The change can be undone from the notice.
    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText(`De wijzigingen aan ${NEW_USER.name} zijn ongedaan gemaakt.`).waitFor();
    expect(await userRow(page, NEW_USER.name).textContent()).toContain('Consulent');

    await page.getByRole('link', { name: `${NEW_USER.name} wijzigen` }).click();
    await page.getByLabel('Consulent').uncheck();
    await page.getByLabel('Maatwerker').check();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(`De wijzigingen aan ${NEW_USER.name} zijn opgeslagen.`).waitFor();
  });

  it('deactivates a user, which ends their session, and can undo it', async () => {
    const nina = await e2e.newPage();
    await login(nina, e2e.url(), NEW_USER.email, initialPassword);
    expect(await nina.getByRole('banner').textContent()).toContain('Maatwerker');

    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await openUsers(page);
    await page.getByRole('button', { name: `${NEW_USER.name} deactiveren` }).click();
    await page.getByText(`${NEW_USER.name} is gedeactiveerd en kan niet meer inloggen.`).waitFor();
    expect(await userRow(page, NEW_USER.name).textContent()).toContain('Gedeactiveerd');

    // Her open session has ended: the next page she opens sends her to the login page.
    await nina.getByRole('link', { name: 'Mijn account' }).first().click();
    await nina.waitForURL(/\/inloggen/);
    await expectHeading(nina, 'Inloggen');
    await nina.getByText('Uw sessie is verlopen of beëindigd. Log opnieuw in.').waitFor();

    await page.getByRole('button', { name: 'Ongedaan maken' }).click();
    await page.getByText(`${NEW_USER.name} is weer actief.`).waitFor();
    expect(await userRow(page, NEW_USER.name).textContent()).toContain('Actief');
    await login(nina, e2e.url(), NEW_USER.email, initialPassword);

    // Deactivating through the edit form works too.
    await page.getByRole('link', { name: `${NEW_USER.name} wijzigen` }).click();
    await page.getByLabel('Account actief').uncheck();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText(`${NEW_USER.name} is gedeactiveerd en kan niet meer inloggen.`).waitFor();
    expect(await userRow(page, NEW_USER.name).textContent()).toContain('Gedeactiveerd');
  });

  it('does not let a beheerder deactivate themselves, and says why at the field', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await openUsers(page);
    await page.getByRole('link', { name: 'Bert Beheer wijzigen' }).click();
    await page.getByLabel('Account actief').uncheck();
    await page.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByRole('alert').getByText('U kunt uzelf niet deactiveren', { exact: false }).first().waitFor();
    expect(await page.locator('#gebruiker-toegang-fout').textContent()).toContain('U kunt uzelf niet deactiveren');
    await expectNoAxeViolations(page);
  });
});
