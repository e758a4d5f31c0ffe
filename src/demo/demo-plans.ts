import fs from 'node:fs';
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { planDocumentSchema, type PlanDocument } from '../plans/domain/plan-document.js';
import type { PlanStatus } from '../plans/domain/statuses.js';
import { plans } from '../plans/plans.schema.js';
import { createPlan } from '../plans/plans.service.js';
import { users } from '../users/users.schema.js';

/**
 * Demo plans: the cases of the Maastricht interim evaluation (seed 002, Bijlage 1) and the
 * Maatpact report (seed 003), retold as maatwerkcanvassen of the demo municipalities. Client
 * numbers only, never names; costs priced from the national reference price list
 * (src/library/reference/price-list.csv) or entered by hand as a maatwerker would.
 *
 * Each document is a JSON file in plans/, in the exchange format of CONTRACT.md (the plan
 * document, as `doorbraak export` writes it and `doorbraak import` reads it). What is not the
 * document stays here: the municipality, the author, how long ago it was written, and the status
 * that demo-workflow.ts takes it to (with the history of demo-lifecycle.ts).
 */

export interface DemoPlan {
  tenantId: 'demo' | 'demo2';
  authorEmail: string;
  /** Where the plan ends up; demo-workflow.ts takes it there through the real workflow. */
  status: PlanStatus;
  /** Created this many days before seeding, so lists and dashboards have a history. */
  daysAgo: number;
  /** plans/<caseNumber>.json, validated by the plan document schema. */
  document: PlanDocument;
}

type DemoPlanEntry = Omit<DemoPlan, 'document'> & { caseNumber: string };

export const DEMO_PLAN_ENTRIES: readonly DemoPlanEntry[] = [
  { caseNumber: '2026-001', tenantId: 'demo', authorEmail: 'consulent@demodam.example', status: 'in_progress', daysAgo: 260 },
  { caseNumber: '2026-002', tenantId: 'demo', authorEmail: 'maatwerker2@demodam.example', status: 'approved', daysAgo: 96 },
  { caseNumber: '2026-003', tenantId: 'demo', authorEmail: 'maatwerker3@demodam.example', status: 'monitoring', daysAgo: 300 },
  { caseNumber: '2026-004', tenantId: 'demo', authorEmail: 'consulent@demodam.example', status: 'approved', daysAgo: 68 },
  { caseNumber: '2026-005', tenantId: 'demo', authorEmail: 'consulent@demodam.example', status: 'draft', daysAgo: 41 },
  { caseNumber: '2026-006', tenantId: 'demo', authorEmail: 'maatwerker@demodam.example', status: 'sparring', daysAgo: 30 },
  { caseNumber: '2026-007', tenantId: 'demo', authorEmail: 'maatwerker2@demodam.example', status: 'draft', daysAgo: 19 },
  { caseNumber: '2026-008', tenantId: 'demo', authorEmail: 'maatwerker@demodam.example', status: 'scheduled', daysAgo: 9 },
  { caseNumber: '2026-021', tenantId: 'demo2', authorEmail: 'maatwerker@proefwijk.example', status: 'scheduled', daysAgo: 82 },
  { caseNumber: '2026-022', tenantId: 'demo2', authorEmail: 'maatwerker@proefwijk.example', status: 'draft', daysAgo: 47 },
  { caseNumber: '2026-023', tenantId: 'demo2', authorEmail: 'maatwerker@proefwijk.example', status: 'draft', daysAgo: 12 },
];

/** The folder of the demo documents, read from source (tsx runs without a build step). */
export const DEMO_PLANS_DIR = new URL('./plans/', import.meta.url);

/** Reads and validates plans/<caseNumber>.json; a file that is not a valid plan document stops the seed. */
export function readDemoDocument(caseNumber: string): PlanDocument {
  const file = new URL(`${caseNumber}.json`, DEMO_PLANS_DIR);
  const parsed = planDocumentSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`Demoplan ${caseNumber}.json is geen geldig plandocument: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  if (parsed.data.caseNumber !== caseNumber) throw new Error(`Demoplan ${caseNumber}.json heeft casusnummer ${parsed.data.caseNumber}.`);
  return parsed.data;
}

export const DEMO_PLANS: DemoPlan[] = DEMO_PLAN_ENTRIES.map(({ caseNumber, ...entry }) => ({ ...entry, document: readDemoDocument(caseNumber) }));

/** Case 1 of seed 002: mother and daughter, a mother-child house. Huidig € 20.000, dreigend € 90.000, maatwerk € 63.000. */
export const MOTHER_CHILD_HOUSE: PlanDocument = DEMO_PLANS.find((plan) => plan.document.caseNumber === '2026-001')!.document;

const DAY_MS = 24 * 60 * 60 * 1000;
const REQUEST = 'demo-seed';

/**
 * Stores the demo plans as concepts, each through `createPlan` as its demo author (privacy guard,
 * derived KBA and facts, audit event), then dates it back. Runs inside seedDemo's transaction,
 * after the demo users exist; seedDemoWorkflow then moves them to their status.
 */
export async function seedDemoPlans(db: Db, now: Date = new Date()): Promise<void> {
  for (const demo of DEMO_PLANS) {
    const [author] = await db
      .select({ id: users.id, email: users.email, tenantId: users.tenantId })
      .from(users)
      .where(and(eq(users.tenantId, demo.tenantId), eq(sql`lower(${users.email})`, demo.authorEmail)));
    if (!author) throw new Error(`Demo-auteur ${demo.authorEmail} ontbreekt in ${demo.tenantId}.`);
    const { id } = await createPlan(db, author, demo.document, REQUEST);
    await db
      .update(plans)
      .set({ createdAt: new Date(now.getTime() - demo.daysAgo * DAY_MS), updatedAt: new Date(now.getTime() - Math.floor(demo.daysAgo / 3) * DAY_MS) })
      .where(and(eq(plans.tenantId, demo.tenantId), eq(plans.id, id)));
  }
}
