import type { TestProject } from 'vitest/node';
import { buildTemplate, dropTemplate, type TemplateInfo } from './template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    template: TemplateInfo;
  }
}

/** Vitest global setup for suites that need a database: one migrated, seeded template per run. */
export default async function setup(project: TestProject) {
  const template = await buildTemplate(process.env.DOORBRAAK_TEST_DATABASE_URL || undefined);
  project.provide('template', template);
  return async () => dropTemplate(template);
}
