import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserServer, type Page } from 'playwright-core';
import { expect } from 'vitest';

const LAUNCH_OPTIONS = {
  executablePath: process.env.DOORBRAAK_CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};

/** A Chromium of its own, in this process. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch(LAUNCH_OPTIONS);
}

/** A Chromium that test files in other processes connect to (pool.ts, fixture.ts). */
export function launchBrowserServer(): Promise<BrowserServer> {
  return chromium.launchServer(LAUNCH_OPTIONS);
}

/** Connects to a Chromium started with launchBrowserServer; `close()` only disconnects. */
export function connectBrowser(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}

/**
 * Fails with a readable list when axe finds WCAG 2.1 A/AA violations on the page as it is now.
 *
 * Legacy mode runs `axe.run()` in the page itself. The default (`runPartial` per frame, then
 * `finishRun` in a new blank page of the context) gives the same results for an app without
 * cross-origin frames, as this one is, at twice the cost: ~3 s instead of ~1.6 s on the canvas.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode(true).analyze();
  const report = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'onbekend'}): ${violation.help}\n` +
      violation.nodes.map((node) => `    ${node.target.join(' ')}: ${node.failureSummary ?? ''}`).join('\n'),
  );
  expect(report, `axe-overtredingen op ${page.url()}`).toEqual([]);
}

/**
 * Saves a full-page screenshot when DOORBRAAK_SCREENSHOTS names a directory (outside the repo),
 * for a human to look at the pages; a no-op otherwise.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  const directory = process.env.DOORBRAAK_SCREENSHOTS;
  if (!directory) return;
  fs.mkdirSync(directory, { recursive: true });
  await page.screenshot({ path: path.join(directory, `${name}.png`), fullPage: true });
}
