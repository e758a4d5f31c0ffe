import { z } from 'zod';
import { DOMAIN_KEYS, FREQUENCY_KEYS, FUNDING_STREAM_KEYS } from '../plans/domain/vocabulary.js';
import { CONFIDENCE_KEYS, MAX_PRICE_CENTS, MAX_YEAR, MIN_YEAR, PRICE_CSV_COLUMNS } from './domain/price-items.js';
import { code, filterOf, includeInactive, listOf, ORIGIN_KEYS, originSchema, optionalText, paging, readOnlyFields, requiredText, unchangedCode } from './library.contract.js';

/**
 * Requests and answers of the maatschappelijke prijslijst (CONTRACT.md "Price list and legal
 * library"). The Dutch messages are the ones the web form shows next to its fields.
 */

const yearRule = () => `Vul een jaartal in tussen ${MIN_YEAR} en ${MAX_YEAR}, bijvoorbeeld ${new Date().getFullYear()}.`;

/** The fields a beheerder types, with the server's rules; the web form validates with these too. */
export const priceItemFields = {
  name: requiredText(200, 'Vul een naam in.'),
  unit: requiredText(50, 'Vul een eenheid in, bijvoorbeeld uur, dag of maand.').describe(
    'Eenheid waarin de prijs geldt: uur, dag, dagdeel, maand, jaar, eenmalig, …',
  ),
  unitPriceCents: z
    .number()
    .int('Een bedrag in hele centen.')
    .min(0, 'Een prijs kan niet negatief zijn.')
    .max(MAX_PRICE_CENTS, 'Dit bedrag is te groot.')
    .describe('Prijs per eenheid in hele centen.'),
  frequency: z.enum(FREQUENCY_KEYS, 'Kies een standaardfrequentie.').describe('Standaardfrequentie voor een kostenregel met dit product.'),
  fundingStream: z.enum(FUNDING_STREAM_KEYS, 'Kies een geldstroom.'),
  domain: z.enum(DOMAIN_KEYS, 'Kies een leefgebied.'),
  year: z
    .number({ error: yearRule })
    .int({ error: yearRule })
    .min(MIN_YEAR, { error: yearRule })
    .max(MAX_YEAR, { error: yearRule })
    .describe('Jaar waarop het bedrag betrekking heeft.'),
  confidence: z.enum(CONFIDENCE_KEYS).describe('Betrouwbaarheid: low is een schatting en wordt zo getoond.'),
  source: requiredText(500, 'Vul in waar het bedrag vandaan komt, bijvoorbeeld het contract of de tarieventabel.').describe(
    'Waar het bedrag vandaan komt, bijv. "Contract Demodam 2025".',
  ),
  note: optionalText(2000),
};

/** One item as the API shows it: the CONTRACT.md fields first, then ours. */
export const priceItemOut = z.object({
  code: z.string(),
  name: z.string(),
  unit: z.string(),
  unitPriceCents: z.number().int(),
  frequency: z.enum(FREQUENCY_KEYS),
  fundingStream: z.enum(FUNDING_STREAM_KEYS),
  domain: z.enum(DOMAIN_KEYS),
  year: z.number().int(),
  confidence: z.enum(CONFIDENCE_KEYS),
  source: z.string(),
  note: z.string(),
  origin: originSchema.describe('national: uit de landelijke referentielijst; local: eigen tarief van de gemeente.'),
  active: z.boolean(),
  updatedAt: z.string(),
});

export const priceListQuery = z.strictObject({
  q: z.string().max(200).optional(),
  fundingStream: filterOf(FUNDING_STREAM_KEYS),
  domain: filterOf(DOMAIN_KEYS),
  origin: filterOf(ORIGIN_KEYS),
  includeInactive,
  ...paging,
});

export const priceListOut = listOf(priceItemOut);

export const priceCsvQuery = z.strictObject({
  delimiter: z.enum(['comma', 'semicolon']).default('comma').describe('semicolon voor Nederlandstalige spreadsheets.'),
  includeInactive,
});

export const PRICE_CSV_DESCRIPTION = `De prijslijst als CSV in de kolommen van de referentielijst (${PRICE_CSV_COLUMNS.join(', ')}).`;

export const priceItemCreate = z.strictObject({
  code,
  ...priceItemFields,
  year: priceItemFields.year.optional().describe('Standaard het huidige jaar.'),
  confidence: priceItemFields.confidence.default('high'),
  note: priceItemFields.note.default(''),
});

export const priceItemUpdate = z.strictObject({
  code: unchangedCode,
  name: priceItemFields.name.optional(),
  unit: priceItemFields.unit.optional(),
  unitPriceCents: priceItemFields.unitPriceCents.optional(),
  frequency: priceItemFields.frequency.optional(),
  fundingStream: priceItemFields.fundingStream.optional(),
  domain: priceItemFields.domain.optional(),
  year: priceItemFields.year.optional(),
  confidence: priceItemFields.confidence.optional(),
  source: priceItemFields.source.optional(),
  note: priceItemFields.note.optional(),
  active: z.boolean().optional().describe('false deactiveert, true zet een gedeactiveerd item terug.'),
  ...readOnlyFields,
});

export const priceImportBody = z.strictObject({
  csv: z
    .string()
    .min(1, 'Het bestand is leeg.')
    .max(1024 * 1024, 'Het bestand is groter dan 1 MB. Lees de tarieven in delen in.')
    .describe('De inhoud van het CSV-bestand (komma of puntkomma als scheidingsteken, UTF-8).'),
  dryRun: z.boolean().default(false),
});

export const importSummaryOut = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  total: z.number().int(),
  addedCodes: z.array(z.string()),
  updatedCodes: z.array(z.string()),
  dryRun: z.boolean(),
});

export type PriceItem = z.infer<typeof priceItemOut>;
export type PriceList = z.infer<typeof priceListOut>;
/** What a client asks for (the parameters as the server reads them; all optional). */
export type PriceListQuery = Partial<z.output<typeof priceListQuery>>;
export type PriceItemCreate = z.input<typeof priceItemCreate>;
export type PriceItemUpdate = z.input<typeof priceItemUpdate>;
export type PriceImport = z.input<typeof priceImportBody>;
export type ImportSummary = z.infer<typeof importSummaryOut>;
