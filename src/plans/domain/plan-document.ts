import { z } from 'zod';
import { BOTTLENECK_LEVEL_KEYS, DOMAIN_KEYS, FREQUENCY_KEYS, FUNDING_STREAM_KEYS } from './vocabulary.js';

/**
 * The plan document of CONTRACT.md: the maatwerkcanvas, and the exchange format between
 * municipalities. Strict: an unknown field is a 422, never silently dropped.
 */
const text = (max = 20_000) => z.string().max(max);
const shortText = () => z.string().max(500);

export const costLineSchema = z.strictObject({
  description: text(1000).default(''),
  priceItemCode: z.string().max(50).optional(),
  fundingStream: z.enum(FUNDING_STREAM_KEYS),
  unitPriceCents: z.number().int().min(0).max(100_000_000_000),
  quantity: z.number().min(0).max(1_000_000),
  frequency: z.enum(FREQUENCY_KEYS),
  startMonth: z.number().int().min(0).max(600).optional(),
  months: z.number().int().min(0).max(600).optional(),
  vat: z.boolean().optional().describe('Er wordt btw betaald over deze kosten (bijv. bij betaling aan een persoon of organisatie).'),
});

const lines = z.array(costLineSchema).max(500);
const action = z.strictObject({ description: text(2000), owner: shortText().default('') });

export const planDocumentSchema = z.strictObject({
  caseNumber: z.string().trim().min(1).max(50),
  clientNumber: z.string().trim().min(1).max(50).describe('Pseudoniem cliëntnummer: nooit een naam of BSN.'),
  household: z.strictObject({ adults: z.number().int().min(0).max(50), children: z.number().int().min(0).max(50) }).optional(),
  lifeSatisfaction: z.number().int().min(1).max(10).nullable().optional(),
  domains: z.array(z.enum(DOMAIN_KEYS)).max(DOMAIN_KEYS.length).optional(),
  situation: text().optional(),
  perspective: text().optional(),
  breakthrough: text().optional(),
  selfActions: z.array(action).max(100).optional(),
  support: z.array(action).max(100).optional(),
  treatment: z.array(action).max(100).optional(),
  horizonMonths: z.number().int().min(1).max(120).optional(),
  scenarios: z
    .strictObject({
      current: z.strictObject({ lines }).optional(),
      threatened: z.strictObject({ probability: z.number().min(0).max(1).optional(), lines }).optional(),
      plan: z.strictObject({ name: shortText().optional(), lines }).optional(),
      alternatives: z.array(z.strictObject({ name: shortText().default(''), lines })).max(10).optional(),
    })
    .optional(),
  legalBases: z
    .array(
      z.strictObject({
        regulation: shortText(),
        article: z.string().max(50).default(''),
        bwbId: z.string().max(50).optional(),
        motivation: text(5000).default(''),
      }),
    )
    .max(50)
    .optional(),
  involvement: z
    .strictObject({
      householdAgrees: z.boolean().optional(),
      householdView: text().optional(),
      network: text().optional(),
      professionals: z
        .array(z.strictObject({ organisation: shortText(), role: shortText().default(''), agrees: z.boolean().optional() }))
        .max(100)
        .optional(),
    })
    .optional(),
  bottlenecks: z
    .array(
      z.strictObject({
        description: text(5000),
        rule: text(1000).default(''),
        level: z.enum(BOTTLENECK_LEVEL_KEYS).default('local'),
        theme: z.enum(DOMAIN_KEYS).default('other'),
      }),
    )
    .max(50)
    .optional(),
});

export type PlanDocument = z.output<typeof planDocumentSchema>;
export type PlanDocumentInput = z.input<typeof planDocumentSchema>;

/** Fields that hold identifiers rather than free text: digits there are expected. */
export const STRUCTURED_FIELDS: ReadonlySet<string> = new Set([
  'caseNumber',
  'clientNumber',
  'scenarios.current.lines.priceItemCode',
  'scenarios.threatened.lines.priceItemCode',
  'scenarios.plan.lines.priceItemCode',
  'scenarios.alternatives.lines.priceItemCode',
  'legalBases.article',
  'legalBases.bwbId',
]);
