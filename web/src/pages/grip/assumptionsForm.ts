import { z } from 'zod';
import { assumptionsBody, type GripAssumptions } from '../../../../src/grip/grip.contract';
import { pillarLabel } from './gripFormat';

/**
 * The growth assumptions form: percentages typed the Dutch way ("-2,5", "3 %"), read into numbers
 * and then checked by the contract's own rules (−50 to 100 %, two decimals), so the browser refuses
 * what the server would, in the same words.
 */
const row = assumptionsBody.shape.pillars.element;

/** "-2,5 %", "−2.5" → -2.5; anything else → NaN, which the contract calls "Geef een percentage." */
export function parsePercent(text: string): number {
  const cleaned = text.replace(/[\s%]/g, '').replace('\u2212', '-').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const percentText = (rule: z.ZodNumber) => z.string().transform(parsePercent).pipe(rule);

export const assumptionsFormSchema = z.object({
  pillars: z.array(z.object({ pillar: row.shape.pillar, positivePercent: percentText(row.shape.positivePercent), negativePercent: percentText(row.shape.negativePercent) })),
});
export type AssumptionsFormValues = z.input<typeof assumptionsFormSchema>;

const asText = (percent: number) => String(percent).replace('.', ',');

export const formValues = (a: GripAssumptions): AssumptionsFormValues => ({
  pillars: a.pillars.map((p) => ({ pillar: p.pillar, positivePercent: asText(p.positivePercent), negativePercent: asText(p.negativePercent) })),
});

export type PercentField = 'positivePercent' | 'negativePercent';
export const fieldId = (index: number, field: PercentField) => `aanname-${index}-${field === 'positivePercent' ? 'positief' : 'negatief'}`;

/** API paths (`pillars.0.positivePercent`) → the inputs, for the error summary and the 422's field errors. */
export function assumptionFields(a: GripAssumptions): Record<string, { id: string; label: string }> {
  const fields: Record<string, { id: string; label: string }> = {};
  a.pillars.forEach((p, index) => {
    fields[`pillars.${index}.positivePercent`] = { id: fieldId(index, 'positivePercent'), label: `${pillarLabel(p.pillar)}, positief scenario` };
    fields[`pillars.${index}.negativePercent`] = { id: fieldId(index, 'negativePercent'), label: `${pillarLabel(p.pillar)}, negatief scenario` };
  });
  return fields;
}
