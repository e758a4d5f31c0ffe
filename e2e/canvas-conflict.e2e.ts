import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectHeading, login } from './support/app.js';
import { expectNoAxeViolations, screenshot } from './support/browser.js';
import { useE2E } from './support/fixture.js';

const e2e = useE2E();

/** What the user sees in the window, when DOORBRAAK_SCREENSHOTS is set. */
async function windowShot(page: Page, name: string) {
  const directory = process.env.DOORBRAAK_SCREENSHOTS;
  if (directory) await page.screenshot({ path: path.join(directory, `${name}.png`) });
}

/** The server version the canvas is based on: internal (people see the time), so only a data attribute of the save status. */
const version = async (page: Page) => Number(await page.locator('#opslagstatus').getAttribute('data-version'));

async function andSaved(page: Page, edit: () => Promise<unknown>) {
  const before = await version(page);
  await edit();
  await page.waitForFunction(
    (previous) => Number(document.querySelector('#opslagstatus')?.getAttribute('data-version')) > previous && document.querySelector('#opslagstatus')?.textContent?.startsWith('Opgeslagen om'),
    before,
  );
}

/** Opens the canvas of a demo plan as this user. */
async function openPlan(email: string, caseNumber: string): Promise<Page> {
  const page = await e2e.newPage();
  await login(page, e2e.url(), email);
  await page.goto(e2e.url(`/plannen?zoek=${caseNumber}`));
  await page.getByRole('link', { name: caseNumber }).click();
  await expectHeading(page, `Casus ${caseNumber}`);
  return page;
}

const conflict = (page: Page) => page.getByRole('alert').filter({ hasText: 'Iemand anders heeft dit plan intussen opgeslagen' });

describe('twee mensen aan één canvas', () => {
  it('merges edits of different fields, so both texts survive', async () => {
    const consulent = await openPlan('consulent@demodam.example', '2026-005');
    const maatwerker = await openPlan('maatwerker@demodam.example', '2026-005');
    const perspective = 'Over een jaar woont het gezin schuldenvrij en gaat de zoon weer elke dag naar school.';
    const breakthrough = 'Een saneringskrediet met een vast aanspreekpunt, betaald uit de bijzondere bijstand.';

    await andSaved(consulent, () => consulent.getByLabel('Perspectief', { exact: true }).fill(perspective));

    await maatwerker.getByLabel('Doorbraak', { exact: true }).fill(breakthrough);
    await conflict(maatwerker).waitFor();
    expect(await maatwerker.locator('#opslagstatus').textContent()).toBe('Niet opgeslagen: iemand anders heeft dit plan intussen opgeslagen.');
    const table = await conflict(maatwerker).getByRole('table', { name: 'Verschillen tussen uw versie en de opgeslagen versie' }).textContent();
    expect(table).toContain('Perspectief');
    expect(table).toContain(perspective);
    expect(table).toContain(breakthrough);
    // Focus moved to the message, so keyboard and screen-reader users meet it first.
    expect(await maatwerker.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert');
    await expectNoAxeViolations(maatwerker);
    await screenshot(maatwerker, 'canvas-conflict');
    await windowShot(maatwerker, 'canvas-conflict-scherm');

    await andSaved(maatwerker, () => conflict(maatwerker).getByRole('button', { name: 'Samenvoegen en opslaan' }).click());
    expect(await conflict(maatwerker).count()).toBe(0);

    for (const page of [consulent, maatwerker]) {
      await page.reload();
      await expectHeading(page, 'Casus 2026-005');
      expect(await page.getByLabel('Perspectief', { exact: true }).inputValue()).toBe(perspective);
      expect(await page.getByLabel('Doorbraak', { exact: true }).inputValue()).toBe(breakthrough);
    }
  });

  it('lets the user choose when both changed the same text, and keeps the other text aside', async () => {
    const consulent = await openPlan('consulent@demodam.example', '2026-005');
    const maatwerker = await openPlan('maatwerker@demodam.example', '2026-005');
    const theirs = 'Situatie volgens de maatwerker: de schulden lopen op.';
    const mine = 'Situatie volgens de consulent: het gezin wil zelf aan de slag.';

    await andSaved(maatwerker, () => maatwerker.getByLabel('Situatieschets').fill(theirs));
    await consulent.getByLabel('Situatieschets').fill(mine);
    await conflict(consulent).waitFor();
    expect(await conflict(consulent).getByRole('button', { name: 'Samenvoegen en opslaan' }).count()).toBe(0);
    expect(await conflict(consulent).textContent()).toContain('U heeft allebei ‘Situatieschets’ gewijzigd.');
    await expectNoAxeViolations(consulent);

    // Loading their version keeps mine on this computer, to copy or to put back.
    await conflict(consulent).getByRole('button', { name: 'Hun versie laden' }).click();
    expect(await consulent.getByLabel('Situatieschets').inputValue()).toBe(theirs);
    const kept = consulent.getByLabel('Uw tekst');
    expect(await kept.inputValue()).toContain(mine);
    expect(await consulent.locator('#opslagstatus').textContent()).toBe('Alles is opgeslagen.');
    await expectNoAxeViolations(consulent);
    await screenshot(consulent, 'canvas-eigen-versie-bewaard');
    await windowShot(consulent, 'canvas-eigen-versie-bewaard-scherm');

    await consulent.reload();
    await expectHeading(consulent, 'Casus 2026-005');
    expect(await consulent.getByLabel('Uw tekst').inputValue()).toContain(mine);

    await andSaved(consulent, () => consulent.getByRole('button', { name: 'Mijn versie terugzetten' }).click());
    expect(await consulent.getByLabel('Situatieschets').inputValue()).toBe(mine);
    expect(await consulent.getByLabel('Uw tekst').count()).toBe(0);

    // The maatwerker, still on the older version, now chooses to save theirs over it.
    await maatwerker.getByLabel('Situatieschets').fill(`${theirs} Aangevuld.`);
    await conflict(maatwerker).waitFor();
    await andSaved(maatwerker, () => conflict(maatwerker).getByRole('button', { name: 'Mijn versie opslaan' }).click());
    const stored = await maatwerker.request.get(e2e.url(new URL(maatwerker.url()).pathname.replace('/plannen/', '/api/v1/plans/')));
    expect(((await stored.json()) as { situation: string }).situation).toBe(`${theirs} Aangevuld.`);
  });
});
