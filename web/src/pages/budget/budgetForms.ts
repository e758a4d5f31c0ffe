import { z } from 'zod';
import { budgetBody, mandateBody, paymentBody, type BudgetSource } from '../../../../src/budget/budget.contract';
import { formatEuro, parseEuro } from '../../../../src/shared/money';
import type { FieldError } from '../../http/client';

/** A source line as typed in the form: the amount stays text until it is saved. */
export type SourceRow = z.input<typeof sourceRow>;

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

/** The payment form's values: the amount as typed. */
export type PaymentValues = z.input<typeof paymentValues>;

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

// ── The forms' schemas: the euro texts are read by the helpers above, then the contract checks the body ──

/** Adds `errors` (API paths) as issues of the form; the ErrorSummary links them to their fields. */
function report(ctx: z.RefinementCtx, errors: readonly FieldError[]): void {
  for (const error of errors) ctx.addIssue({ code: 'custom', path: error.path ? error.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [], message: error.message });
}

/** Checks `body` with the contract's schema and returns its output, or reports every issue. */
function through<Schema extends z.ZodType>(schema: Schema, body: unknown, ctx: z.RefinementCtx): z.output<Schema> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  report(ctx, parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })));
  return z.NEVER;
}

const sourceRow = z.object({ key: z.number(), code: z.string(), name: z.string(), amount: z.string() });

/** The year's sources and note as typed → `PUT /budgets/:year`. */
export const sourcesFormSchema = z.object({ note: z.string(), sources: z.array(sourceRow) }).transform((values, ctx) => {
  const { sources, errors } = readSources(values.sources);
  if (errors.length > 0) {
    report(ctx, errors);
    return z.NEVER;
  }
  return through(budgetBody, { note: values.note, sources }, ctx);
});
export type SourcesFormValues = z.input<typeof sourcesFormSchema>;

const paymentValues = z.object({
  date: z.string(),
  amount: z.string(),
  description: z.string(),
  vat: z.boolean(),
  invoiceReference: z.string(),
  exceedCommitment: z.boolean(),
  reason: z.string(),
});

/** The payment as typed → `POST /plans/:id/payments`, given what is still committed on the plan. */
export function paymentFormSchema(openCommitmentCents: number) {
  return paymentValues.transform((values, ctx) => {
    const { errors, body } = readPayment(values, openCommitmentCents);
    if (errors.length > 0) {
      report(ctx, errors);
      return z.NEVER;
    }
    return through(paymentBody, body, ctx);
  });
}

/** A new mandate in euro → `limitCents` of `PUT /budget/mandates`. */
export const mandateFormSchema = z.object({
  limit: z.string().transform((text, ctx) => {
    const cents = parseEuro(text);
    if (cents === null || cents < 0) {
      ctx.addIssue({ code: 'custom', message: 'Vul een bedrag in euro in, bijvoorbeeld 25.000,00, of kies ‘Zonder grens’.' });
      return z.NEVER;
    }
    return through(mandateBody.shape.limitCents.unwrap(), cents, ctx);
  }),
});
