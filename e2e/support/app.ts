import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/demo-data.js';

/**
 * Logs in and waits for the first page of the app. The login form has tests of its own
 * (login.e2e.ts); elsewhere the session is made through the same API call the form makes, which
 * sets the session cookie in the page's context, and the app is opened on its first page: one
 * page load instead of two. `{ form: true }` logs in through the form, where that is the point.
 */
export async function login(page: Page, url: string, email: string, password = DEMO_PASSWORD, options: { form?: boolean } = {}): Promise<void> {
  const baseUrl = url.replace(/\/+$/, '');
  if (options.form) {
    await page.goto(`${baseUrl}/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  } else {
    const response = await page.request.post(`${baseUrl}/api/v1/auth/login`, { data: { email, password } });
    if (!response.ok()) throw new Error(`Inloggen als ${email}: ${response.status()} ${await response.text()}`);
    await page.goto(`${baseUrl}/`);
  }
  await page.getByRole('button', { name: 'Uitloggen' }).waitFor();
}

/** Waits for the page's h1 with this text. */
export async function expectHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor();
}

/** The accessible name or text of the element that has focus. */
export function focused(page: Page): Promise<{ tag: string; text: string; id: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName.toLowerCase() ?? '', text: element?.textContent?.trim() ?? '', id: element?.id ?? '' };
  });
}

/** Calls the API outside the browser, as an integration would. */
export async function apiFetch(url: string, init: RequestInit = {}): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
}

export async function expectTitle(page: Page, title: string): Promise<void> {
  await page.waitForFunction((expected) => document.title === expected, title);
  expect(await page.title()).toBe(title);
}
