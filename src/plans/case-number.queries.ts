import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { MAX_SEQUENCE_DIGITS, suggestCaseNumber } from './domain/case-number.js';
import { plans } from './plans.schema.js';

/**
 * The next case number of `year` in one municipality. Deleted plans count too, so a number that
 * appears in the audit log is never handed out again. The highest is found in SQL: a tenant may
 * hold many thousands of plans.
 */
export async function nextCaseNumberOf(db: Db, tenantId: string, year: number): Promise<string> {
  const pattern = `^${year}-([0-9]{1,${MAX_SEQUENCE_DIGITS}})$`;
  const [row] = await db
    .select({ highest: sql<string | null>`max((substring(trim(${plans.caseNumber}) from ${pattern}))::bigint)` })
    .from(plans)
    .where(and(eq(plans.tenantId, tenantId), sql`trim(${plans.caseNumber}) ~ ${pattern}`));
  const highest = row?.highest === null || row?.highest === undefined ? null : Number(row.highest);
  return suggestCaseNumber(year, highest);
}
