import { createHmac } from 'node:crypto';
import { and, asc, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { PlanDocument } from '../plans/domain/plan-document.js';
import { plans } from '../plans/plans.schema.js';
import { amsterdamMidnight } from '../shared/dates.js';
import { notFound } from '../shared/errors.js';
import { users } from '../users/users.schema.js';
import type { PlanDomains } from './domain/cocktails.js';
import { PATTERN_PHASE_KEYS, type PatternPhase } from './domain/phases.js';
import type { PlanBottlenecks } from './domain/rollup.js';
import { patternPlans, patterns } from './patterns.schema.js';

export type PatternRow = typeof patterns.$inferSelect;

export async function loadPattern(db: Db, tenantId: string, id: string): Promise<PatternRow> {
  const [row] = await db.select().from(patterns).where(and(eq(patterns.tenantId, tenantId), eq(patterns.id, id)));
  if (!row) throw notFound('Dit patroon bestaat niet of u heeft er geen toegang toe.');
  return row;
}

/** The tenant's patterns by phase (as the werktafel walks them), the last changed first within a phase. */
export async function listPatterns(db: Db, tenantId: string): Promise<PatternRow[]> {
  const rows = await db.select().from(patterns).where(eq(patterns.tenantId, tenantId)).orderBy(desc(patterns.updatedAt), asc(patterns.id));
  const order = (row: PatternRow) => PATTERN_PHASE_KEYS.indexOf(row.phase as PatternPhase);
  return [...rows].sort((a, b) => order(a) - order(b));
}

export interface LinkedPlan {
  patternId: string;
  planId: string;
  caseNumber: string;
}

/** Plans illustrating these patterns; deleted plans no longer illustrate anything. */
export async function loadLinkedPlans(db: Db, tenantId: string, patternIds: string[]): Promise<LinkedPlan[]> {
  if (patternIds.length === 0) return [];
  return db
    .select({ patternId: patternPlans.patternId, planId: plans.id, caseNumber: plans.caseNumber })
    .from(patternPlans)
    .innerJoin(plans, and(eq(plans.tenantId, patternPlans.tenantId), eq(plans.id, patternPlans.planId)))
    .where(and(eq(patternPlans.tenantId, tenantId), inArray(patternPlans.patternId, patternIds), isNull(plans.deletedAt)))
    .orderBy(asc(plans.caseNumber));
}

export async function ownerNames(db: Db, tenantId: string, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(and(eq(users.tenantId, tenantId), inArray(users.id, wanted)));
  return new Map(rows.map((row) => [row.id, row.name]));
}

export async function isActiveUser(db: Db, tenantId: string, id: string): Promise<boolean> {
  const [row] = await db.select({ id: users.id }).from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id), eq(users.active, true)));
  return row !== undefined;
}

/** The bottlenecks of every live plan of the tenant, for the rollup. */
export async function loadPlanBottlenecks(db: Db, tenantId: string): Promise<(PlanBottlenecks & { caseNumber: string })[]> {
  const rows = await db
    .select({ planId: plans.id, caseNumber: plans.caseNumber, bottlenecks: sql<PlanDocument['bottlenecks'] | null>`${plans.document}->'bottlenecks'` })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), isNull(plans.deletedAt)))
    .orderBy(asc(plans.createdAt), asc(plans.id));
  return rows.map((row) => ({ planId: row.planId, caseNumber: row.caseNumber, bottlenecks: row.bottlenecks ?? [] }));
}

export interface PlanFilter {
  from?: string;
  to?: string;
  statuses: string[];
}

/** Domains and children of the plans in the filter: nothing else of the case leaves the database. */
export async function loadPlanDomains(db: Db, tenantId: string, filter: PlanFilter): Promise<PlanDomains[]> {
  const conditions: (SQL | undefined)[] = [
    eq(plans.tenantId, tenantId),
    isNull(plans.deletedAt),
    filter.statuses.length ? inArray(plans.status, filter.statuses) : undefined,
    filter.from ? gte(plans.createdAt, amsterdamMidnight(filter.from)) : undefined,
    filter.to ? lt(plans.createdAt, amsterdamMidnight(filter.to, 1)) : undefined,
  ];
  const rows = await db
    .select({
      domains: sql<PlanDomains['domains'] | null>`${plans.document}->'domains'`,
      children: sql<number | string | null>`${plans.document}->'household'->'children'`,
    })
    .from(plans)
    .where(and(...conditions));
  return rows.map((row) => ({ domains: row.domains ?? [], children: row.children === null ? null : Number(row.children) }));
}

/**
 * An opaque, tenant-bound key per plan: a beleid user links the plans of a suggestion without ever
 * receiving a plan id or case number. Keyed with the installation secret so it cannot be guessed.
 */
export function illustrationKey(secret: string, tenantId: string, planId: string): string {
  return createHmac('sha256', secret).update(`pattern-illustration\u0000${tenantId}\u0000${planId}`).digest('base64url').slice(0, 24);
}

/** Resolves plan ids and illustration keys to live plan ids of the tenant; unknown ones are returned apart. */
export async function resolvePlans(db: Db, secret: string, tenantId: string, planIds: string[], keys: string[]) {
  const rows = await db
    .select({ id: plans.id })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), isNull(plans.deletedAt)));
  const live = new Set(rows.map((row) => row.id));
  const byKey = new Map(rows.map((row) => [illustrationKey(secret, tenantId, row.id), row.id]));
  const unknownPlanIds = planIds.map((id, index) => ({ id, index })).filter(({ id }) => !live.has(id));
  const unknownKeys = keys.map((key, index) => ({ key, index })).filter(({ key }) => !byKey.has(key));
  const resolved = new Set([...planIds.filter((id) => live.has(id)), ...keys.flatMap((key) => byKey.get(key) ?? [])]);
  return { planIds: [...resolved], unknownPlanIds, unknownKeys };
}
