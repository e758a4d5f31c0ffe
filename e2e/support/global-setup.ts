import type { TestProject } from 'vitest/node';
import { ensureWebBundle } from '../../src/server/web-build.js';
import { buildTemplate, dropTemplate } from '../../src/test/template.js';
import { startControl } from './pool.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** URL of the e2e control API (pool.ts): server leases, browsers, database access. */
    e2eControl: string;
  }
}

/**
 * Once per run, in Vitest's main process: the web bundle (built when its sources changed), the
 * demo template database, and the pool of servers and browsers the test files lease from.
 */
export default async function setup(project: TestProject) {
  const [template] = await Promise.all([buildTemplate(process.env.DOORBRAAK_TEST_DATABASE_URL || undefined), ensureWebBundle()]);
  // One server started ahead per worker: a file that ends hands its place to a fresh one.
  const workers = Math.max(1, Number(project.config.maxWorkers) || 1);
  const control = await startControl(template, { spare: workers });
  project.provide('e2eControl', control.url);
  return async () => {
    await control.close();
    await dropTemplate(template);
  };
}
