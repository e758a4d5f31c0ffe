import type { FieldError } from '../../shared/errors.js';
import {
  DOMAINS,
  FREQUENCIES,
  FUNDING_STREAMS,
  type Domain,
  type Frequency,
  type FundingStream,
} from '../../plans/domain/vocabulary.js';
import { CsvError, formatCsv, parseCsv, type Delimiter } from './csv.js';
import { fold } from './search.js';

/** How sure the figure is: `low` rows are estimates and shown as such. */
export const CONFIDENCE_KEYS = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCE_KEYS)[number];
export const CONFIDENCE_LABELS: Record<Confidence, string> = { high: 'hoog', medium: 'middel', low: 'laag (schatting)' };

/** One product of the maatschappelijke prijslijst. */
export interface PriceItemData {
  code: string;
  name: string;
  unit: string;
  unitPriceCents: number;
  frequency: Frequency;
  fundingStream: FundingStream;
  domain: Domain;
  year: number;
  confidence: Confidence;
  source: string;
  note: string;
}

/** The columns of the reference file and of an uploaded local tariff list, in order. */
export const PRICE_CSV_COLUMNS = [
  'code',
  'name',
  'unit',
  'unit_price_eur',
  'default_frequency',
  'funding_stream',
  'domain',
  'price_year',
  'confidence',
  'source',
  'note',
] as const;
type Column = (typeof PRICE_CSV_COLUMNS)[number];
const OPTIONAL_COLUMNS: ReadonlySet<Column> = new Set(['note']);

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,49}$/;
export const CODE_RULE = 'Gebruik 1 tot 50 letters, cijfers, punten, dubbele punten, streepjes of liggende streepjes, beginnend met een letter of cijfer.';
export const MAX_PRICE_CENTS = 99_999_999_999;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
export const MAX_IMPORT_ROWS = 5000;
/** More errors than this are summarised: nobody reads the 400th. */
export const MAX_REPORTED_ERRORS = 100;

/**
 * Euros as written in a CSV cell (`1369.00`, `1369,5`, `€ 60`) to integer cents, exactly: the
 * digits are read as text, never through a float. No thousands separators (`1.234,56` is
 * ambiguous next to `1.23`), no negative amounts. Returns null when the text is not such an amount.
 */
export function eurosToCents(text: string): number | null {
  const match = /^(?:€\s*)?(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/\u00a0/g, ' '));
  if (!match) return null;
  const whole = Number(match[1]);
  const fraction = Number((match[2] ?? '').padEnd(2, '0'));
  return whole * 100 + fraction;
}

