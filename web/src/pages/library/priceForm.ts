import { CODE_PATTERN, CODE_RULE, MAX_YEAR, MIN_YEAR, type Confidence } from '../../../../src/library/domain/price-items';
import type { Domain, Frequency, FundingStream } from '../../../../src/plans/domain/vocabulary';
import { formatEuro, parseEuro } from '../../../../src/shared/money';
import type { FieldError } from '../../http/client';
import type { PriceItem, PriceItemChanges, PriceItemInput } from './libraryApi';

/** The form as typed: amounts and years are text until they are checked. */
export interface PriceFormValues {
  code: string;
  name: string;
  unit: string;
  price: string;
  frequency: Frequency | '';
  fundingStream: FundingStream | '';
  domain: Domain | '';
  year: string;
  confidence: Confidence;
  source: string;
  note: string;
}

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

export function emptyPriceForm(year: number): PriceFormValues {
  return { code: '', name: '', unit: '', price: '', frequency: '', fundingStream: '', domain: '', year: String(year), confidence: 'high', source: '', note: '' };
}

/** `€ 1.369,00` → `1.369,00`: the amount as a person would type it. */
const amountText = (cents: number) => formatEuro(cents).replace(/^€\s*/, '');

export function priceFormValues(item: PriceItem): PriceFormValues {
  return {
    code: item.code,
    name: item.name,
    unit: item.unit,
    price: amountText(item.unitPriceCents),
    frequency: item.frequency,
    fundingStream: item.fundingStream,
    domain: item.domain,
    year: String(item.year),
    confidence: item.confidence,
    source: item.source,
    note: item.note,
  };
}

/**
 * Checks the form before it is sent, so every mistake is listed at once in plain Dutch (the API
 * checks again and its messages are shown the same way). Paths are the API's field names.
 */
export function checkPriceForm(values: PriceFormValues): { input: PriceItemInput; errors: [] } | { input: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (path: keyof typeof PRICE_FIELDS, message: string) => errors.push({ path, message });
  const text = (value: string) => value.trim();

  if (!text(values.code)) fail('code', 'Vul een code in.');
  else if (!CODE_PATTERN.test(text(values.code))) fail('code', CODE_RULE);
  if (!text(values.name)) fail('name', 'Vul een naam in.');
  if (!text(values.unit)) fail('unit', 'Vul een eenheid in, bijvoorbeeld uur, dag of maand.');

  const cents = parseEuro(values.price);
  if (!text(values.price)) fail('unitPriceCents', 'Vul een prijs in.');
  else if (cents === null || cents < 0) fail('unitPriceCents', 'Schrijf een bedrag in euro, bijvoorbeeld 64,50 of 1.369,00.');

  if (!values.frequency) fail('frequency', 'Kies een standaardfrequentie.');
  if (!values.fundingStream) fail('fundingStream', 'Kies een geldstroom.');
  if (!values.domain) fail('domain', 'Kies een leefgebied.');

  const year = /^\d{4}$/.test(text(values.year)) ? Number(text(values.year)) : NaN;
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) fail('year', `Vul een jaartal in tussen ${MIN_YEAR} en ${MAX_YEAR}, bijvoorbeeld ${new Date().getFullYear()}.`);
  if (!text(values.source)) fail('source', 'Vul in waar het bedrag vandaan komt, bijvoorbeeld het contract of de tarieventabel.');

  if (errors.length > 0) return { input: null, errors };
  return {
    input: {
      code: text(values.code),
      name: text(values.name),
      unit: text(values.unit),
      unitPriceCents: cents!,
      frequency: values.frequency as Frequency,
      fundingStream: values.fundingStream as FundingStream,
      domain: values.domain as Domain,
      year,
      confidence: values.confidence,
      source: text(values.source),
      note: text(values.note),
    },
    errors: [],
  };
}

/** Only the fields that changed: the audit log then says what really changed. */
export function priceChanges(before: PriceItem, after: PriceItemInput): PriceItemChanges {
  const changes: PriceItemChanges = {};
  const { code: _code, ...fields } = after;
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    if (fields[key] !== before[key]) Object.assign(changes, { [key]: fields[key] });
  }
  return changes;
}
