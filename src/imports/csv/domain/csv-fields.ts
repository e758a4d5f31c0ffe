import { findBsns, passesElevenTest } from '../../../privacy/domain/guard.js';
import { FREQUENCIES, PILLARS, UNITS, type Frequency, type Pillar, type Unit } from '../../domain/records.js';
import type { AnyCsvColumn, ColumnIndex } from './csv-header.js';

const PILLAR_SET: ReadonlySet<string> = new Set(PILLARS);
const UNIT_SET: ReadonlySet<string> = new Set(UNITS);
const FREQUENCY_SET: ReadonlySet<string> = new Set(FREQUENCIES);

const listNl = (items: readonly string[]) => `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;
const PILLAR_LIST = listNl(PILLARS);
const UNIT_LIST = listNl(UNITS);
const FREQUENCY_LIST = listNl(FREQUENCIES);

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** Nine digits or more, the only text `findBsns` can flag (so most cells skip its regex). */
function mayHoldBsn(value: string): boolean {
  let digits = 0;
  for (let i = 0; i < value.length; i++) if (isDigit(value.charCodeAt(i)) && ++digits === 9) return true;
  return false;
}

/** A cell as a message may quote it: short, and never something that could be a BSN. */
export function shown(value: string): string {
  if (mayHoldBsn(value) && findBsns(value).length > 0) return '(waarde niet getoond: lijkt op een BSN)';
  return `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];
const digitsAt = (value: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (value.charCodeAt(i) - 0x30);
  return n;
};

