import { scanForPersonalData, type PrivacyWarning } from '../../../../../../src/privacy/domain/guard';

export interface RedactionTexts {
  title: string;
  situation: string;
  breakthrough: string;
}

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
