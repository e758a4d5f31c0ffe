import { z } from 'zod';
import { isoDate } from '../shared/iso-date.js';
import { PILLARS } from '../imports/domain/records.js';
import { costLineSchema } from '../plans/domain/plan-document.js';

/**
 * Request and response schemas of what the municipality's own records show (CONTRACT.md "Service
 * data → Household overlap and candidates for maatwerk"): overlap for policy, candidates for the
 * maatwerker, a plan started from a candidate, and a plan's realised cost.
 */

export const pillar = z.enum(PILLARS);

export const overlapQuery = z.strictObject({
  date: isoDate.optional().describe('Peildatum (JJJJ-MM-DD); standaard vandaag (Europe/Amsterdam).'),
});

/** A count that is `null` for roles other than analist when it is 1 to 4 (small-cell suppression). */
const cell = z.number().int().nullable();

export const overlapOut = z.object({
  date: z.string(),
  clients: cell,
  households: cell,
  byPillarCount: z.array(z.object({ pillars: z.number().int().min(1).max(5), households: cell })).length(5),
  byPillar: z.array(z.object({ pillar, households: cell })),
  combinations: z.array(z.object({ pillars: z.array(pillar), households: cell })),
  suppressed: z.boolean().describe('Of kleine aantallen (1 tot en met 4) zijn weggelaten.'),
});
export type Overlap = z.infer<typeof overlapOut>;

export const candidatesQuery = z.strictObject({
  date: isoDate.optional(),
  minPillars: z.coerce.number().int().min(1).max(5).default(3),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const candidateOut = z.object({
  householdKey: z.string(),
  pillars: z.array(pillar),
  clients: z.number().int(),
  services: z.number().int(),
  providers: z.number().int(),
  annualCostCents: z.number().int(),
  clientNumbers: z.array(z.string()),
});
export type Candidate = z.infer<typeof candidateOut>;

export const candidatesOut = z.object({ date: z.string(), items: z.array(candidateOut), total: z.number().int() });

export const fromCandidateBody = z.strictObject({
  householdKey: z.string().min(1).max(200),
  caseNumber: z.string().trim().min(1).max(50),
  clientNumber: z.string().trim().min(1).max(50).optional(),
  date: isoDate.optional(),
});

export const realisedStreamOut = z.object({ fundingStream: z.string(), planCents: z.number().int(), realisedCents: z.number().int() });

export const realisedOut = z.object({
  from: z.string().nullable().describe('Goedkeuringsdatum; null zolang het plan niet is goedgekeurd.'),
  to: z.string().nullable(),
  planCents: z.number().int(),
  realisedCents: z.number().int(),
  byFundingStream: z.array(realisedStreamOut),
  linked: z.boolean().describe('Of het cliëntnummer van het plan in de eigen gegevens van de gemeente voorkomt.'),
  clients: z.number().int().describe('Cliënten van het huishouden in de eigen gegevens.'),
  lines: z.number().int().describe('Declaratieregels en realisaties in de periode.'),
});
export type Realised = z.infer<typeof realisedOut>;

export const currentFromServicesOut = z.object({
  date: z.string().describe('Peildatum: vandaag (Europe/Amsterdam).'),
  linked: z.boolean().describe('Of het cliëntnummer van het plan in de eigen gegevens van de gemeente voorkomt.'),
  lines: z
    .array(costLineSchema)
    .describe('Eén regel per lopende voorziening van het huishouden: per maand, aantal 1, een twaalfde van de jaarkosten (zoals plans/from-candidate).'),
});
export type CurrentFromServices = z.infer<typeof currentFromServicesOut>;
