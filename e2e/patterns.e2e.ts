import { describe, expect, it } from 'vitest';
import { plans } from '../src/plans/plans.schema.js';
import { expectHeading, expectTitle, login } from './support/app.js';
import { expectNoAxeViolations } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

describe('systeemleren: patronen en giftige cocktails', () => {
  it('lets beleid make a pattern from a suggestion, move it to diagnosis, download the signal and open the cocktails, without case numbers', async () => {
    const rows = await e2e.db.select({ caseNumber: plans.caseNumber, document: plans.document }).from(plans);
    const identifiers = rows.flatMap((row) => [row.caseNumber, row.document.clientNumber]);
    const expectNoIdentifiers = (text: string) => {
      for (const identifier of identifiers) expect(text, `bevat ${identifier}`).not.toContain(identifier);
    };

    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Systeemleren' }).click();
    await expectHeading(page, 'Systeemleren');
    await expectTitle(page, 'Systeemleren – Doorbraak');
    await page.getByRole('link', { name: 'Woonfuik: huurachterstand leidt tot ontruiming' }).waitFor();
    await page.getByRole('table', { name: 'Knelpunten per thema en regel, meest genoemd eerst' }).waitFor();
    await expectNoAxeViolations(page);
    expectNoIdentifiers(await page.locator('main').innerText());

    // A pattern from a suggestion: the cases come along as a count.
    await page.getByRole('button', { name: 'Maak patroon: Convenant uitstroom vrouwenopvang' }).click();
    await expectHeading(page, 'Convenant uitstroom vrouwenopvang');
    await page.getByText('Casussen ter illustratie').waitFor();
    expect(await page.locator('[aria-current="step"]').innerText()).toContain('Stappen vastgesteld');
    await expectNoAxeViolations(page);
    expectNoIdentifiers(await page.locator('main').innerText());

    await page.getByLabel('Fase', { exact: true }).selectOption({ label: 'Diagnose knelpunten' });
    await page.getByLabel('Patrooneigenaar').selectOption({ label: 'Lotte Beleid' });
    await page.getByLabel('Diagnose: de knelpunten (fase 2)').fill('Urgentie pas na verblijf in de opvang; de opvang zit vol.');
    await page.getByRole('button', { name: 'Patroon opslaan' }).click();
    await page.getByText('Het patroon is opgeslagen.').waitFor();
    await expect.poll(() => page.locator('[aria-current="step"]').innerText()).toContain('Diagnose knelpunten');
    await expectNoAxeViolations(page);

    // A BSN is refused with a link to the field.
    await page.getByLabel('Besluiten').fill('Zie dossier 111222333'); // test fixture: passes the 11-proef
    await page.getByRole('button', { name: 'Patroon opslaan' }).click();
    await page.getByRole('alert').getByText(/Besluiten: Bevat een burgerservicenummer/).waitFor();
    await expectNoAxeViolations(page);
    await page.getByLabel('Besluiten').fill('');

    // The signal, as PDF and JSON.
    const pdfHref = await page.getByRole('link', { name: 'Signaal (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(e2e.url(pdfHref!));
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const jsonHref = await page.getByRole('link', { name: 'Signaal (JSON)' }).getAttribute('href');
    const json = await page.request.get(e2e.url(jsonHref!));
    const signal = (await json.json()) as { illustratingPlans: number; pattern: { phase: string; diagnosis: string } };
    expect(signal).toMatchObject({ illustratingPlans: 2, pattern: { phase: 'diagnosis', diagnosis: 'Urgentie pas na verblijf in de opvang; de opvang zit vol.' } });
    expectNoIdentifiers(await json.text());

    // The cocktails.
    await page.getByRole('link', { name: 'Terug naar systeemleren' }).click();
    await expectHeading(page, 'Systeemleren');
    await page.getByRole('link', { name: 'Convenant uitstroom vrouwenopvang' }).waitFor();
    await page.getByRole('link', { name: 'Giftige cocktails: welke leefgebieden samen voorkomen' }).click();
    await expectHeading(page, 'Giftige cocktails');
    await expectTitle(page, 'Giftige cocktails – Doorbraak');
    const maatpact = page.getByRole('table', { name: 'Maatpact-combinaties in uw plannen' });
    await maatpact.getByRole('rowheader', { name: 'Schulden, wonen en kinderen' }).waitFor();
    await page.getByRole('rowheader', { name: 'Wonen + Opvoeding' }).first().waitFor();
    await expectNoAxeViolations(page);
    expectNoIdentifiers(await page.locator('main').innerText());
  });

  it('shows a consulent the patterns read-only with the linked case numbers', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'consulent@demodam.example');
    await page.goto(e2e.url('/systeemleren'));
    await expectHeading(page, 'Systeemleren');
    expect(await page.getByRole('button', { name: /^Maak patroon/ }).count()).toBe(0);
    expect(await page.getByRole('link', { name: /Giftige cocktails/ }).count()).toBe(0);
    await page.getByRole('link', { name: 'Damoclesbeleid sluit moeders uit van sociale huur' }).click();
    await expectHeading(page, 'Damoclesbeleid sluit moeders uit van sociale huur');
    await page.getByRole('link', { name: '2026-001' }).waitFor();
    expect(await page.getByRole('form', { name: 'Patroon bewerken' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
