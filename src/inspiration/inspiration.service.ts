import { and, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { invalid, notFound } from '../shared/errors.js';
import { tenants } from '../tenants/tenants.schema.js';
import { inspirationSolutions as solutions } from './inspiration.schema.js';

type SolutionRow = typeof solutions.$inferSelect;

export interface SolutionFilters {
  q?: string | undefined;
  domain?: string | undefined;
  legalBasis?: string | undefined;
  fundingStream?: string | undefined;
  minReturnCents?: number | undefined;
  maxPlanCents?: number | undefined;
}

export interface Reader {
  id: string;
  tenantId: string;
  /** May see the own municipality's pending solutions (the maatwerkers who review them). */
  seesPending: boolean;
}

export async function tenantRegion(db: Db, tenantId: string): Promise<string | null> {
  const [row] = await db.select({ region: tenants.region }).from(tenants).where(eq(tenants.tenantId, tenantId));
  return row?.region ?? null;
}

const like = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Published in the reader's region or by its own municipality; pending ones only at home. */
function visible(reader: Reader, region: string | null): SQL {
  const published = eq(solutions.status, 'published');
  const home = eq(solutions.tenantId, reader.tenantId);
  return or(
    and(published, region === null ? home : or(home, eq(solutions.region, region))),
    reader.seesPending ? and(home, eq(solutions.status, 'pending')) : undefined,
    and(home, eq(solutions.submittedBy, reader.id)),
  )!;
}

function filterSql(filters: SolutionFilters): (SQL | undefined)[] {
  const { q, domain, legalBasis, fundingStream, minReturnCents, maxPlanCents } = filters;
  return [
    q ? or(ilike(solutions.title, like(q)), ilike(solutions.situation, like(q)), ilike(solutions.breakthrough, like(q))) : undefined,
    domain ? sql`${solutions.domains} @> ${JSON.stringify([domain])}::jsonb` : undefined,
    fundingStream ? sql`${solutions.fundingStreams} @> ${JSON.stringify([fundingStream])}::jsonb` : undefined,
    legalBasis
      ? sql`exists (select 1 from jsonb_array_elements(${solutions.legalBases}) lb where (lb->>'regulation') || ' ' || (lb->>'article') ilike ${like(legalBasis)})`
      : undefined,
    minReturnCents !== undefined ? gte(sql`(${solutions.kba}->>'returnCents')::bigint`, minReturnCents) : undefined,
    maxPlanCents !== undefined ? lte(sql`(${solutions.kba}->>'planCents')::bigint`, maxPlanCents) : undefined,
  ];
}

const columns = { solution: solutions, municipality: tenants.name };

export async function searchSolutions(db: Db, reader: Reader, filters: SolutionFilters) {
  const region = await tenantRegion(db, reader.tenantId);
  const base = db.select(columns).from(solutions).innerJoin(tenants, eq(tenants.tenantId, solutions.tenantId));
  const published = await base
    .where(and(visible(reader, region), eq(solutions.status, 'published'), ...filterSql(filters)))
    .orderBy(desc(solutions.submittedAt), solutions.id)
    .limit(200);
  const pending = reader.seesPending
    ? await db
        .select(columns)
        .from(solutions)
        .innerJoin(tenants, eq(tenants.tenantId, solutions.tenantId))
        .where(and(eq(solutions.tenantId, reader.tenantId), eq(solutions.status, 'pending')))
        .orderBy(solutions.submittedAt, solutions.id)
    : [];
  return { published, pending };
}

export async function loadVisibleSolution(db: Db, reader: Reader, id: string) {
  const region = await tenantRegion(db, reader.tenantId);
  const [row] = await db
    .select(columns)
    .from(solutions)
    .innerJoin(tenants, eq(tenants.tenantId, solutions.tenantId))
    .where(and(eq(solutions.id, id), visible(reader, region)))
    .limit(1);
  if (!row) throw notFound('Deze oplossing bestaat niet of is niet zichtbaar voor uw gemeente.');
  return row;
}

/** For changes: only the own municipality's rows exist. `lock` holds the row for the command. */
export async function loadOwnSolution(db: Db, tenantId: string, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select(columns)
    .from(solutions)
    .innerJoin(tenants, eq(tenants.tenantId, solutions.tenantId))
    .where(and(eq(solutions.tenantId, tenantId), eq(solutions.id, id)));
  const [row] = options.lock ? await query.for('update', { of: solutions }) : await query;
  if (!row) throw notFound('Deze oplossing bestaat niet of u heeft er geen toegang toe.');
  return row;
}

export type NewSolution = Omit<typeof solutions.$inferInsert, 'id' | 'status' | 'source'>;

/** A submitted solution, pending the second maatwerker's review. */
export async function insertSolution(tx: Db, solution: NewSolution): Promise<SolutionRow> {
  const [row] = await tx
    .insert(solutions)
    .values({ ...solution, id: crypto.randomUUID(), status: 'pending', source: 'plan' })
    .returning();
  return row!;
}

export const NOT_PENDING = 'Deze oplossing wacht niet (meer) op beoordeling.';

/** Publishes or rejects a pending solution; one that is no longer pending is a 422. */
export async function reviewSolution(
  tx: Db,
  solution: SolutionRow,
  review: { decision: 'approve' | 'reject'; note: string; reviewerId: string; at: Date },
): Promise<SolutionRow> {
  const [row] = await tx
    .update(solutions)
    .set({ status: review.decision === 'approve' ? 'published' : 'rejected', reviewedBy: review.reviewerId, reviewedAt: review.at, reviewNote: review.note.trim() })
    .where(and(eq(solutions.tenantId, solution.tenantId), eq(solutions.id, solution.id), eq(solutions.status, 'pending')))
    .returning();
  if (!row) throw invalid([{ path: 'status', message: NOT_PENDING }], NOT_PENDING);
  return row;
}

/** Takes a solution out of the library; it stays stored, as withdrawn. */
export async function withdrawSolution(tx: Db, solution: SolutionRow): Promise<SolutionRow> {
  const [row] = await tx
    .update(solutions)
    .set({ status: 'withdrawn', reviewedAt: sql`coalesce(${solutions.reviewedAt}, now())` })
    .where(and(eq(solutions.tenantId, solution.tenantId), eq(solutions.id, solution.id)))
    .returning();
  return row!;
}
