import { z } from 'zod';
import { PILLARS } from '../imports/domain/records.js';
import { isoDate } from '../shared/iso-date.js';

/**
 * Request and response schemas of grip on the social-domain budget (CONTRACT.md "Grip on the
 * budget"): the budget and commitments ledger with its forecast in three scenarios, volume × price,
 * providers, message-chain signals and in- and outflow. Roles budgetbeheerder, beleid, analist.
 * Every figure is integer cents by the one cost formula (services/domain/cost.ts). The methods
 * behind late claims, new inflow and the scenarios are in docs/grip.md.
 */

export const pillar = z.enum(PILLARS);
export type GripPillar = z.infer<typeof pillar>;

const cents = z.number().int();
const year = z.coerce
  .number({ message: 'Geef een jaar als JJJJ.' })
  .int('Geef een jaar als JJJJ.')
  .min(2000, 'Geef een jaar vanaf 2000.')
  .max(2100, 'Geef een jaar tot en met 2100.');

export const SIGNAL_TYPES = ['no-start', 'declared-above-assigned', 'declared-without-assignment', 'declared-outside-period', 'open-ended', 'missing-tariff', 'import-failed'] as const;
export const signalType = z.enum(SIGNAL_TYPES);
export type SignalType = z.infer<typeof signalType>;

// ---- budget and commitments ledger ----------------------------------------------------------

export const budgetQuery = z.strictObject({
  year: year.optional().describe('Begrotingsjaar; standaard het huidige jaar.'),
  date: isoDate.optional().describe('Peildatum in het jaar; standaard vandaag (huidig jaar), 31 december (eerder jaar) of 1 januari (later jaar).'),
});

export const scenariosOut = z.object({ positive: cents, neutral: cents, negative: cents });

export const budgetFigures = z.object({
  budgetCents: cents,
  realisedCents: cents.describe('Gedeclareerd (323) en gerealiseerd voor perioden tot en met de peildatum in het jaar.'),
  lateClaimsCents: cents.describe('Verwachte nakomende declaraties voor perioden tot en met de peildatum (docs/grip.md).'),
  openCommitmentsCents: cents.describe('Kosten van alle toegewezen voorzieningen over [peildatum + 1 dag, 31 december]; open einden lopen tot 31 december.'),
  newInflowCents: cents.describe('Verwachte kosten van nog niet toegewezen voorzieningen (instroomtrend).'),
  forecastCents: cents.describe('realised + lateClaims + openCommitments + newInflow = scenarios.neutral.'),
  varianceCents: cents.describe('forecast − budget: positief is een overschrijding.'),
  scenarios: scenariosOut,
  openEndedServices: z.number().int().describe('Toewijzingen zonder einddatum (geteld tot 31 december; ook een signaal).'),
});
export type BudgetFigures = z.infer<typeof budgetFigures>;

export const budgetLineOut = budgetFigures.extend({
  budgetLine: z.string(),
  name: z.string(),
  pillar,
  productCategory: z.string().describe('Leeg: de hele pijler.'),
});
export type BudgetLineOut = z.infer<typeof budgetLineOut>;

export const budgetOut = z.object({
  year: z.number().int(),
  date: z.string(),
  asOf: z.string().describe('De dag waarop de gegevens bekend zijn (vandaag): nakomende declaraties en instroom gelden vanaf hier.'),
  lines: z.array(budgetLineOut),
  totals: budgetFigures,
});
export type GripBudget = z.infer<typeof budgetOut>;

export const budgetMonthsQuery = budgetQuery.extend({
  budgetLine: z.string().min(1).max(100).optional().describe('Eén begrotingsregel; zonder: alle regels samen.'),
});

export const budgetMonthOut = z.object({
  month: z.string().describe('JJJJ-MM'),
  budgetCents: cents.describe('Cumulatief: de begroting naar rato van de dagen tot en met het einde van de maand.'),
  realisedCents: cents.describe('Cumulatief gerealiseerd tot en met de maand (perioden tot en met de peildatum).'),
  forecast: scenariosOut.describe('Cumulatieve prognose tot en met de maand, per scenario.'),
});
export const budgetMonthsOut = z.object({ year: z.number().int(), date: z.string(), budgetLine: z.string().nullable(), months: z.array(budgetMonthOut) });
export type GripBudgetMonths = z.infer<typeof budgetMonthsOut>;

export const budgetLinesCsvQuery = z.strictObject({});
export const budgetLinesReplaced = z.object({
  years: z.array(z.number().int()),
  lines: z.number().int(),
});

