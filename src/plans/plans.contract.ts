import { z } from 'zod';
import { conflictSchema } from '../http/problem.contract.js';
import { planDocumentSchema, type PlanDocument } from './domain/plan-document.js';
import { PLAN_STATUS_KEYS } from './domain/statuses.js';
import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from './domain/vocabulary.js';

/**
 * Requests and answers of the plans endpoints (CONTRACT.md "Plans"): the routes validate and
 * serialise with these, the web takes its types (`z.infer`) and form rules from here.
 */

export { planDocumentSchema };

export const planIdParams = z.strictObject({ id: z.string().max(100) });

export const planStatusSchema = z.enum(PLAN_STATUS_KEYS);

const cents = z.number().int();

/** The computed cost-benefit analysis (CONTRACT.md "The computed `kba`"). */
export const kbaSchema = z.object({
  horizonMonths: z.number().int(),
  currentCents: cents,
  threatenedCents: cents,
  expectedThreatenedCents: cents,
  planCents: cents,
  returnCents: cents,
  versusCurrentCents: cents,
  maatwerkbudgetCents: cents.describe('Wat het plan vraagt van het maatwerkbudget.'),
  byFundingStream: z.array(
    z.object({ fundingStream: z.enum(FUNDING_STREAM_KEYS), currentCents: cents, threatenedCents: cents, planCents: cents, returnCents: cents }),
  ),
  alternatives: z.array(z.object({ name: z.string(), planCents: cents, returnCents: cents })),
});

/** Direct identifiers in free text the user should confirm (never refused; a BSN is refused). */
export const privacyWarningSchema = z.object({
  path: z.string(),
  kind: z.enum(['email', 'phone', 'date']),
  message: z.string(),
});

/** What the server adds to the document; read-only, so a PUT may send them back (they are ignored). */
const serverShape = {
  id: z.string(),
  status: planStatusSchema,
  version: z.number().int().min(1),
  authorId: z.string(),
  createdAt: z.string().describe('ISO 8601.'),
  updatedAt: z.string().describe('ISO 8601.'),
  savedAt: z.string().describe('ISO 8601: wanneer deze versie van het plan is opgeslagen (een statuswijziging verandert alleen updatedAt).'),
  kba: kbaSchema,
  privacyWarnings: z.array(privacyWarningSchema),
};

/** GET /api/v1/plans/:id: the plan document plus what the server adds. */
export const planOut = z.object({ ...planDocumentSchema.shape, ...serverShape });

/** The fields of `planOut` that are not the document. */
export const SERVER_FIELDS = Object.keys(serverShape) as (keyof typeof serverShape)[];

/** A list row: identifiers and totals, no case text. */
export const planSummaryOut = z.object({
  id: z.string(),
  caseNumber: z.string(),
  clientNumber: z.string(),
  status: planStatusSchema,
  version: z.number().int(),
  authorId: z.string(),
  domains: z.array(z.enum(DOMAIN_KEYS)),
  createdAt: z.string(),
  updatedAt: z.string(),
  kba: kbaSchema.pick({ planCents: true, returnCents: true, maatwerkbudgetCents: true }),
});

export const planListOut = z.object({ items: z.array(planSummaryOut), total: z.number().int() });

export const planListQuery = z.strictObject({
  status: z
    .string()
    .max(200)
    .optional()
    .superRefine((value, context) => {
      const unknown = statusesOf(value).filter((status) => !(PLAN_STATUS_KEYS as readonly string[]).includes(status));
      if (unknown.length > 0) context.addIssue({ code: 'custom', message: `Onbekende status ${unknown.join(', ')}. Kies uit: ${PLAN_STATUS_KEYS.join(', ')}.` });
    })
    .describe('Een of meer statussen, komma-gescheiden.'),
  q: z.string().max(200).optional().describe('Casusnummer, cliëntnummer of een woord uit het plan.'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

/** The statuses of a `status=` filter (comma-separated). */
export function statusesOf(value: string | undefined): string[] {
  return value?.split(',').map((status) => status.trim()).filter(Boolean) ?? [];
}

/** The body of POST /api/v1/plans: a plan document (CONTRACT.md). */
export const createPlanBody = planDocumentSchema;

/**
 * PUT accepts what GET returned: the full document, the `version` it was based on, and the
 * server's own fields, which are read-only and ignored. Any other field is a 422.
 */
export const updatePlanBody = planDocumentSchema.extend({
  version: z.number().int().min(1).describe('De versie waarop deze wijziging is gebaseerd.'),
  ...Object.fromEntries(SERVER_FIELDS.filter((field) => field !== 'version').map((field) => [field, z.unknown().optional().describe('Alleen-lezen; wordt genegeerd.')])),
});

/** The document of a PUT body: without `version` and the read-only fields. */
export function documentOfUpdate(body: z.output<typeof updatePlanBody>): PlanDocument {
  const ignored: ReadonlySet<string> = new Set(SERVER_FIELDS);
  return Object.fromEntries(Object.entries(body).filter(([key]) => !ignored.has(key))) as PlanDocument;
}

/** 409: someone saved in between. The loser's `document` comes back, and the plan as it now stands. */
export const planConflict = conflictSchema({ document: planDocumentSchema }, planOut);

export type Plan = z.infer<typeof planOut>;
export type PlanSummary = z.infer<typeof planSummaryOut>;
export type PlanList = z.infer<typeof planListOut>;
export type PlanListQuery = z.input<typeof planListQuery>;
/** The list's parameters as a client sends them (numbers as numbers). */
export type PlanListParams = Partial<z.output<typeof planListQuery>>;
export type Kba = z.infer<typeof kbaSchema>;
export type PlanStatus = z.infer<typeof planStatusSchema>;
export type { PlanDocument };
