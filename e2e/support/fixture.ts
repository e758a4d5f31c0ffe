import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import type { Database, Db } from '../../src/db/client.js';
import { connectBrowser } from './browser.js';
import type { Lease } from './pool.js';
import { control, openLeasedDatabase } from './remote-db.js';

/**
 * Messages Chromium itself logs for an API answer the app handles (401 on the login page, 422 on a
 * form): those are answers, not faults. Anything else on the console fails the test, including a
 * missing stylesheet or icon.
 */
const HANDLED_HTTP_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d/;
const isHandledApiAnswer = (message: ConsoleMessage) =>
  HANDLED_HTTP_ERROR.test(message.text()) && new URL(message.location().url).pathname.startsWith('/api/');

/**
 * The canvas saves this long after the last keystroke in the browser tests (the app's default is
 * 1000 ms, web/src/pages/plans/canvas/useAutosave.ts). Tests wait for the save itself, never for
 * a time, so a short delay only makes them quicker; a test about the delay can ask for its own.
 * DOORBRAAK_E2E_AUTOSAVE_DELAY_MS=1000 runs them with the app's own delay.
 */
export const E2E_AUTOSAVE_DELAY_MS = Number(process.env.DOORBRAAK_E2E_AUTOSAVE_DELAY_MS) || 100;

export interface PageOptions {
  /** The canvas autosave delay for this page (default E2E_AUTOSAVE_DELAY_MS). */
  autosaveDelayMs?: number;
}

export interface E2E {
  /** This file's own server. */
  readonly server: { readonly url: string };
  /** The database of this file's server, for setup and checks the UI cannot do. */
  readonly db: Db;
  /** The server's base URL plus this path. */
  url(path?: string): string;
  /** A fresh browser context (own cookies) in Dutch, Amsterdam time; closed after the test. */
  newPage(options?: PageOptions): Promise<Page>;
}

/**
 * A test file's view of the shared e2e setup (global-setup.ts, pool.ts): its own server with its
 * own fresh copy of the demo database, leased for this file only and discarded after it, and this
 * worker's Chromium, in which every page gets a clean context.
 */
export function useE2E(): E2E {
  const controlUrl = inject('e2eControl');
  let lease: Lease | undefined;
  let database: Database | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    const worker = process.env.VITEST_POOL_ID ?? '1';
    const [leased, { wsEndpoint }] = await Promise.all([
      control<Lease>(controlUrl, 'lease'),
      control<{ wsEndpoint: string }>(controlUrl, `browser/${worker}`),
    ]);
    lease = leased;
    [database, browser] = await Promise.all([openLeasedDatabase(controlUrl, leased), connectBrowser(wsEndpoint)]);
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(consoleProblems.splice(0), 'fouten in de browserconsole').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close(); // disconnects; the worker's Chromium stays for the next file
    await database?.close();
    if (lease) await control(controlUrl, `release/${lease.id}`);
  });

  const running = () => {
    if (!lease) throw new Error('De server draait nog niet (alleen binnen een test te gebruiken).');
    return lease;
  };

  return {
    get server() {
      return { url: running().url };
    },
    get db() {
      running();
      return database!.db;
    },
    url(path = '/') {
      return `${running().url}${path}`;
    },
    async newPage(options = {}) {
      if (!browser) throw new Error('De browser draait nog niet.');
      const context = await browser.newContext({
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(context);
      // Read by useAutosave.ts before the app starts.
      await context.addInitScript((delay) => {
        (window as unknown as { __doorbraakAutosaveDelayMs?: number }).__doorbraakAutosaveDelayMs = delay;
      }, options.autosaveDelayMs ?? E2E_AUTOSAVE_DELAY_MS);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && !isHandledApiAnswer(message)) consoleProblems.push(message.text());
      });
      page.on('pageerror', (error) => consoleProblems.push(`${error.name}: ${error.message}`));
      return page;
    },
  };
}
