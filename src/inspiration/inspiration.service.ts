import { and, desc, eq, gte, ilike, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notFound } from '../shared/errors.js';
import { tenants } from '../tenants/tenants.schema.js';
import { inspirationSolutions as solutions } from './inspiration.schema.js';

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

/** For changes: only the own municipality's rows exist. */
export async function loadOwnSolution(db: Db, tenantId: string, id: string) {
  const [row] = await db
    .select(columns)
    .from(solutions)
    .innerJoin(tenants, eq(tenants.tenantId, solutions.tenantId))
    .where(and(eq(solutions.tenantId, tenantId), eq(solutions.id, id)));
  if (!row) throw notFound('Deze oplossing bestaat niet of u heeft er geen toegang toe.');
  return row;
}
