import { z } from 'zod';
import { publishBody, type Submission } from '../../../../../../src/inspiration/inspiration.contract';
import { scanForPersonalData, type PrivacyWarning } from '../../../../../../src/privacy/domain/guard';

/** The texts the maatwerker writes: those of the contract's submission. */
export type RedactionTexts = Pick<Submission, 'title' | 'situation' | 'breakthrough'>;

export const TEXT_FIELDS = ['title', 'situation', 'breakthrough'] as const;

export interface TextScan {
  /** A BSN per field: refused before anything is sent. */
  errors: Partial<Record<keyof RedactionTexts, string>>;
  warnings: Partial<Record<keyof RedactionTexts, PrivacyWarning[]>>;
  hasWarnings: boolean;
}

/** The server's privacy guard, run on every keystroke, per field. */
export function scanTexts(texts: RedactionTexts): TextScan {
  const { errors, warnings } = scanForPersonalData(texts);
  const scan: TextScan = { errors: {}, warnings: {}, hasWarnings: warnings.length > 0 };
  for (const error of errors) scan.errors[error.path as keyof RedactionTexts] = error.message;
  for (const warning of warnings) {
    const path = warning.path as keyof RedactionTexts;
    scan.warnings[path] = [...(scan.warnings[path] ?? []), warning];
  }
  return scan;
}

/** Empty fields, in the order of the form, as the server would name them. */
export function missingTexts(texts: RedactionTexts): { path: string; message: string }[] {
  const messages: Record<keyof RedactionTexts, string> = {
    title: 'Geef de oplossing een titel.',
    situation: 'Schrijf een korte situatieschets in eigen woorden.',
    breakthrough: 'Beschrijf de doorbraak.',
  };
  return TEXT_FIELDS.filter((field) => !texts[field].trim()).map((field) => ({ path: field, message: messages[field] }));
}

export const CONFIRM_MESSAGE = 'Bevestig dat de gemelde gegevens nodig en niet herleidbaar zijn, of haal ze weg.';

/**
 * The redaction form: the contract's texts of a submission, checked as the server will check
 * them (nothing empty, no BSN) and with the confirmation the server asks for when the texts hold
 * an e-mail address, phone number or date.
 */
export const redactionFormSchema = publishBody
  .pick({ title: true, situation: true, breakthrough: true })
  .extend({ confirmWarnings: z.boolean() })
  .superRefine((values, context) => {
    for (const { path, message } of missingTexts(values)) context.addIssue({ code: 'custom', path: [path], message });
    const scan = scanTexts(values);
    for (const [path, message] of Object.entries(scan.errors)) context.addIssue({ code: 'custom', path: [path], message });
    if (scan.hasWarnings && !values.confirmWarnings) context.addIssue({ code: 'custom', path: ['confirmWarnings'], message: CONFIRM_MESSAGE });
  });

export type RedactionFormValues = z.input<typeof redactionFormSchema>;
