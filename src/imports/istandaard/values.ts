import { passesElevenTest } from '../../privacy/domain/guard.js';

/**
 * The XSD simple types of iWmo/iJw 3.2 that Doorbraak reads, as checks that return a Dutch
 * problem (or undefined when the value is fine). A check of personal data (BSN, birth date,
 * address) never quotes the value; a code or a product date may be quoted.
 */

const MAX_QUOTED = 40;

/** A value as quoted in a message: short, so a stray long text never fills the error list. */
export function quote(raw: string): string {
  return `'${raw.length > MAX_QUOTED ? `${raw.slice(0, MAX_QUOTED)}…` : raw}'`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digitsAt(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** `LDT_Datum`: an `xs:date` without time zone, as `YYYY-MM-DD`, that exists. */
export function dateProblem(raw: string, label: string, personal = false): string | undefined {
  const wellFormed = raw.length === 10 && raw.charCodeAt(4) === 45 && raw.charCodeAt(7) === 45;
  const year = wellFormed ? digitsAt(raw, 0, 4) : -1;
  const month = wellFormed ? digitsAt(raw, 5, 7) : -1;
  const day = wellFormed ? digitsAt(raw, 8, 10) : -1;
  if (year < 0 || month < 0 || day < 0) {
    return personal ? `${label} is geen geldige datum: gebruik JJJJ-MM-DD.` : `${label} ${quote(raw)} is geen geldige datum: gebruik JJJJ-MM-DD.`;
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month >= 1 && month <= 12 ? DAYS_IN_MONTH[month - 1]! + (month === 2 && leap ? 1 : 0) : 0;
  if (year === 0 || day < 1 || day > monthDays) {
    return personal ? `${label} is een datum die niet bestaat.` : `${label} ${quote(raw)} is een datum die niet bestaat.`;
  }
  return undefined;
}

/** `LDT_Tijd`: an `xs:time` without time zone. */
export function timeProblem(raw: string, label: string): string | undefined {
  const ok = /^([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?$/.test(raw);
  return ok ? undefined : `${label} ${quote(raw)} is geen geldige tijd: gebruik UU:MM:SS.`;
}

/** An `xs:integer` from 0 to `max` (every integer type of the messages is non-negative), or NaN. */
export function parseNonNegativeInteger(raw: string, max: number): number {
  const start = raw.charCodeAt(0) === 43 ? 1 : 0; // a leading '+' is valid xs:integer
  if (raw.length === start || raw.length - start > 15) return Number.NaN;
  const n = digitsAt(raw, start, raw.length);
  return n < 0 || n > max ? Number.NaN : n;
}

export function integerProblem(raw: string, label: string, max: number, personal = false): string | undefined {
  if (!Number.isNaN(parseNonNegativeInteger(raw, max))) return undefined;
  const range = `een geheel getal van 0 tot en met ${max}`;
  return personal ? `${label} moet ${range} zijn.` : `${label} moet ${range} zijn, niet ${quote(raw)}.`;
}

/** `LDT_BurgerServicenummer`: 9 digits that pass the 11-proef. Never quoted. */
export function bsnProblem(raw: string): string | undefined {
  if (!/^\d{9}$/.test(raw)) return 'Bsn moet uit 9 cijfers bestaan.';
  if (!passesElevenTest(raw)) return 'Bsn is geen geldig burgerservicenummer: het voldoet niet aan de 11-proef.';
  return undefined;
}

/** `LDT_AgbCode`: the provider's 8-digit AGB code. */
export function agbProblem(raw: string, label: string): string | undefined {
  return /^\d{8}$/.test(raw) ? undefined : `${label} ${quote(raw)} is geen AGB-code: verwacht 8 cijfers.`;
}

/** `LDT_Gemeente`: the 4-digit CBS municipality code. */
export function municipalityProblem(raw: string, label: string): string | undefined {
  return /^\d{4}$/.test(raw) ? undefined : `${label} ${quote(raw)} is geen gemeentecode: verwacht 4 cijfers.`;
}

/** A restricted `xs:string`: `min`..`max` characters, not only spaces. */
export function textProblem(raw: string, label: string, max: number, personal = false): string | undefined {
  if (raw.length === 0) return `${label} mag niet leeg zijn.`;
  if (raw.length > max) return personal ? `${label} is langer dan ${max} tekens.` : `${label} ${quote(raw)} is langer dan ${max} tekens.`;
  return undefined;
}

/** Dutch enumeration: "a, b of c"; runs of four or more consecutive codes as "a tot en met b". */
export function describeCodes(codes: readonly string[]): string {
  const parts: string[] = [];
  for (let i = 0; i < codes.length; ) {
    let j = i;
    while (j + 1 < codes.length && Number(codes[j + 1]) === Number(codes[j]) + 1 && codes[j + 1]!.length === codes[i]!.length) j++;
    if (j - i >= 3) {
      parts.push(`${codes[i]} tot en met ${codes[j]}`);
    } else {
      for (let k = i; k <= j; k++) parts.push(codes[k]!);
    }
    i = j + 1;
  }
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} of ${parts[parts.length - 1]}`;
}

/** A code list (`LDT_Eenheid`, `LDT_Frequentie`, …): "Onbekende eenheid '07': gebruik 01, 04, … of 84." */
export function codeChecker(noun: string, codes: readonly string[]): (raw: string) => string | undefined {
  const known = new Set(codes);
  const hint = describeCodes(codes);
  return (raw) => (known.has(raw) ? undefined : `Onbekende ${noun} ${quote(raw)}: gebruik ${hint}.`);
}
