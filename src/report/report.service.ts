import { and, asc, count, desc, eq, lt, sql } from 'drizzle-orm';
import { DEFAULT_DASHBOARD_STATUSES } from '../dashboard/domain/dashboard.js';
import { loadDashboard } from '../dashboard/dashboard.service.js';
import type { Db } from '../db/client.js';
import { inspirationSolutions } from '../inspiration/inspiration.schema.js';
import { patternPlans, patterns } from '../patterns/patterns.schema.js';
import { amsterdamDate, amsterdamMidnight } from '../shared/dates.js';
import { buildReport, type PatternInput, type ReportModel, type StoryInput } from './domain/report-model.js';

/**
 * Gathers what the report may contain: the dashboard aggregates, the municipality's published
 * stories (text a maatwerker rewrote for publication and a second approved — never a plan's own
 * text) and the patterns with their counts. Nothing here selects a case or client number.
 */

export interface ReportPeriod {
  from: string;
  to: string;
}

/** Published stories of the own municipality, published by the end of the period. */
async function loadStories(db: Db, tenantId: string, to: string): Promise<StoryInput[]> {
  const publishedAt = sql`coalesce(${inspirationSolutions.reviewedAt}, ${inspirationSolutions.submittedAt})`;
  const rows = await db
    .select({
      title: inspirationSolutions.title,
      situation: inspirationSolutions.situation,
      breakthrough: inspirationSolutions.breakthrough,
      kba: inspirationSolutions.kba,
    })
    .from(inspirationSolutions)
    .where(and(eq(inspirationSolutions.tenantId, tenantId), eq(inspirationSolutions.status, 'published'), lt(publishedAt, amsterdamMidnight(to, 1))))
    .orderBy(desc(publishedAt), asc(inspirationSolutions.id))
    .limit(50);
  return rows.map((row) => ({ title: row.title, situation: row.situation, breakthrough: row.breakthrough, returnCents: row.kba?.returnCents ?? null }));
}

async function loadPatterns(db: Db, tenantId: string): Promise<PatternInput[]> {
  const rows = await db
    .select({
      title: patterns.title,
      level: patterns.level,
      theme: patterns.theme,
      phase: patterns.phase,
      planCount: count(patternPlans.planId),
    })
    .from(patterns)
    .leftJoin(patternPlans, and(eq(patternPlans.tenantId, patterns.tenantId), eq(patternPlans.patternId, patterns.id)))
    .where(eq(patterns.tenantId, tenantId))
    .groupBy(patterns.tenantId, patterns.id, patterns.title, patterns.level, patterns.theme, patterns.phase)
    .orderBy(desc(count(patternPlans.planId)), asc(patterns.title));
  return rows.map((row) => ({ ...row, planCount: Number(row.planCount) }));
}

export async function loadReport(db: Db, tenant: { id: string; name: string }, period: ReportPeriod, now: Date): Promise<ReportModel> {
  const [figures, stories, patternRows] = await Promise.all([
    loadDashboard(db, tenant.id, { from: period.from, to: period.to, statuses: DEFAULT_DASHBOARD_STATUSES }, now),
    loadStories(db, tenant.id, period.to),
    loadPatterns(db, tenant.id),
  ]);
  return buildReport({ municipality: tenant.name, from: period.from, to: period.to, today: amsterdamDate(now), figures, stories, patterns: patternRows });
}
