import { passesElevenTest } from '../../../privacy/domain/guard.js';

/**
 * Synthetic BSNs (test data, never a person's): the k-th Demodam client gets a nine-digit number
 * passing the 11-proef, counting down from 999 999 999, so the first thousands fall in the test
 * range 9999xxxxx of the example messages and the rest as close above it as there are clients.
 *
 * Eight leading digits q fix the ninth (the 11-proef leaves one choice, or none when the remainder
 * is 10). Client k takes q = 99 999 999 − 2k, or q − 1 when q has no check digit: one slot of two
 * prefixes per client, so two clients never share a number.
 */
export function demodamBsn(k: number): string {
  const q = 99_999_999 - 2 * k;
  if (q < 10_000_000) throw new Error('Te veel cliënten voor de synthetische BSN-reeks.');
  const bsn = withCheckDigit(q) ?? withCheckDigit(q - 1);
  if (!bsn || !passesElevenTest(bsn)) throw new Error(`Geen geldig synthetisch BSN voor cliënt ${k}.`);
  return bsn;
}

function withCheckDigit(prefix: number): string | undefined {
  const digits = String(prefix).padStart(8, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  const check = sum % 11;
  return check <= 9 ? `${digits}${check}` : undefined;
}
