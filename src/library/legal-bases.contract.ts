import { z } from 'zod';
import { DOMAIN_KEYS } from '../plans/domain/vocabulary.js';
import { BWB_ID_PATTERN } from './domain/legal-bases.js';
import { CONFIDENCE_KEYS } from './domain/price-items.js';
import { code, filterOf, includeInactive, listOf, ORIGIN_KEYS, originSchema, optionalText, paging, readOnlyFields, requiredText, unchangedCode } from './library.contract.js';

/**
 * Requests and answers of the legal library (legitimiteit; CONTRACT.md "Price list and legal
 * library") and of the legal suggestions for a plan.
 */

export const URL_RULE = 'Gebruik een volledig webadres dat begint met https://.';

/** The fields a beheerder types, with the server's rules; the web form validates with these too. */
export const legalBasisFields = {
  regulation: requiredText(300, 'Vul de naam van de wet, verordening of beleidsregel in.').describe('Wet, verordening of beleidsregel, voluit.'),
  shortName: optionalText(100).describe('Korte naam, bijv. "Wmo 2015"; leeg = de volledige naam.'),
  article: optionalText(50).describe('Artikel, bijv. 35, 2.3.5 of 4:84; leeg voor de regeling als geheel.'),
  bwbId: z
    .string()
    .trim()
    .regex(BWB_ID_PATTERN, 'Een BWB-id ziet eruit als BWBR0015703 (te vinden op wetten.overheid.nl).')
    .or(z.literal(''))
    .nullable()
    .describe('Identificatie in het Basiswettenbestand; leeg voor lokale regels.'),
  url: z
    .url({ protocol: /^https?$/, error: URL_RULE })
    .max(1000, 'Gebruik hoogstens 1000 tekens.')
    .or(z.literal(''))
    .nullable()
    .describe('Link naar de tekst, bijv. op wetten.overheid.nl of lokaleregelgeving.overheid.nl.'),
  description: requiredText(2000, 'Beschrijf kort wat deze grondslag mogelijk maakt.'),
  domains: z.array(z.enum(DOMAIN_KEYS)).max(DOMAIN_KEYS.length).describe('Leefgebieden; leeg = geldt voor alle.'),
  confidence: z.enum(CONFIDENCE_KEYS),
  note: optionalText(2000),
};

/** One basis as the API shows it: the CONTRACT.md fields first, then ours. */
export const legalBasisOut = z.object({
  code: z.string(),
  regulation: z.string(),
  article: z.string(),
  bwbId: z.string().nullable(),
  url: z.string().nullable(),
  description: z.string(),
  domains: z.array(z.enum(DOMAIN_KEYS)),
  shortName: z.string(),
  confidence: z.enum(CONFIDENCE_KEYS),
  note: z.string(),
  origin: originSchema.describe('national: landelijke wet; local: eigen verordening of beleidsregel van de gemeente.'),
  active: z.boolean(),
  updatedAt: z.string(),
});

export const legalBasesQuery = z.strictObject({
  q: z.string().max(200).optional(),
  domain: filterOf(DOMAIN_KEYS),
  origin: filterOf(ORIGIN_KEYS),
  includeInactive,
  ...paging,
});

export const legalBasesOut = listOf(legalBasisOut);

export const legalBasisCreate = z.strictObject({
  code,
  ...legalBasisFields,
  shortName: legalBasisFields.shortName.default(''),
  article: legalBasisFields.article.default(''),
  bwbId: legalBasisFields.bwbId.optional(),
  url: legalBasisFields.url.optional(),
  domains: legalBasisFields.domains.default([]),
  confidence: legalBasisFields.confidence.default('high'),
  note: legalBasisFields.note.default(''),
});

export const legalBasisUpdate = z.strictObject({
  code: unchangedCode,
  regulation: legalBasisFields.regulation.optional(),
  shortName: legalBasisFields.shortName.optional(),
  article: legalBasisFields.article.optional(),
  bwbId: legalBasisFields.bwbId.optional(),
  url: legalBasisFields.url.optional(),
  description: legalBasisFields.description.optional(),
  domains: legalBasisFields.domains.optional(),
  confidence: legalBasisFields.confidence.optional(),
  note: legalBasisFields.note.optional(),
  active: z.boolean().optional().describe('false deactiveert, true zet een gedeactiveerde grondslag terug.'),
  ...readOnlyFields,
});

export const planParams = z.object({ id: z.string().max(100) });

export const legalSuggestionsQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(20) });

export const legalSuggestionOut = legalBasisOut.extend({
  score: z.number().describe('Hoe beter de grondslag past, hoe hoger.'),
  reasons: z.array(z.string()).describe('Waarom hij wordt voorgesteld, in gewone taal.'),
});

export const legalSuggestionsOut = listOf(legalSuggestionOut);

export type LegalBasis = z.infer<typeof legalBasisOut>;
export type LegalBases = z.infer<typeof legalBasesOut>;
/** What a client asks for (the parameters as the server reads them; all optional). */
export type LegalBasesQuery = Partial<z.output<typeof legalBasesQuery>>;
export type LegalBasisCreate = z.input<typeof legalBasisCreate>;
export type LegalBasisUpdate = z.input<typeof legalBasisUpdate>;
export type LegalSuggestion = z.infer<typeof legalSuggestionOut>;
export type LegalSuggestions = z.infer<typeof legalSuggestionsOut>;