// ---- growth assumptions ---------------------------------------------------------------------

const percent = z
  .number({ message: 'Geef een percentage.' })
  .min(-50, 'Een groei van minder dan −50 % is geen aanname.')
  .max(100, 'Een groei van meer dan 100 % is geen aanname.')
  .multipleOf(0.01, 'Geef hooguit twee decimalen.');

export const assumptionOut = z.object({
  pillar,
  positivePercent: z.number().describe('Groei van wat nog niet gerealiseerd is in het positieve scenario (meestal negatief).'),
  negativePercent: z.number().describe('Groei van wat nog niet gerealiseerd is in het negatieve scenario.'),
});
export const assumptionsOut = z.object({
  pillars: z.array(assumptionOut).length(PILLARS.length),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type GripAssumptions = z.infer<typeof assumptionsOut>;

export const assumptionsBody = z.strictObject({
  pillars: z
    .array(z.strictObject({ pillar, positivePercent: percent, negativePercent: percent }))
    .min(1)
    .max(PILLARS.length)
    .superRefine((rows, context) => {
      rows.forEach((row, index) => {
        if (rows.findIndex((other) => other.pillar === row.pillar) !== index) context.addIssue({ code: 'custom', path: [index, 'pillar'], message: 'Deze pijler staat er al in.' });
      });
    }),
});
export type AssumptionsBody = z.infer<typeof assumptionsBody>;

// ---- volume × price ------------------------------------------------------------------------

export const varianceQuery = z.strictObject({
  pillar: pillar.optional().describe('Eén pijler; zonder: alle pijlers.'),
  from: isoDate.optional().describe('Begin van de periode; standaard 1 januari van dit jaar.'),
  to: isoDate.optional().describe('Einde van de periode; standaard vandaag.'),
  baseFrom: isoDate.optional().describe('Begin van de vergelijkingsperiode; standaard een jaar vóór from.'),
  baseTo: isoDate.optional().describe('Einde van de vergelijkingsperiode; standaard een jaar vóór to.'),
});

export const periodFigures = z.object({ clients: z.number().int(), costCents: cents, costPerClientCents: cents });
export type PeriodFigures = z.infer<typeof periodFigures>;

export const varianceCategoryOut = z.object({
  pillar,
  productCategory: z.string(),
  base: periodFigures,
  current: periodFigures,
  differenceCents: cents,
  volumeEffectCents: cents,
  priceEffectCents: cents,
});

export const varianceOut = z.object({
  pillar: pillar.nullable(),
  from: z.string(),
  to: z.string(),
  baseFrom: z.string(),
  baseTo: z.string(),
  base: periodFigures,
  current: periodFigures,
  differenceCents: cents,
  volumeEffectCents: cents.describe('Meer of minder cliënten, tegen de kosten per cliënt van de basisperiode.'),
  priceEffectCents: cents.describe('Duurder of goedkoper per cliënt binnen dezelfde productcategorie.'),
  mixEffectCents: cents.describe('Verschuiving tussen productcategorieën en meer producten per cliënt (complexer).'),
  byProductCategory: z.array(varianceCategoryOut),
});
export type GripVariance = z.infer<typeof varianceOut>;

// ---- providers -------------------------------------------------------------------------------

export const providersQuery = z.strictObject({ year: year.optional() });

export const providerOut = z.object({
  provider: z.string().describe('AGB-code.'),
  pillars: z.array(pillar),
  clients: z.number().int(),
  assignedCents: cents.describe('Kosten van de voorzieningen van de aanbieder over het jaar.'),
  declaredCents: cents.describe('IngediendBedrag (debet min credit) van de 323-regels voor perioden in het jaar.'),
  realisationRate: z.number().nullable().describe('Verzilveringspercentage: gedeclareerd ÷ kosten over [1 januari, min(vandaag, 31 december)], drie decimalen.'),
  averageCostPerClientCents: cents,
  signals: z.number().int().describe('Aantal signalen uit de berichtenketen (alle typen).'),
});
export type GripProvider = z.infer<typeof providerOut>;
export const providersOut = z.object({ year: z.number().int(), items: z.array(providerOut) });

export const providerParams = z.strictObject({ provider: z.string().regex(/^\d{8}$/, 'Een AGB-code heeft acht cijfers.') });

export const providerMonthOut = z.object({ month: z.string(), assignedCents: cents, declaredCents: cents });
export const providerCategoryOut = z.object({ pillar, productCategory: z.string(), clients: z.number().int(), assignedCents: cents, declaredCents: cents });
export const providerDetailOut = z.object({
  year: z.number().int(),
  provider: providerOut,
  byProductCategory: z.array(providerCategoryOut),
  months: z.array(providerMonthOut),
  signalsByType: z.array(z.object({ type: signalType, count: z.number().int() })),
});
export type GripProviderDetail = z.infer<typeof providerDetailOut>;

// ---- message-chain signals ------------------------------------------------------------------

export const signalsQuery = z.strictObject({
  type: signalType.optional(),
  provider: z.string().regex(/^\d{8}$/, 'Een AGB-code heeft acht cijfers.').optional(),
  status: z.enum(['all', 'open', 'handled']).default('all').describe('Standaard alle; de werklijst vraagt open.'),
  limit: z.coerce.number().int().min(1).max(5000).default(1000),
  offset: z.coerce.number().int().min(0).default(0),
});

export const signalHandlingOut = z.object({ note: z.string(), handledBy: z.string(), handledAt: z.string() });

export const signalOut = z.object({
  id: z.string().describe('Stabiel: hetzelfde signaal houdt hetzelfde id.'),
  type: signalType,
  provider: z.string().nullable(),
  assignmentNumber: z.string().nullable(),
  since: z.string(),
  detail: z.string(),
  handled: signalHandlingOut.nullable(),
});
export type GripSignal = z.infer<typeof signalOut>;

export const signalsOut = z.object({
  items: z.array(signalOut),
  total: z.number().int(),
  byType: z.array(z.object({ type: signalType, count: z.number().int(), open: z.number().int() })),
});
export type GripSignals = z.infer<typeof signalsOut>;

export const signalParams = z.strictObject({ id: z.string().regex(/^[0-9a-f]{24}$/, 'Onbekend signaal.') });
export const signalHandleBody = z.strictObject({
  note: z.string().trim().min(1, 'Schrijf kort op wat je met het signaal hebt gedaan.').max(2000),
});

// ---- in- and outflow ------------------------------------------------------------------------

export const flowsQuery = z.strictObject({
  pillar: pillar.optional(),
  from: isoDate.optional().describe('Standaard de eerste dag van de maand elf maanden terug.'),
  to: isoDate.optional().describe('Standaard vandaag.'),
});
export const flowMonthOut = z.object({
  month: z.string().describe('JJJJ-MM'),
  inflow: z.number().int().describe('Cliënten die in de maand instromen: een periode met ondersteuning begint.'),
  outflow: z.number().int().describe('Cliënten die in de maand uitstromen: hun laatste ondersteuning eindigt.'),
  clients: z.number().int().describe('Cliënten met ondersteuning in de maand.'),
});
export const flowsOut = z.array(flowMonthOut);
export type GripFlows = z.infer<typeof flowsOut>;

// ---- freshness -------------------------------------------------------------------------------

export const gripStatusOut = z.object({
  lastImportAt: z.string().nullable().describe('Einde van de laatste voltooide import: zo vers zijn de cijfers.'),
  folder: z.object({
    configured: z.boolean(),
    schedule: z.string().nullable().describe('Cron-uitdrukking, Europe/Amsterdam.'),
    nextRunAt: z.string().nullable(),
    lastRun: z
      .object({
        status: z.enum(['running', 'done', 'failed']),
        startedAt: z.string(),
        finishedAt: z.string().nullable(),
        files: z.number().int(),
        importedFiles: z.number().int(),
        rejectedFiles: z.number().int(),
        message: z.string().nullable(),
      })
      .nullable(),
  }),
});
export type GripStatus = z.infer<typeof gripStatusOut>;

// ---- region ----------------------------------------------------------------------------------

export const regionQuery = z.strictObject({ year: year.optional() });
export const regionPillarOut = z.object({ pillar, budgetCents: cents, realisedCents: cents, forecastCents: cents, varianceCents: cents });
export const gripRegionOut = z.object({
  region: z.string().nullable(),
  regionOptIn: z.boolean(),
  year: z.number().int(),
  municipalities: z.array(z.object({ tenantId: z.string(), name: z.string(), totals: budgetFigures, byPillar: z.array(regionPillarOut) })),
});
export type GripRegion = z.infer<typeof gripRegionOut>;

// ---- grip report (P&C cycle) ----------------------------------------------------------------

export const gripReportQuery = budgetQuery.extend({
  moment: z.enum(['begroting', 'voorjaarsnota', 'najaarsrapportage', 'jaarrekening']).default('najaarsrapportage'),
});
