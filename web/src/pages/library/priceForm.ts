import { z } from 'zod';
import { priceItemCreate, priceItemFields, type PriceItem, type PriceItemUpdate } from '../../../../src/library/price-list.contract';
import { formatEuro, parseEuro } from '../../../../src/shared/money';

/** API field path → the form's input, for messages next to the field and links in the summary. */
export const PRICE_FIELDS = {
  code: { id: 'tarief-code', label: 'Code' },
  name: { id: 'tarief-naam', label: 'Naam' },
  unit: { id: 'tarief-eenheid', label: 'Eenheid' },
  unitPriceCents: { id: 'tarief-prijs', label: 'Prijs per eenheid' },
  frequency: { id: 'tarief-frequentie', label: 'Standaardfrequentie' },
  fundingStream: { id: 'tarief-geldstroom', label: 'Geldstroom' },
  domain: { id: 'tarief-leefgebied', label: 'Leefgebied' },
  year: { id: 'tarief-jaar', label: 'Jaar van het bedrag' },
  confidence: { id: 'tarief-betrouwbaarheid', label: 'Betrouwbaarheid' },
  source: { id: 'tarief-bron', label: 'Bron' },
  note: { id: 'tarief-toelichting', label: 'Toelichting' },
} as const;

export const PRICE_FIELD_NAMES = Object.keys(PRICE_FIELDS) as (keyof typeof PRICE_FIELDS)[];

const AMOUNT_RULE = 'Schrijf een bedrag in euro, bijvoorbeeld 64,50 of 1.369,00.';

/** An amount as a person types it ("64,5", "€ 1.369,00") → whole cents, then the server's rules. */
const euroText = z
  .string()
  .trim()
  .min(1, { message: 'Vul een prijs in.', abort: true })
  .transform((text, context) => {
    const cents = parseEuro(text);
    if (cents === null || cents < 0) {
      context.addIssue({ code: 'custom', message: AMOUNT_RULE });
      return z.NEVER;
    }
    return cents;
  })
  .pipe(priceItemFields.unitPriceCents);

/** A year as typed → a number, then the server's range (its message names the range). */
const yearText = z
  .string()
  .trim()
  .transform((text) => (/^\d{4}$/.test(text) ? Number(text) : Number.NaN))
  .pipe(priceItemFields.year);

/** A select's "Kies …" option is the empty string: the contract's message says what to choose. */
const chosen = <Schema extends z.ZodType<unknown, string>>(schema: Schema) => z.string().pipe(schema);

/**
 * The form to add or edit a tariff: the contract's request schema, with text inputs for the
 * amount, the year and the selects. Every mistake is listed at once, in the server's Dutch.
 */
export const priceFormSchema = z.object({
  code: priceItemCreate.shape.code,
  name: priceItemFields.name,
  unit: priceItemFields.unit,
  unitPriceCents: euroText,
  frequency: chosen(priceItemFields.frequency),
  fundingStream: chosen(priceItemFields.fundingStream),
  domain: chosen(priceItemFields.domain),
  year: yearText,
  confidence: priceItemFields.confidence,
  source: priceItemFields.source,
  note: priceItemFields.note,
});

/** The form as typed: amounts and years are text until they are checked. */
export type PriceFormValues = z.input<typeof priceFormSchema>;
/** What a valid form sends: a create request of the contract. */
export type PriceFormOutput = z.output<typeof priceFormSchema>;

export function emptyPriceForm(year: number): PriceFormValues {
  return { code: '', name: '', unit: '', unitPriceCents: '', frequency: '', fundingStream: '', domain: '', year: String(year), confidence: 'high', source: '', note: '' };
}

/** `€ 1.369,00` → `1.369,00`: the amount as a person would type it. */
const amountText = (cents: number) => formatEuro(cents).replace(/^€\s*/, '');

export function priceFormValues(item: PriceItem): PriceFormValues {
  return {
    code: item.code,
    name: item.name,
    unit: item.unit,
    unitPriceCents: amountText(item.unitPriceCents),
    frequency: item.frequency,
    fundingStream: item.fundingStream,
    domain: item.domain,
    year: String(item.year),
    confidence: item.confidence,
    source: item.source,
    note: item.note,
  };
}

/** Only the fields that changed: the audit log then says what really changed. */
export function priceChanges(before: PriceItem, after: PriceFormOutput): PriceItemUpdate {
  const changes: PriceItemUpdate = {};
  const { code: _code, ...fields } = after;
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    if (fields[key] !== before[key]) Object.assign(changes, { [key]: fields[key] });
  }
  return changes;
}
