import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, expectTitle, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

// Test fixture: passes the 11-proef (a well-known test number), so the guard must refuse it.
const BSN = '111222333';
const TITLE = 'Taxi naar een school over de grens, betaald uit maatwerk';

async function openLibrary(page: Page) {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: /Inspiratie/ }).click();
  await expectHeading(page, 'Inspiratiebibliotheek');
  await expectTitle(page, 'Inspiratiebibliotheek – Doorbraak');
}

describe('inspiratiebibliotheek', () => {
  it('a maatwerker redacts an approved plan, a colleague publishes it, a neighbouring municipality finds it', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'maatwerker@demodam.example');
    await page.goto(e2e.url('/plannen'));
    await page.getByRole('link', { name: '2026-004' }).click();
    await expectHeading(page, 'Casus 2026-004');
    const publish = page.getByRole('region', { name: 'Publiceer als inspiratie' });
    await publish.getByRole('link', { name: 'Publiceer als inspiratie' }).click();

    await expectHeading(page, 'Publiceer als inspiratie');
    const situation = page.getByLabel('Situatie (herschreven)');
    await situation.waitFor();
    expect(await situation.inputValue()).toBe('');
    expect(await page.getByText('Herschrijf: geen namen, geen data, geen cliënt- of casusnummer', { exact: false }).count()).toBeGreaterThan(0);
    expect(await page.getByText('C-104244').count()).toBe(0);
    await page.getByLabel('Titel').fill(TITLE);
    await situation.fill(`Een jongen (${BSN}) volgt speciaal onderwijs net over de grens en zit thuis zonder vervoer.`);
    // Refused at the field, before anything is sent.
    await page.locator('#redactie-situatie-fout').getByText(/burgerservicenummer/).waitFor();
    await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Situatie \(herschreven\):.*burgerservicenummer/ }).waitFor();
    await expectNoAxeViolations(page);

    await situation.fill('Een jongen volgt speciaal onderwijs net over de grens en zit sinds 01-08-2025 thuis zonder vervoer; hij kan niet alleen reizen.');
    await page.getByText(/Let op: Bevat een datum/).waitFor();
    await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    await page.getByRole('alert').getByText(/Bevestig dat de gemelde gegevens/).waitFor();
    await page.getByLabel(/Ik heb gecontroleerd/).check();
    await expectNoAxeViolations(page);
    await screenshot(page, 'inspiratie-redactie');
    await page.getByRole('button', { name: 'Indienen ter beoordeling' }).click();
    await expectHeading(page, TITLE);
    await page.getByText('Ter beoordeling: nog niet zichtbaar voor de regio.').waitFor();
    await expectNoAxeViolations(page);

    // The submitter may not approve their own redaction.
    await openLibrary(page);
    const own = page.getByRole('region', { name: 'Ter beoordeling' }).getByRole('article', { name: TITLE });
    await own.getByText(/U heeft deze oplossing zelf ingediend/).waitFor();
    expect(await own.getByRole('button', { name: 'Publiceren in de regio' }).count()).toBe(0);

    const colleague = await e2e.newPage();
    await login(colleague, e2e.url(), 'maatwerker2@demodam.example');
    await openLibrary(colleague);
    const pending = colleague.getByRole('region', { name: 'Ter beoordeling' }).getByRole('article', { name: TITLE });
    await pending.getByLabel('Toelichting bij uw beoordeling').fill('Goed geanonimiseerd; de datum is niet herleidbaar.');
    await expectNoAxeViolations(colleague);
    await pending.getByRole('button', { name: 'Publiceren in de regio' }).click();
    await colleague.getByRole('status').getByText(`‘${TITLE}’ is gepubliceerd in de regio.`).waitFor();

    const neighbour = await e2e.newPage();
    await login(neighbour, e2e.url(), 'maatwerker@proefwijk.example');
    await openLibrary(neighbour);
    await neighbour.getByLabel('Zoekterm').fill('speciaal onderwijs');
    await neighbour.getByLabel('Leefgebied').selectOption('education');
    await neighbour.getByRole('button', { name: 'Zoeken' }).click();
    await neighbour.waitForURL(/zoek=speciaal\+onderwijs&leefgebied=education/);
    const results = neighbour.getByRole('region', { name: 'Gevonden oplossingen' });
    const card = results.getByRole('article', { name: TITLE });
    await card.waitFor();
    expect(await card.textContent()).toContain('Gemeente Demodam');
    expect(await results.getByRole('article').count()).toBe(2); // with the seeded taxi to Maasmechelen
    expect(await neighbour.getByRole('region', { name: 'Ter beoordeling' }).count()).toBe(0);
    await expectNoAxeViolations(neighbour);
    await screenshot(neighbour, 'inspiratie-zoeken');

    await card.getByRole('link', { name: TITLE }).click();
    await expectHeading(neighbour, TITLE);
    expect(await neighbour.getByRole('link', { name: 'Naar het plan' }).count()).toBe(0);
    await neighbour.getByText('Rendement').first().waitFor();
    await expectNoAxeViolations(neighbour);
  });

  it('a beleid user reads the seeded library and filters by law and minimum return, but has nothing to publish', async () => {
    const page = await e2e.newPage();
    await login(page, e2e.url(), 'beleid@demodam.example');
    await openLibrary(page);
    await page.getByRole('article', { name: /yoghurt past in geen enkel vakje/ }).waitFor();
    await page.getByLabel('Wet of artikel').fill('Participatiewet 35');
    await page.getByLabel('Minimaal rendement (€)').fill('veel');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.getByText('Vul een bedrag in euro’s in, bijvoorbeeld 10.000.').waitFor();
    await page.getByLabel('Minimaal rendement (€)').fill('50.000');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await page.waitForURL(/wet=Participatiewet\+35&minimaalrendement=50.000/);
    const results = page.getByRole('region', { name: 'Gevonden oplossingen' });
    await results.getByRole('article', { name: /huurachterstand/ }).waitFor();
    expect(await results.getByRole('article').count()).toBe(2);
    expect(await page.getByRole('region', { name: 'Ter beoordeling' }).count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
