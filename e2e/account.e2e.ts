import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/demo/demo-data.js';
import { apiFetch, expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

describe('mijn account', () => {
  it('shows the user details and passes axe', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'maatwerker@demodam.example');
    await page.goto(e2e.url('/account'));
    await expectHeading(page, 'Mijn account');
    await expectTitle(page, 'Mijn account – Doorbraak');
    const main = page.getByRole('main');
    await main.getByText('U heeft nog geen API-tokens.').waitFor();
    expect(await main.textContent()).toContain('Mira Maatwerker');
    expect(await main.textContent()).toContain('maatwerker@demodam.example');
    expect(await main.textContent()).toContain('Gemeente Demodam');
    await expectNoAxeViolations(page);
  });

  it('creates an API token, shows it once, and a revoked token stops working at once', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'maatwerker@demodam.example');
    await page.goto(e2e.url('/account'));
    await page.getByText('U heeft nog geen API-tokens.').waitFor();

    // A name is required; the API's Dutch message appears next to the field.
    await page.getByRole('button', { name: 'Token maken' }).click();
    await page.locator('#token-naam-fout').getByText('Vul dit veld in.').waitFor();

    await page.getByLabel('Naam van het token').fill('Koppeling zaaksysteem');
    await page.getByRole('button', { name: 'Token maken' }).click();
    await page.getByText('Het token ‘Koppeling zaaksysteem’ is gemaakt. Kopieer het nu.').waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Dit is de enige keer dat u dit token ziet.');
    const token = await page.getByLabel('Uw nieuwe token').inputValue();
    expect(token.length).toBeGreaterThan(20);
    await expectNoAxeViolations(page);
    await screenshot(page, 'account-nieuw-token');

    await page.getByRole('button', { name: 'Ik heb het token bewaard' }).click();
    expect(await page.getByRole('main').textContent()).not.toContain(token);
    const row = page.getByRole('row', { name: /Koppeling zaaksysteem/ });
    expect(await row.textContent()).toContain('Actief');
    expect(await row.textContent()).toContain('Nog niet gebruikt');

    // The token works for an integration, as that user.
    const me = await apiFetch(e2e.url('/api/v1/me'), { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { email: 'maatwerker@demodam.example' } });
    await page.reload();
    await row.waitFor();
    expect(await row.textContent()).not.toContain('Nog niet gebruikt');

    // Revoking asks first; Escape cancels and focus returns to the button.
    const revoke = page.getByRole('button', { name: 'Token ‘Koppeling zaaksysteem’ intrekken' });
    await revoke.click();
    const dialog = page.getByRole('dialog', { name: 'Token intrekken?' });
    await dialog.waitFor();
    expect((await focused(page)).text).toBe('Annuleren');
    await expectNoAxeViolations(page);
    await screenshot(page, 'account-intrekken');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await focused(page)).text).toBe('Intrekken');

    await revoke.click();
    await dialog.getByRole('button', { name: 'Ja, token intrekken' }).click();
    await page.getByText('Het token ‘Koppeling zaaksysteem’ is ingetrokken.').waitFor();
    expect(await row.textContent()).toContain('Ingetrokken');
    expect(await page.getByRole('button', { name: /intrekken/ }).count()).toBe(0);

    const after = await apiFetch(e2e.url('/api/v1/me'), { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);

    // Revoked tokens stay listed.
    await page.reload();
    await row.waitFor();
    expect(await row.textContent()).toContain('Ingetrokken');
    await expectNoAxeViolations(page);
    await screenshot(page, 'account');
  });

  it('changes the own password: Dutch errors first, then success, other sessions end, the new password works', async () => {
    const email = 'maatwerker2@demodam.example';
    const other = await e2e.newPage();
    await login(other, e2e.url(), email);
    const page = await e2e.newPage();
    await login(page, e2e.url(), email);
    await page.goto(e2e.url('/account'));
    await page.getByRole('heading', { level: 2, name: 'Wachtwoord wijzigen' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('Na het wijzigen bent u op alle andere apparaten en in andere browsers uitgelogd');

    // Mistakes the browser can see, all at once.
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill('kort');
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill('anders');
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.locator('#wachtwoord-huidig-fout').getByText('Vul uw huidige wachtwoord in.').waitFor();
    expect(await page.locator('#wachtwoord-nieuw-fout').textContent()).toContain('Het nieuwe wachtwoord moet minstens 12 tekens bevatten; het heeft er nu 4.');
    expect(await page.locator('#wachtwoord-herhaal-fout').textContent()).toContain('De twee nieuwe wachtwoorden zijn niet gelijk.');
    expect((await focused(page)).text).toContain('Het wachtwoord is niet gewijzigd.');
    await expectNoAxeViolations(page);
    await screenshot(page, 'account-wachtwoord-fouten');

    // A wrong current password: the server says so at the field.
    const newPassword = 'paard-batterij-nietje';
    await page.getByLabel('Huidig wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(newPassword);
    await page.getByLabel('Herhaal het nieuwe wachtwoord').fill(newPassword);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.locator('#wachtwoord-huidig-fout').getByText('Het huidige wachtwoord klopt niet.').waitFor();
    expect(await page.locator('#wachtwoord-nieuw-fout').count()).toBe(0);

    await page.getByLabel('Huidig wachtwoord').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Wachtwoord wijzigen' }).click();
    await page.getByText('Uw wachtwoord is gewijzigd.').waitFor();
    expect((await focused(page)).text).toContain('Uw wachtwoord is gewijzigd.');
    expect(await page.getByLabel('Huidig wachtwoord').inputValue()).toBe('');
    await expectNoAxeViolations(page);
    await screenshot(page, 'account-wachtwoord-gewijzigd');

    // This session stays; the other one has ended.
    await page.reload();
    await expectHeading(page, 'Mijn account');
    await other.goto(e2e.url('/account'));
    await other.waitForURL(/\/inloggen/);

    const fresh = await e2e.newPage();
    await login(fresh, e2e.url(), email, newPassword, { form: true });
    expect(await fresh.getByRole('banner').textContent()).toContain('Uitloggen');
    const old = await apiFetch(e2e.url('/api/v1/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    expect(old.status).toBe(401);
  });
});
