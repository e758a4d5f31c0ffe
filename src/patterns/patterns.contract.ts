import { z } from 'zod';
import { isoDate } from '../shared/iso-date.js';
import { conflictSchema } from '../http/problem.contract.js';
import { BOTTLENECK_LEVEL_KEYS, DOMAIN_KEYS } from '../plans/domain/vocabulary.js';
import { CHILDREN, HIDDEN_COUNT, MAATPACT_COMBINATIONS, type MaatpactKey } from './domain/cocktails.js';
import { PATTERN_PHASE_KEYS } from './domain/phases.js';

/**
 * Request and response schemas of systeemleren: patterns, the rollup suggestions, the signal and
 * the toxic cocktails. Without `plans.read` (beleid) a pattern holds only the number of its
 * illustrating plans and a suggestion only counts, rule texts and opaque keys: the optional
 * members below are left out, and the response schemas strip anything not listed.
 */

export const patternIdParams = z.strictObject({ id: z.string().max(100) });

const longText = (what: string) => z.string().max(20_000, 'Maximaal 20.000 tekens.').default('').describe(what);

/** The fields a beleid user writes. Every text may travel to a national programme: a BSN is refused (422). */
export const patternFields = {
  title: z.string().trim().min(1, 'Geef het patroon een titel.').max(200, 'Maximaal 200 tekens.').describe('Korte titel van het knellende patroon.'),
  description: z.string().max(5000, 'Maximaal 5.000 tekens.').default('').describe('Wat gaat er mis, in algemene termen (geen casusgegevens).'),
  level: z.enum(BOTTLENECK_LEVEL_KEYS).describe('Waar het op te lossen is: lokaal, regionaal of landelijk.'),
  theme: z.enum(DOMAIN_KEYS).describe('Het leefgebied waar de knelpunten over gaan.'),
  ownerId: z.string().max(100).nullable().default(null).describe('De patrooneigenaar: een collega van de eigen gemeente.'),
  steps: longText('Fase 1: de stappen die een huishouden moet zetten, objectief vastgesteld.'),
  diagnosis: longText('Fase 2: waar en waarom de regels knellen.'),
  solutions: longText('Fase 3: oplossingen en verbeterpunten.'),
  decisions: longText('Genomen besluiten, met wie en wanneer.'),
};

const illustrations = {
  planIds: z.array(z.string().max(100)).max(500).optional().describe('Plannen ter illustratie (alleen voor wie plannen mag lezen).'),
  illustrationKeys: z.array(z.string().max(100)).max(500).optional().describe('Sleutels uit de suggesties: koppelt casussen zonder casusnummers te tonen.'),
};

const phase = z.enum(PATTERN_PHASE_KEYS).describe('De fase van de werktafel: steps, diagnosis, solutions of done.');

export const patternCreateBody = z.strictObject({ ...patternFields, ...illustrations });
export type PatternCreateInput = z.input<typeof patternCreateBody>;

/** A whole pattern as saved: its fields, the phase (one step forward or back) and the version it is based on. */
export const patternUpdateBody = z.strictObject({
  ...patternFields,
  phase,
  version: z.number().int().min(1).describe('De versie waarop deze wijziging is gebaseerd.'),
});
export type PatternUpdateInput = z.input<typeof patternUpdateBody>;

export const patternLinkBody = z.strictObject({
  ...illustrations,
  mode: z.enum(['replace', 'add']).default('replace').describe('replace: dit worden de gekoppelde plannen; add: voeg ze toe aan de bestaande.'),
});
export type PatternLinkInput = z.input<typeof patternLinkBody>;

const linkedCase = z.object({ planId: z.string(), caseNumber: z.string() });

export const patternOut = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  level: z.enum(BOTTLENECK_LEVEL_KEYS),
  levelLabel: z.string(),
  theme: z.enum(DOMAIN_KEYS),
  themeLabel: z.string(),
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  phase: z.enum(PATTERN_PHASE_KEYS),
  phaseLabel: z.string(),
  steps: z.string(),
  diagnosis: z.string(),
  solutions: z.string(),
  decisions: z.string(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  linkedPlans: z.number().int().describe('Aantal plannen ter illustratie.'),
  linkedCases: z.array(linkedCase).optional().describe('Alleen voor wie plannen mag lezen.'),
});
export type Pattern = z.infer<typeof patternOut>;

export const patternListOut = z.object({ items: z.array(patternOut) });
export type PatternList = z.infer<typeof patternListOut>;

/** The 409 of a save: what the loser sent (`pattern`, without `version`) and the pattern as it now stands. */
export const patternConflictOut = conflictSchema({ pattern: patternUpdateBody.omit({ version: true }) }, patternOut);
export type PatternConflict = z.infer<typeof patternConflictOut>;

export const suggestionOut = z.object({
  key: z.string().describe('Thema en genormaliseerde regel: stabiel.'),
  theme: z.enum(DOMAIN_KEYS),
  themeLabel: z.string(),
  rule: z.string(),
  plans: z.number().int().describe('Aantal verschillende plannen dat dit knelpunt noemt.'),
  levels: z.object({ local: z.number().int(), regional: z.number().int(), national: z.number().int() }),
  illustrationKeys: z.array(z.string()).describe('Ondoorzichtige sleutels om de plannen te koppelen.'),
  descriptions: z.array(z.string()).optional().describe('Casustekst: alleen voor wie plannen mag lezen.'),
  cases: z.array(linkedCase).optional().describe('Alleen voor wie plannen mag lezen.'),
});
export type Suggestion = z.infer<typeof suggestionOut>;

export const suggestionsOut = z.object({ plans: z.number().int().describe('Plannen met minstens één knelpunt.'), items: z.array(suggestionOut) });
export type Suggestions = z.infer<typeof suggestionsOut>;

// Toxic cocktails.


export const cocktailsQuery = z.strictObject({
  from: isoDate.optional().describe('Plannen aangemaakt vanaf deze datum (JJJJ-MM-DD).'),
  to: isoDate.optional().describe('Plannen aangemaakt tot en met deze datum (JJJJ-MM-DD).'),
  status: z.string().max(200).optional().describe('Statussen, komma-gescheiden; standaard approved,in_progress,monitoring,closed.'),
});
export type CocktailsQuery = z.infer<typeof cocktailsQuery>;

const maskedCount = z.union([z.number().int(), z.literal(HIDDEN_COUNT)]).describe('Aantal plannen; "< 3" voor 1 of 2 als u geen plannen mag lezen.');
const share = z.number().int().nullable().describe('Aandeel van de plannen in promille; leeg als het aantal verborgen is.');

export const combinationOut = z.object({ domains: z.array(z.enum(DOMAIN_KEYS)), count: maskedCount, share });
export type Combination = z.infer<typeof combinationOut>;

const MAATPACT_KEYS = MAATPACT_COMBINATIONS.map((combination) => combination.key) as [MaatpactKey, ...MaatpactKey[]];

export const maatpactOut = z.object({
  key: z.enum(MAATPACT_KEYS),
  label: z.string(),
  domains: z.array(z.enum([...DOMAIN_KEYS, CHILDREN])).describe('Leefgebieden, en `children`: kinderen in het huishouden.'),
  count: maskedCount,
  share,
});

export const cocktailsOut = z.object({
  plans: z.number().int(),
  pairs: z.array(combinationOut),
  triples: z.array(combinationOut),
  maatpact: z.array(maatpactOut),
});
export type Cocktails = z.infer<typeof cocktailsOut>;
