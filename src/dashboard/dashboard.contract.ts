import { z } from 'zod';
import { invalid } from '../shared/errors.js';
import { parseDashboardFilter } from './domain/filter.js';

/** Request and response schemas of the dashboard endpoints (CONTRACT.md "Dashboard"). */

export const dashboardQuery = z.strictObject({
  from: z.string().max(20).optional().describe('Plannen aangemaakt vanaf deze datum (JJJJ-MM-DD).'),
  to: z.string().max(20).optional().describe('Plannen aangemaakt tot en met deze datum (JJJJ-MM-DD).'),
  status: z.string().max(300).optional().describe('Statussen, komma-gescheiden; standaard approved,in_progress,monitoring,closed.'),
});

const cents = z.number();
const aggregatesShape = {
  plans: z.object({ count: z.number(), byStatus: z.record(z.string(), z.number()) }),
  currentCents: cents,
  threatenedCents: cents,
  expectedThreatenedCents: cents,
  planCents: cents,
  returns: z.object({ count: z.number(), totalCents: cents, averageCents: cents }),
  byFundingStream: z.array(z.object({ fundingStream: z.string(), currentCents: cents, threatenedCents: cents, planCents: cents, returnCents: cents })),
  topLegalBases: z.array(z.object({ regulation: z.string(), article: z.string(), count: z.number() })),
  domains: z.array(z.object({ domain: z.string(), count: z.number() })),
  budget: z.object({ year: z.number(), budgetCents: cents, committedCents: cents, paidCents: cents }),
  satisfaction: z.object({ intakeAverage: z.number().nullable(), after6mAverage: z.number().nullable(), after12mAverage: z.number().nullable(), pairs: z.number() }),
  bottlenecks: z.array(z.object({ theme: z.string(), count: z.number() })),
  budgetBySource: z.array(z.object({ code: z.string(), name: z.string(), amountCents: cents })),
  byPeriod: z.array(z.object({ month: z.string(), count: z.number(), byStatus: z.record(z.string(), z.number()) })),
};
/** Response schemas strip anything not listed: a safeguard that no case field slips out. */
export const aggregatesOut = z.object(aggregatesShape);
export const dashboardOut = z.object({
  ...aggregatesShape,
  budgetByPlan: z.object({ count: z.number(), plannedCents: cents, averageCents: cents, largestCents: cents }),
});

export function filterFrom(query: z.infer<typeof dashboardQuery>) {
  const { filter, errors } = parseDashboardFilter(query);
  if (errors.length > 0) throw invalid(errors);
  return filter;
}
