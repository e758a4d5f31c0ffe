import { describe, expect, it } from 'vitest';
import { apiFetch, expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

describe('inloggen', () => {
  it('shows the login page in Dutch, accessible, with its own title', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/inloggen'));
    await expectHeading(page, 'Inloggen');
    await expectTitle(page, 'Inloggen – Doorbraak');
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await expectNoAxeViolations(page);
    await screenshot(page, 'inloggen');
  });

  it('opens without a failed request or console error for a visitor who is not logged in, also after a redirect', async () => {
    const page = await e2e.newPage();
    // Stricter than the shared fixture, which lets a handled 4xx of the API pass: here there is none.
    const errors: string[] = [];
    const failed: string[] = [];
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    page.on('response', (response) => void (response.status() >= 400 && failed.push(`${response.status()} ${new URL(response.url()).pathname}`)));
    await page.goto(e2e.url('/inloggen'));
    await expectHeading(page, 'Inloggen');
    await page.getByRole('heading', { level: 2, name: 'Demo-accounts' }).waitFor();
    await page.goto(e2e.url('/plannen'));
    await page.waitForURL(/\/inloggen\?terug=%2Fplannen$/);
    await expectHeading(page, 'Inloggen');
    await page.getByRole('heading', { level: 2, name: 'Demo-accounts' }).waitFor();
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('lists the demo accounts in demo mode, with roles and the shared password; a pick fills the form', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/inloggen?terug=%2Ftafels'));
    const section = page.getByRole('region', { name: 'Demo-accounts' });
    await section.getByText('doorbraak-demo').waitFor();
    const text = await section.textContent();
    for (const expected of ['Gemeente Demodam', 'Gemeente Proefwijk', 'beheer@demodam.example', 'Beheerder', 'Voorzitter doorbraaktafel, Maatwerker', 'maatwerker@proefwijk.example']) expect(text).toContain(expected);
    await expectNoAxeViolations(page);
    await screenshot(page, 'inloggen-demo-accounts');

    await section.getByRole('button', { name: 'Vul in: voorzitter@demodam.example' }).click();
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('voorzitter@demodam.example');
    expect((await focused(page)).id).toBe('wachtwoord');
    await page.keyboard.press('Enter');
    await page.waitForURL(e2e.url('/tafels'));
    await expectHeading(page, 'Tafels');
  });

  it('says in Dutch that a wrong password is wrong, and the page stays accessible', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/inloggen'));
    await page.getByLabel('E-mailadres').fill('consulent@demodam.example');
    await page.getByLabel('Wachtwoord').fill('niet-het-goede-wachtwoord');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const alert = page.getByRole('alert');
    await alert.getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor();
    // The message takes focus, so a screen reader user hears it at once.
    expect((await focused(page)).text).toContain('Het e-mailadres of wachtwoord klopt niet.');
    expect(await page.getByLabel('Wachtwoord').inputValue()).toBe('');
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('consulent@demodam.example');
    await expectNoAxeViolations(page);
    await screenshot(page, 'inloggen-fout');
  });

  it('shows the error of each empty field next to that field', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/inloggen'));
    await page.getByRole('button', { name: 'Inloggen' }).click();

    await page.locator('#email-fout').getByText('Vul dit veld in.').waitFor();
    expect(await page.locator('#wachtwoord-fout').textContent()).toContain('Vul dit veld in.');
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByLabel('E-mailadres').getAttribute('aria-describedby')).toBe('email-fout');
    // The summary links to the field.
    await page.getByRole('link', { name: 'E-mailadres: Vul dit veld in.' }).click();
    expect((await focused(page)).id).toBe('email');
    await expectNoAxeViolations(page);
  });

  it('works with the keyboard only and goes to the page that was asked for', async () => {
    const page = await e2e.newPage();
    await page.goto(e2e.url('/account'));
    await page.waitForURL(/\/inloggen\?terug=%2Faccount$/);
    await expectHeading(page, 'Inloggen');

    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Naar de inhoud');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('email');
    await page.keyboard.type('maatwerker@demodam.example');
    await page.keyboard.press('Tab');
    expect((await focused(page)).id).toBe('wachtwoord');
    await page.keyboard.type('doorbraak-demo');
    await page.keyboard.press('Enter');

    await page.waitForURL(e2e.url('/account'));
    await expectHeading(page, 'Mijn account');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Mijn account' });
    await expectTitle(page, 'Mijn account – Doorbraak');
  });

  it('logs out: back to the login page, and the session is gone', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'budget@demodam.example');
    await page.getByRole('button', { name: 'Uitloggen' }).click();

    await page.waitForURL(e2e.url('/inloggen'));
    await page.getByText('U bent uitgelogd.').waitFor();
    const me = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
    expect(me).toBe(401);
    await page.goto(e2e.url('/'));
    await page.waitForURL(e2e.url('/inloggen'));
    await expectHeading(page, 'Inloggen');
  });

  // Last in this file: ten failures from one IP address also slow down other logins from it.
  it('says when there were too many attempts', async () => {
    // The limit is 10 failures per address and per IP; the wrong password above counted too.
    const statuses: number[] = [];
    while (statuses.at(-1) !== 429 && statuses.length < 11) {
      const { status } = await apiFetch(e2e.url('/api/v1/auth/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'beleid@demodam.example', password: 'fout' }),
      });
      statuses.push(status);
    }
    expect(statuses.at(-1)).toBe(429);
    const page = await e2e.newPage();
    await page.goto(e2e.url('/inloggen'));
    await page.getByLabel('E-mailadres').fill('beleid@demodam.example');
    await page.getByLabel('Wachtwoord').fill('doorbraak-demo');
    await page.getByRole('button', { name: 'Inloggen' }).click();

    const alert = page.getByRole('alert');
    await alert.getByText('Te veel pogingen. Probeer het later opnieuw.').waitFor();
    expect(await alert.textContent()).toMatch(/Te veel mislukte inlogpogingen\. Probeer het over 10 minuten opnieuw\./);
    await expectNoAxeViolations(page);
  });
});
