import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchBrowser } from './browser.js';
import { startServer, type RunningServer } from './server.js';

/**
 * Messages Chromium itself logs for an API answer the app handles (401 on the login page, 422 on a
 * form): those are answers, not faults. Anything else on the console fails the test, including a
 * missing stylesheet or icon.
 */
const HANDLED_HTTP_ERROR = /^Failed to load resource: the server responded with a status of 4\d\d/;
const isHandledApiAnswer = (message: ConsoleMessage) =>
  HANDLED_HTTP_ERROR.test(message.text()) && new URL(message.location().url).pathname.startsWith('/api/');

export interface E2E {
  readonly server: RunningServer;
  /** The server's base URL plus this path. */
  url(path?: string): string;
  /** A fresh browser context (own cookies) in Dutch, Amsterdam time; closed after the test. */
  newPage(): Promise<Page>;
}

/** One server with its own database and one browser per test file; a clean context per page. */
export function useE2E(): E2E {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    expect(consoleProblems.splice(0), 'fouten in de browserconsole').toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get server() {
      if (!server) throw new Error('De server draait nog niet (alleen binnen een test te gebruiken).');
      return server;
    },
    url(path = '/') {
      if (!server) throw new Error('De server draait nog niet.');
      return `${server.url}${path}`;
    },
    async newPage() {
      if (!browser) throw new Error('De browser draait nog niet.');
      const context = await browser.newContext({
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        viewport: { width: 1280, height: 900 },
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error' && !isHandledApiAnswer(message)) consoleProblems.push(message.text());
      });
      page.on('pageerror', (error) => consoleProblems.push(`${error.name}: ${error.message}`));
      return page;
    },
  };
}
