import { invalid } from '../../shared/errors.js';

/**
 * The privacy guard: case documents hold pseudonymous client numbers only. A BSN (nine digits
 * passing the 11-proef) anywhere is refused; other direct identifiers in free text (email
 * addresses, phone numbers, dates of birth) are flagged for the user to confirm.
 */

export interface PrivacyFinding {
  path: string;
  message: string;
}

export interface PrivacyWarning extends PrivacyFinding {
  kind: 'email' | 'phone' | 'date';
}

/** The 11-proef: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11 (and not all zeros). */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

// Nine digits, possibly grouped by single spaces, dots or dashes (1234.56.782, 123 456 782).
const NINE_DIGITS = /(?<![\d.-])\d(?:[ .-]?\d){8}(?![\d]|[.-]\d)/g;

export function findBsns(text: string): string[] {
  return [...text.matchAll(NINE_DIGITS)].map((m) => m[0].replace(/[ .-]/g, '')).filter(passesElevenTest);
}

const EMAIL = /[\w.+-]+@[\w-]+(\.[\w-]+)+/;
const PHONE = /(?<!\d)(?:(?:\+|00)31[ -]?(?:\(0\))?[ -]?|0)(?:6[ -]?(?:\d[ -]?){7}\d|[1-9](?:\d[ -]?){7}\d)(?!\d)/;
const MONTHS = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec';
const DATE = new RegExp(
  String.raw`(?<!\d)(?:(?:0?[1-9]|[12]\d|3[01])[-/.](?:0?[1-9]|1[0-2])[-/.](?:19|20)\d{2}|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:0?[1-9]|[12]\d|3[01]) (?:${MONTHS})\.? (?:19|20)\d{2})(?!\d)`,
  'i',
);

export function textWarnings(text: string): PrivacyWarning['kind'][] {
  const kinds: PrivacyWarning['kind'][] = [];
  if (EMAIL.test(text)) kinds.push('email');
  if (PHONE.test(text)) kinds.push('phone');
  if (DATE.test(text)) kinds.push('date');
  return kinds;
}

const WARNING_TEXT: Record<PrivacyWarning['kind'], string> = {
  email: 'Bevat een e-mailadres. Is dat nodig? Het canvas gebruikt geen namen of contactgegevens.',
  phone: 'Bevat een telefoonnummer. Is dat nodig? Het canvas gebruikt geen namen of contactgegevens.',
  date: 'Bevat een datum die een geboortedatum kan zijn. Noem liever een leeftijd.',
};

export const BSN_MESSAGE = 'Bevat een burgerservicenummer (BSN). Gebruik alleen het cliëntnummer, nooit een BSN.';

export interface PrivacyScan {
  errors: PrivacyFinding[];
  warnings: PrivacyWarning[];
}

/**
 * Walks every string in a document. BSNs are errors everywhere; warnings only in free text, not
 * in fields listed in `structured` (case and client numbers, codes), where digits are expected.
 */
export function scanForPersonalData(document: unknown, options: { structured?: ReadonlySet<string> } = {}): PrivacyScan {
  const scan: PrivacyScan = { errors: [], warnings: [] };
  const visit = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      const at = path.join('.');
      if (findBsns(value).length > 0) scan.errors.push({ path: at, message: BSN_MESSAGE });
      const field = path.filter((part) => !/^\d+$/.test(part)).join('.');
      if (!options.structured?.has(field)) {
        for (const kind of textWarnings(value)) scan.warnings.push({ path: at, kind, message: WARNING_TEXT[kind] });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, String(index)]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(document, []);
  return scan;
}

/**
 * The one privacy check of typed input, for every route and the CLI: a 422 naming each path that
 * holds a BSN. `value` is an object of fields (paths are its keys) or a whole document.
 */
export function rejectBsn(value: unknown, options: { structured?: ReadonlySet<string>; detail?: string } = {}): void {
  const { errors } = scanForPersonalData(value, options.structured ? { structured: options.structured } : {});
  if (errors.length > 0) throw invalid(errors, options.detail ?? 'De invoer bevat een burgerservicenummer. Gebruik alleen het cliëntnummer.');
}
