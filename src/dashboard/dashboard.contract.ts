import { z } from 'zod';
import { PLAN_STATUS_KEYS } from '../plans/domain/statuses.js';
import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from '../plans/domain/vocabulary.js';

/**
 * Request and response schemas of the dashboard endpoints (CONTRACT.md "Dashboard") and of the
 * region view. The routes validate and serialise with them (a response schema strips anything not
 * listed: a safeguard that no case field slips out); the web takes its types from them.
 */

export const dashboardQuery = z.strictObject({
  from: z.string().max(20).optional().describe('Plannen aangemaakt vanaf deze datum (JJJJ-MM-DD).'),
  to: z.string().max(20).optional().describe('Plannen aangemaakt tot en met deze datum (JJJJ-MM-DD).'),
  status: z.string().max(300).optional().describe('Statussen, komma-gescheiden; standaard approved,in_progress,monitoring,closed.'),
});
export type DashboardQuery = z.infer<typeof dashboardQuery>;

const cents = z.number().int();
const count = z.number().int().min(0);
/** One count per requested status (every requested status appears, 0 when no plan has it). */
const byStatus = z.partialRecord(z.enum(PLAN_STATUS_KEYS), count).describe('Aantal plannen per gevraagde status.');
const score = z.number().nullable();

export const fundingStreamTotalsOut = z.object({
  fundingStream: z.enum(FUNDING_STREAM_KEYS),
  currentCents: cents,
  threatenedCents: cents.describe('De verwachte dreigende kosten van deze geldstroom (naar kans).'),
  planCents: cents,
  returnCents: cents,
});

export const legalBasisCountOut = z.object({ regulation: z.string(), article: z.string(), count });

const aggregatesShape = {
  plans: z.object({ count, byStatus }),
  currentCents: cents,
  threatenedCents: cents,
  expectedThreatenedCents: cents,
  planCents: cents,
  returns: z.object({ count, totalCents: cents, averageCents: cents }),
  byFundingStream: z.array(fundingStreamTotalsOut),
  topLegalBases: z.array(legalBasisCountOut).max(10).describe('Hoogstens 10, meest gebruikt eerst; een plan telt één keer per grondslag.'),
  domains: z.array(z.object({ domain: z.enum(DOMAIN_KEYS), count })),
  budget: z.object({ year: z.number().int(), budgetCents: cents, committedCents: cents, paidCents: cents }),
  satisfaction: z.object({ intakeAverage: score, after6mAverage: score, after12mAverage: score, pairs: count }),
  bottlenecks: z.array(z.object({ theme: z.enum(DOMAIN_KEYS), count })),
  // Extensions beyond CONTRACT.md.
  budgetBySource: z.array(z.object({ code: z.string(), name: z.string(), amountCents: cents })).describe('De bronnen van het maatwerkbudget van `budget.year`.'),
  byPeriod: z
    .array(z.object({ month: z.string().describe('JJJJ-MM, maand van aanmaken (Amsterdam).'), count, byStatus }))
    .describe('Aantal plannen per maand van aanmaken.'),
  realised: z
    .object({
      linkedPlans: count.describe('Goedgekeurde plannen waarvan het cliëntnummer in de eigen gegevens van de gemeente voorkomt.'),
      completedPlans: count.describe('Daarvan de plannen waarvan de horizon voorbij is: alleen die tellen mee in de rendementen.'),
      planCents: cents.describe('Het planscenario van de gekoppelde plannen.'),
      realisedCents: cents.describe('Wat hun huishoudens sinds de goedkeuring werkelijk kostten (declaraties en realisaties).'),
      expectedReturnCents: cents.describe('Verwacht rendement (kba.returnCents) van de afgeronde plannen.'),
      realisedReturnCents: cents.describe('Gerealiseerd rendement van de afgeronde plannen: verwachte dreigende kosten min de werkelijke kosten.'),
    })
    .describe('Gerealiseerd versus verwacht (de arrangementenmonitor), uit de eigen gegevens van de gemeente.'),
};

/** The aggregates a region may see: everything except the per-plan budget figures. */
export const aggregatesOut = z.object(aggregatesShape);

/** Per plan only counts and amounts: never which plan. Left out of the region view. */
export const budgetByPlanOut = z.object({ count, plannedCents: cents, averageCents: cents, largestCents: cents });

export const dashboardOut = z.object({ ...aggregatesShape, budgetByPlan: budgetByPlanOut });

export type DashboardAggregates = z.infer<typeof aggregatesOut>;
export type Dashboard = z.infer<typeof dashboardOut>;
export type FundingStreamTotals = z.infer<typeof fundingStreamTotalsOut>;
export type LegalBasisCount = z.infer<typeof legalBasisCountOut>;
export type BudgetByPlan = z.infer<typeof budgetByPlanOut>;

// Region view and settings.

export const regionSettingsOut = z.object({
  region: z.string().nullable().describe('De regio van de gemeente; leeg als zij bij geen regio hoort.'),
  regionOptIn: z.boolean().describe('Of de gemeente haar cijfers met de regio deelt.'),
});
export type RegionSettings = z.infer<typeof regionSettingsOut>;

export const regionSettingsBody = z.strictObject({
  regionOptIn: z.boolean().describe('Toon de cijfers van deze gemeente (nooit casussen) aan de andere gemeenten in de regio die ook meedoen.'),
});
export type RegionSettingsInput = z.infer<typeof regionSettingsBody>;

export const regionOut = regionSettingsOut.extend({
  municipalities: z.array(z.object({ tenantId: z.string(), name: z.string(), dashboard: aggregatesOut })).describe('Leeg als de eigen gemeente niet meedoet.'),
});
export type RegionView = z.infer<typeof regionOut>;
