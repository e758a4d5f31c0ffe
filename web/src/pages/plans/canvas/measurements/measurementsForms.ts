import { z } from 'zod';
import { moment, scoreFields } from '../../../../../../src/followup/followup.contract';

/**
 * The measurement form, checked by the contract's fields: the score is chosen from a list (text
 * until it is sent), an empty date means today, the note is sent trimmed.
 */
export const measurementFormSchema = z.object({
  moment,
  lifeSatisfaction: z.string().min(1, 'Kies een cijfer van 1 tot en met 10.').transform(Number).pipe(scoreFields.lifeSatisfaction),
  measuredOn: z
    .string()
    .transform((value) => value || undefined)
    .pipe(scoreFields.measuredOn),
  note: z
    .string()
    .transform((value) => value.trim())
    .pipe(scoreFields.note.unwrap()),
});
export type MeasurementFormValues = z.input<typeof measurementFormSchema>;
