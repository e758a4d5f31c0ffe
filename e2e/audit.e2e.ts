import type { AuditAction } from '../src/audit/audit-actions.js';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { recordAudit } from '../src/audit/audit.js';
import { apiFetch, expectHeading, expectTitle, focused, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

/** A date in Amsterdam as JJJJ-MM-DD, days from today. */
function amsterdamDate(days = 0): string {
  const date = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(date);
}

/** The cells of the table's body rows, as text. */
async function rows(page: Page): Promise<string[][]> {
  return page
    .getByRole('table')
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')));
}

async function openAuditLog(page: Page) {
  const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await menu.getByRole('button', { name: 'Beheer' }).click();
  await menu.getByRole('link', { name: 'Auditlog' }).click();
  await expectHeading(page, 'Auditlog');
  await page.getByRole('table').waitFor();
}

describe('auditlog', () => {
  it('shows what happened, newest first, with Dutch labels, read-only', async () => {
    // An action this version of the UI does not know yet is shown as stored.
    await recordAudit(e2e.db, { tenantId: 'demo', actor: null, action: 'proef.onbekend' as AuditAction, entityType: 'proef', entityId: 'p-1' });
    const consulent = await e2e.newPage();
    await login(consulent, e2e.url(), 'consulent@demodam.example');

    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await openAuditLog(page);
    await expectTitle(page, 'Auditlog – Doorbraak');

    const table = await rows(page);
    expect(table[0]?.slice(1, 3)).toEqual(['Ingelogdauth.login', 'beheer@demodam.example']);
    expect(table[1]?.slice(1, 3)).toEqual(['Ingelogdauth.login', 'consulent@demodam.example']);
    expect(table[2]?.slice(1, 4)).toEqual(['proef.onbekend', 'Systeem', 'proefp-1']);
    // Before that: the demo seed replayed through the workflow (decisions, payments, measurements),
    // every event with its Dutch label (an unknown one would show only its code, in lower case).
    expect(table.length).toBeGreaterThan(3);
    expect(table.slice(3).filter((row) => !/^[A-Z]/.test(row[1] ?? ''))).toEqual([]);
    expect(table[0]?.[3]).toBe('Gebruiker: Bert Beheer');
    expect(await page.getByRole('table').getByRole('button').count()).toBe(0);
    await page.getByText(new RegExp(`^\\d+ gebeurtenissen; u ziet 1 tot en met ${table.length}\\.$`)).waitFor();
    await expectNoAxeViolations(page);
    await screenshot(page, 'auditlog');
  });

  it('filters by action, subject and dates, and keeps the filters in the address', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await openAuditLog(page);

    await page.getByLabel('Handeling').selectOption({ label: 'Ingelogd' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/\?actie=auth\.login$/);
    await page.getByText(/gebeurtenissen gevonden/).waitFor();
    const logins = await rows(page);
    expect(logins.length).toBeGreaterThanOrEqual(3);
    expect(new Set(logins.map((row) => row[1]))).toEqual(new Set(['Ingelogdauth.login']));
    // Focus stays on the button; the count is announced in a live region.
    expect((await focused(page)).text).toBe('Filteren');

    await page.getByLabel('Handeling').selectOption({ label: 'Alle handelingen' });
    await page.getByLabel('Betreft').selectOption({ label: 'Gemeente' });
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.waitForURL(/\?soort=tenant$/);
    await page.getByText(/gebeurtenis(sen)? gevonden/).waitFor();
    const aboutTenant = await rows(page);
    expect(aboutTenant.every((row) => row[3]?.startsWith('Gemeente'))).toBe(true);
    expect(aboutTenant.map((row) => row[1])).toContain('Demogegevens geladendemo.seed');

    await page.getByRole('link', { name: 'Filters wissen' }).click();
    await page.waitForURL(e2e.url('/beheer/auditlog'));
    expect(await page.getByLabel('Betreft').inputValue()).toBe('');

    await page.getByLabel('Vanaf datum').fill(amsterdamDate(1));
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText('Er zijn geen gebeurtenissen die aan deze filters voldoen.').waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    await page.getByLabel('Tot en met datum').fill(amsterdamDate(0));
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.locator('#filter-tot-fout').getByText('De einddatum ligt vóór de begindatum.').waitFor();
    expect((await focused(page)).id).toBe('filter-tot');
    await expectNoAxeViolations(page);

    await page.getByLabel('Vanaf datum').fill(amsterdamDate(0));
    await page.getByRole('button', { name: 'Filteren' }).click();
    await page.getByText(/gebeurtenissen gevonden/).waitFor();
    expect((await rows(page)).length).toBeGreaterThan(0);

    // The back button returns to the previous filters.
    await page.goBack();
    await page.getByText('Er zijn geen gebeurtenissen die aan deze filters voldoen.').waitFor();
  });

  it('pages through the log 25 at a time', async () => {
    for (let i = 0; i < 30; i += 1) {
      const { status } = await apiFetch(e2e.url('/api/v1/auth/login'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'budget@demodam.example', password: 'doorbraak-demo' }),
      });
      expect(status).toBe(200);
    }
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beheer@demodam.example');
    await openAuditLog(page);

    const summary = await page.locator('#auditlog-resultaat').textContent();
    const total = Number(/^(\d+) gebeurtenissen/.exec(summary ?? '')?.[1]);
    expect(total).toBeGreaterThan(30);
    expect(await rows(page)).toHaveLength(25);
    const pages = Math.ceil(total / 25);
    await page.getByText(`Pagina 1 van ${pages}`, { exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Vorige pagina' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Volgende pagina' }).click();
    await page.waitForURL(/\?pagina=2$/);
    await page.getByText(`Pagina 2 van ${pages}`, { exact: true }).waitFor();
    await page.getByText(`u ziet 26 tot en met ${Math.min(50, total)}.`, { exact: false }).waitFor();
    expect(await rows(page)).toHaveLength(Math.min(25, total - 25));
    expect((await focused(page)).id).toBe('auditlog-resultaat');
    await expectNoAxeViolations(page);
  });
});
