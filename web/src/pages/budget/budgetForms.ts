import type { FieldError } from '../../http/client';
import { formatEuro, parseEuro } from '../../../../src/shared/money';
import type { BudgetSource } from './budgetApi';

/** A source line as typed in the form: the amount stays text until it is saved. */
export interface SourceRow {
  key: number;
  code: string;
  name: string;
  amount: string;
}

export function toRows(sources: readonly BudgetSource[], nextKey: () => number): SourceRow[] {
  return sources.map((s) => ({ key: nextKey(), code: s.code, name: s.name, amount: formatEuro(s.amountCents).replace('€ ', '') }));
}

/** The rows as the API takes them, or the field errors (same paths as the API's 422). */
export function readSources(rows: readonly SourceRow[]): { sources: BudgetSource[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const sources = rows.map((row, index) => {
    const amountCents = parseEuro(row.amount);
    if (amountCents === null || amountCents < 0) errors.push({ path: `sources.${index}.amountCents`, message: 'Vul een bedrag in euro in, bijvoorbeeld 50.000,00.' });
    if (row.code.trim() === '') errors.push({ path: `sources.${index}.code`, message: 'Vul de code van de begrotingspost in.' });
    if (row.name.trim() === '') errors.push({ path: `sources.${index}.name`, message: 'Vul de naam van de begrotingspost in.' });
    return { code: row.code.trim(), name: row.name.trim(), amountCents: amountCents ?? 0 };
  });
  return { sources, errors };
}

export interface PaymentValues {
  date: string;
  amount: string;
  description: string;
  vat: boolean;
  invoiceReference: string;
  exceedCommitment: boolean;
  reason: string;
}

/** Does the typed amount go beyond what is still committed? Then the form asks for a reason. */
export function exceedsCommitment(amount: string, openCommitmentCents: number): boolean {
  const cents = parseEuro(amount);
  return cents !== null && cents > openCommitmentCents;
}

export function readPayment(values: PaymentValues, openCommitmentCents: number) {
  const errors: FieldError[] = [];
  const amountCents = parseEuro(values.amount);
  if (amountCents === null || amountCents <= 0) errors.push({ path: 'amountCents', message: 'Vul een bedrag in euro in dat groter is dan nul, bijvoorbeeld 1.250,00.' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date)) errors.push({ path: 'date', message: 'Kies de betaaldatum.' });
  if (values.description.trim() === '') errors.push({ path: 'description', message: 'Beschrijf waarvoor is betaald.' });
  const exceeding = amountCents !== null && amountCents > openCommitmentCents;
  if (exceeding && values.exceedCommitment && values.reason.trim() === '') {
    errors.push({ path: 'reason', message: 'Geef een reden waarom deze betaling de vastlegging overschrijdt.' });
  }
  return {
    errors,
    body: {
      amountCents: amountCents ?? 0,
      date: values.date,
      description: values.description.trim(),
      vat: values.vat,
      ...(values.invoiceReference.trim() ? { invoiceReference: values.invoiceReference.trim() } : {}),
      ...(exceeding && values.exceedCommitment ? { exceedCommitment: true, reason: values.reason.trim() } : {}),
    },
  };
}

/** Share of the budget as a whole percentage for the meter, capped at 100 for its width. */
export function meterWidth(partCents: number, budgetCents: number): number {
  if (budgetCents <= 0) return partCents > 0 ? 100 : 0;
  return Math.min(100, Math.max(0, Math.round((partCents * 100) / budgetCents)));
}

export function yearOptions(current: number): number[] {
  return [current - 2, current - 1, current, current + 1];
}