/** `YYYY-MM-DD` that exists: 'format' or 'nonexistent' when not. */
export function isoDateProblem(value: string): 'format' | 'nonexistent' | null {
  if (value.length !== 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return 'format';
  for (const i of DATE_DIGITS) if (!isDigit(value.charCodeAt(i))) return 'format';
  const year = digitsAt(value, 0, 4);
  const month = digitsAt(value, 5, 7);
  const day = digitsAt(value, 8, 10);
  if (month < 1 || month > 12 || day < 1) return 'nonexistent';
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day > days ? 'nonexistent' : null;
}

/** A whole number written as digits only (no decimals, no thousands separators), or null. */
export function parseWholeNumber(value: string): number | null {
  const start = value.charCodeAt(0) === 0x2d ? 1 : 0;
  const length = value.length - start;
  if (length === 0 || length > 15) return null;
  for (let i = start; i < value.length; i++) if (!isDigit(value.charCodeAt(i))) return null;
  return Number(value);
}

/**
 * One CSV row, read column by column. Each reader returns the value (or undefined) and records a
 * Dutch message naming the column for whatever is wrong, so a row reports all its problems at once.
 */
export class CsvRow {
  private cells: readonly string[] = [];
  readonly errors: string[] = [];

  constructor(private readonly index: ColumnIndex) {}

  load(cells: readonly string[]): void {
    this.cells = cells;
    this.errors.length = 0;
  }

  fail(message: string): void {
    this.errors.push(message);
  }

  /** The trimmed cell; '' when empty. */
  cell(column: AnyCsvColumn): string {
    const i = this.index[column];
    const value = i === undefined ? undefined : this.cells[i];
    return value === undefined ? '' : value.trim();
  }

  optional(column: AnyCsvColumn): string | undefined {
    const value = this.cell(column);
    return value === '' ? undefined : value;
  }

  required(column: AnyCsvColumn): string {
    const value = this.cell(column);
    if (value === '') this.fail(`Kolom ${column} is leeg, maar verplicht.`);
    return value;
  }

  /** Free text we keep: it must have been saved as UTF-8. */
  text(column: AnyCsvColumn, required: boolean): string | undefined {
    const value = required ? this.required(column) : this.optional(column);
    if (value?.includes('\uFFFD')) this.fail(`Kolom ${column}: bevat tekens die niet te lezen zijn; sla het bestand op als UTF-8.`);
    return value;
  }

  date(column: AnyCsvColumn, required: boolean): string | undefined {
    const value = required ? this.required(column) : this.optional(column);
    if (!value) return undefined;
    const problem = isoDateProblem(value);
    if (problem === 'format') this.fail(`Kolom ${column}: ${shown(value)} is geen datum; gebruik JJJJ-MM-DD.`);
    else if (problem === 'nonexistent') this.fail(`Kolom ${column}: ${value} is geen bestaande datum.`);
    return problem ? undefined : value;
  }

  /** An end that may not lie before its start (both already read; skipped if either is bad). */
  notBefore(endColumn: AnyCsvColumn, end: string | undefined, startColumn: AnyCsvColumn, start: string | undefined): void {
    if (end !== undefined && start !== undefined && end < start) {
      this.fail(`Kolom ${endColumn}: ${end} ligt vóór ${startColumn} ${start}.`);
    }
  }

  /** Integer cents; negative only where a correction makes sense. */
  cents(column: AnyCsvColumn, options: { required: boolean; negative: boolean }): number | undefined {
    const value = options.required ? this.required(column) : this.optional(column);
    if (!value) return undefined;
    const cents = parseWholeNumber(value);
    if (cents === null) {
      this.fail(`Kolom ${column}: ${shown(value)} is geen bedrag in hele centen; schrijf alleen cijfers, zonder decimalen of scheidingstekens (€ 12,50 is 1250).`);
      return undefined;
    }
    if (cents < 0 && !options.negative) {
      this.fail(`Kolom ${column}: ${value} is negatief; een bedrag hier is 0 of meer.`);
      return undefined;
    }
    return cents;
  }

  /** A count such as a volume: a whole number, 0 or more. */
  count(column: AnyCsvColumn, required: boolean): number | undefined {
    const value = required ? this.required(column) : this.optional(column);
    if (!value) return undefined;
    const n = parseWholeNumber(value);
    if (n === null || n < 0) {
      this.fail(`Kolom ${column}: ${shown(value)} is geen geheel getal van 0 of meer.`);
      return undefined;
    }
    return n;
  }

  year(column: AnyCsvColumn): number | undefined {
    const value = this.required(column);
    if (!value) return undefined;
    const year = parseWholeNumber(value);
    if (year === null || year < 2000 || year > 2100) {
      this.fail(`Kolom ${column}: ${shown(value)} is geen jaar van 2000 tot en met 2100.`);
      return undefined;
    }
    return year;
  }

  pillar(column: AnyCsvColumn): Pillar | undefined {
    const value = this.required(column);
    if (!value) return undefined;
    const pillar = value.toLowerCase();
    if (PILLAR_SET.has(pillar)) return pillar as Pillar;
    this.fail(`Kolom ${column}: onbekende pijler ${shown(value)}: gebruik ${PILLAR_LIST}.`);
    return undefined;
  }

  /** iStandaard `LDT_Eenheid`; a lost leading zero (spreadsheets drop it) is put back. */
  unit(column: AnyCsvColumn, required: boolean): Unit | undefined {
    const value = required ? this.required(column) : this.optional(column);
    if (!value) return undefined;
    const unit = value.length === 1 ? `0${value}` : value;
    if (UNIT_SET.has(unit)) return unit as Unit;
    this.fail(`Kolom ${column}: onbekende eenheid ${shown(value)}: gebruik ${UNIT_LIST}.`);
    return undefined;
  }

  /** iStandaard `LDT_Frequentie`. */
  frequency(column: AnyCsvColumn, required: boolean): Frequency | undefined {
    const value = required ? this.required(column) : this.optional(column);
    if (!value) return undefined;
    const frequency = value.length === 2 && value.charCodeAt(0) === 0x30 ? value.slice(1) : value;
    if (FREQUENCY_SET.has(frequency)) return frequency as Frequency;
    this.fail(`Kolom ${column}: onbekende frequentie ${shown(value)}: gebruik ${FREQUENCY_LIST}.`);
    return undefined;
  }

  /**
   * Who the row is about: a BSN (9 digits passing the 11-proef; a wrong one is never quoted) or
   * the municipality's own client number, at least one. A client number that is a BSN is refused,
   * as in plans: it would be stored as it is.
   */
  client(): { bsn?: string; clientNumber?: string } | undefined {
    const bsn = this.optional('bsn');
    const clientNumber = this.optional('clientNumber');
    if (bsn === undefined && clientNumber === undefined) {
      this.fail('Kolommen bsn en clientNumber zijn allebei leeg; vul er minstens één in.');
      return undefined;
    }
    let ok = true;
    if (bsn !== undefined && !passesElevenTest(bsn)) {
      this.fail('Kolom bsn: geen geldig burgerservicenummer (9 cijfers die de 11-proef doorstaan).');
      ok = false;
    }
    if (clientNumber !== undefined && mayHoldBsn(clientNumber) && findBsns(clientNumber).length > 0) {
      this.fail('Kolom clientNumber: lijkt op een burgerservicenummer (BSN); gebruik het eigen cliëntnummer van de gemeente, of zet het BSN in kolom bsn.');
      ok = false;
    }
    if (!ok) return undefined;
    return clientNumber === undefined ? { bsn } : bsn === undefined ? { clientNumber } : { bsn, clientNumber };
  }
}