/** Integer cents to the CSV notation of the reference file: `136900` → `1369.00`. */
export function centsToEuros(cents: number): string {
  if (!Number.isSafeInteger(cents) || cents < 0) throw new RangeError(`Geen niet-negatief geheel aantal centen: ${cents}`);
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** A key of a vocabulary list from its key or its Dutch label, ignoring case and accents. */
export function resolveKey<K extends string>(items: readonly { key: K; label: string }[], value: string): K | undefined {
  const wanted = fold(value);
  return items.find((item) => fold(item.key) === wanted || fold(item.label) === wanted)?.key;
}

const CONFIDENCE_ITEMS = CONFIDENCE_KEYS.map((key) => ({ key, label: CONFIDENCE_LABELS[key] }));
const CONFIDENCE_ALIASES: Record<string, Confidence> = { hoog: 'high', middel: 'medium', gemiddeld: 'medium', laag: 'low' };

const choices = (items: readonly { key: string }[]) => items.map((item) => item.key).join(', ');

export interface PriceCsvResult {
  items: (PriceItemData & { line: number })[];
  errors: FieldError[];
}

const at = (line: number, column?: string, message?: string): FieldError =>
  column
    ? { path: `regel ${line}.${column}`, message: `regel ${line}, kolom ${column}: ${message}` }
    : { path: `regel ${line}`, message: `regel ${line}: ${message}` };

/**
 * Reads and checks a tariff list in the columns of the reference file (`PRICE_CSV_COLUMNS`; `note`
 * may be left out, column order is free). Every problem is reported with its line and column, in
 * Dutch; when there is any error, callers must import nothing (all-or-nothing).
 */
export function validatePriceCsv(text: string): PriceCsvResult {
  let records;
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return { items: [], errors: [at(error.line, undefined, error.message)] };
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) return { items: [], errors: [{ path: 'csv', message: 'Het bestand is leeg: verwacht een kopregel met de kolommen ' + PRICE_CSV_COLUMNS.join(', ') + '.' }] };

  const errors: FieldError[] = [];
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const index = new Map<Column, number>();
  names.forEach((name, position) => {
    if (!(PRICE_CSV_COLUMNS as readonly string[]).includes(name)) {
      errors.push(at(header.line, undefined, `onbekende kolom "${name}". Gebruik de kolommen ${PRICE_CSV_COLUMNS.join(', ')}.`));
    } else if (index.has(name as Column)) {
      errors.push(at(header.line, undefined, `kolom "${name}" staat er twee keer in.`));
    } else {
      index.set(name as Column, position);
    }
  });
  const missing = PRICE_CSV_COLUMNS.filter((column) => !index.has(column) && !OPTIONAL_COLUMNS.has(column));
  if (missing.length > 0) errors.push(at(header.line, undefined, `de kolom${missing.length > 1 ? 'men' : ''} ${missing.join(', ')} ontbreekt.`));
  if (errors.length > 0) return { items: [], errors };
  if (rows.length === 0) return { items: [], errors: [{ path: 'csv', message: 'Het bestand bevat alleen een kopregel en geen tarieven.' }] };
  if (rows.length > MAX_IMPORT_ROWS) {
    return { items: [], errors: [{ path: 'csv', message: `Het bestand bevat ${rows.length} tarieven; het maximum per keer is ${MAX_IMPORT_ROWS}.` }] };
  }

  const items: PriceCsvResult['items'] = [];
  const firstLineOfCode = new Map<string, number>();
  for (const row of rows) {
    if (row.cells.length !== names.length) {
      errors.push(at(row.line, undefined, `verwacht ${names.length} kolommen, gevonden ${row.cells.length}. Staat er een komma in een tekst zonder aanhalingstekens?`));
      continue;
    }
    const cell = (column: Column) => {
      const position = index.get(column);
      return position === undefined ? '' : row.cells[position]!.trim();
    };
    const before = errors.length;
    const fail = (column: Column, message: string) => errors.push(at(row.line, column, message));
    const required = (column: Column, max: number) => {
      const value = cell(column);
      if (value === '') fail(column, 'vul dit veld in.');
      else if (value.length > max) fail(column, `mag hoogstens ${max} tekens bevatten.`);
      return value;
    };

    const code = cell('code');
    if (code === '') fail('code', 'vul een code in.');
    else if (!CODE_PATTERN.test(code)) fail('code', `"${code}" is geen geldige code. ${CODE_RULE}`);
    else if (firstLineOfCode.has(code)) fail('code', `code ${code} staat ook al op regel ${firstLineOfCode.get(code)}.`);
    else firstLineOfCode.set(code, row.line);

    const name = required('name', 200);
    const unit = required('unit', 50);

    const priceText = cell('unit_price_eur');
    const cents = eurosToCents(priceText);
    if (priceText === '') fail('unit_price_eur', 'vul een prijs in euro in.');
    else if (cents === null) {
      fail('unit_price_eur', `"${priceText}" is geen bedrag. Schrijf euro's met hoogstens twee decimalen en zonder duizendtalscheiding, bijv. 1369.00 of 1369,00.`);
    }

    const frequency = resolveKey(FREQUENCIES, cell('default_frequency'));
    if (!frequency) fail('default_frequency', `"${cell('default_frequency')}" is geen frequentie. Kies uit: ${choices(FREQUENCIES)}.`);
    const fundingStream = resolveKey(FUNDING_STREAMS, cell('funding_stream'));
    if (!fundingStream) fail('funding_stream', `"${cell('funding_stream')}" is geen geldstroom. Kies uit: ${choices(FUNDING_STREAMS)}.`);
    const domain = resolveKey(DOMAINS, cell('domain'));
    if (!domain) fail('domain', `"${cell('domain')}" is geen leefgebied. Kies uit: ${choices(DOMAINS)}.`);

    const yearText = cell('price_year');
    const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
    if (!(year >= MIN_YEAR && year <= MAX_YEAR)) fail('price_year', `"${yearText}" is geen jaartal tussen ${MIN_YEAR} en ${MAX_YEAR}.`);

    const confidenceText = cell('confidence');
    const confidence = resolveKey(CONFIDENCE_ITEMS, confidenceText) ?? CONFIDENCE_ALIASES[fold(confidenceText)];
    if (!confidence) fail('confidence', `"${confidenceText}" is geen betrouwbaarheid. Kies uit: ${CONFIDENCE_KEYS.join(', ')}.`);

    const source = required('source', 500);
    const note = cell('note');
    if (note.length > 2000) fail('note', 'mag hoogstens 2000 tekens bevatten.');

    if (errors.length === before) {
      items.push({
        line: row.line,
        code,
        name,
        unit,
        unitPriceCents: cents!,
        frequency: frequency!,
        fundingStream: fundingStream!,
        domain: domain!,
        year,
        confidence: confidence!,
        source,
        note,
      });
    }
  }

  if (errors.length > MAX_REPORTED_ERRORS) {
    const rest = errors.length - MAX_REPORTED_ERRORS;
    return { items: [], errors: [...errors.slice(0, MAX_REPORTED_ERRORS), { path: 'csv', message: `en nog ${rest} andere fout${rest === 1 ? '' : 'en'}.` }] };
  }
  return { items: errors.length > 0 ? [] : items, errors };
}

/** The price list as CSV in the reference columns, ready to edit in a spreadsheet and import again. */
export function priceItemsToCsv(
  items: readonly (Pick<PriceItemData, 'code' | 'name' | 'unit' | 'unitPriceCents' | 'year' | 'source' | 'note'> & {
    frequency: string;
    fundingStream: string;
    domain: string;
    confidence: string;
  })[],
  delimiter: Delimiter = ',',
): string {
  return formatCsv(
    [
      [...PRICE_CSV_COLUMNS],
      ...items.map((item) => [
        item.code,
        item.name,
        item.unit,
        centsToEuros(item.unitPriceCents),
        item.frequency,
        item.fundingStream,
        item.domain,
        String(item.year),
        item.confidence,
        item.source,
        item.note,
      ]),
    ],
    delimiter,
  );
}
