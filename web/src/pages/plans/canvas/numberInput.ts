import { formatEuro, parseEuro } from '../../../../../src/shared/money';

/**
 * What a user types in a number field, read the Dutch way (comma for decimals, dots for
 * thousands), with a Dutch message when it cannot be read. Never NaN: a field that cannot be read
 * keeps the last good value in the plan and says why at the field.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const fail = (message: string): Parsed<never> => ({ ok: false, message });

/** Money as integer cents: `1.234,56`, `€ 1234`, `20000`. */
export function parseMoneyInput(text: string, { max = 100_000_000_000 } = {}): Parsed<number> {
  if (text.trim() === '') return fail('Vul een bedrag in, bijvoorbeeld 1.234,56.');
  const cents = parseEuro(text);
  if (cents === null) return fail('Dit is geen bedrag. Schrijf het als 1.234,56 (punt voor duizendtallen, komma voor centen).');
  if (cents < 0) return fail('Een bedrag kan niet negatief zijn.');
  if (cents > max) return fail(`Het bedrag mag niet hoger zijn dan ${formatEuro(max)}.`);
  return { ok: true, value: cents };
}

/** The text a money field shows for an amount: `1.234,56`, without the euro sign of the label. */
export function moneyText(cents: number): string {
  return formatEuro(cents).replace(/^€ /, '');
}

/** A decimal such as 4,5 or 0,25. A dot before exactly three digits groups thousands (1.000). */
export function parseDecimalInput(text: string, { min = 0, max = 1_000_000 } = {}): Parsed<number> {
  let s = text.replace(/\s|\u00a0/g, '');
  if (s === '') return fail('Vul een getal in.');
  if (/^-?\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replaceAll('.', '');
  s = s.replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(s) && !/^-?\.\d+$/.test(s)) return fail('Dit is geen getal. Gebruik een komma voor decimalen, bijvoorbeeld 4,5.');
  const value = Number(s);
  if (value < min) return fail(`Vul ${decimalText(min)} of meer in.`);
  if (value > max) return fail(`Vul ${decimalText(max)} of minder in.`);
  return { ok: true, value };
}

export function decimalText(value: number): string {
  return String(value).replace('.', ',');
}

/** A whole number (months, people). */
export function parseWholeInput(text: string, { min = 0, max = 600 } = {}): Parsed<number> {
  const s = text.trim();
  if (s === '') return fail('Vul een getal in.');
  if (!/^-?\d+$/.test(s)) return fail('Vul een heel getal in, zonder komma.');
  const value = Number(s);
  if (value < min) return fail(`Vul ${min} of meer in.`);
  if (value > max) return fail(`Vul ${max} of minder in.`);
  return { ok: true, value };
}

/** A whole number that may be left empty (`null`), e.g. "to the end of the horizon". */
export function parseOptionalWholeInput(text: string, limits: { min?: number; max?: number } = {}): Parsed<number | null> {
  return text.trim() === '' ? { ok: true, value: null } : parseWholeInput(text, limits);
}

/** A percentage 0–100 (decimals allowed) as a probability 0–1, kept to six decimals. */
export function parsePercentInput(text: string): Parsed<number> {
  const parsed = parseDecimalInput(text.replace('%', ''), { min: 0, max: 100 });
  if (!parsed.ok) return parsed.message.startsWith('Vul een getal') ? fail('Vul een percentage in van 0 tot en met 100.') : parsed;
  return { ok: true, value: Number((parsed.value / 100).toFixed(6)) };
}

export function percentText(probability: number): string {
  return decimalText(Number((probability * 100).toFixed(4)));
}
