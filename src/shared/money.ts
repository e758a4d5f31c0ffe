/** Money is integer cents everywhere; these are the only conversions to and from text. */

export type Cents = number;

/** `€ 1.234,56`, `€ -43.000,00`: Dutch notation, as the nl-NL locale writes it. */
export function formatEuro(cents: Cents): string {
  if (!Number.isSafeInteger(cents)) throw new RangeError(`Geen geheel aantal centen: ${cents}`);
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `€ ${sign}${euros},${String(abs % 100).padStart(2, '0')}`;
}

/** Reads `1.234,56`, `1234,5`, `€ 1234`, `1234.56` (a lone dot with 1-2 decimals is a decimal point). */
export function parseEuro(text: string): Cents | null {
  let s = text.replace(/€|\s|\u00a0/g, '');
  if (s === '') return null;
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1);
  if (/^\d+\.\d{1,2}$/.test(s)) s = s.replace('.', ',');
  if (!/^(\d{1,3}(\.\d{3})+|\d+)(,\d{0,2})?$/.test(s)) return null;
  const [whole, fraction = ''] = s.replaceAll('.', '').split(',');
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  return negative ? -cents : cents;
}
