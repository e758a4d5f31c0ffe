import { scanForPersonalData, type PrivacyWarning } from '../../../../../src/privacy/domain/guard';
import type { PlanDocument } from '../planTypes';
import { valueAt } from './document';
import { pathLabel } from './labels';
import { STRUCTURED_FIELDS } from './structuredFields';

/** The server's privacy guard, run on every edit, by field path. */
export interface PrivacyScan {
  /** A BSN: refused by the server, so not sent. */
  errors: Map<string, string>;
  /** An email address, phone number or date: allowed once the user confirms it is needed. */
  warnings: Map<string, PrivacyWarning[]>;
}

export function scanDocument(document: PlanDocument): PrivacyScan {
  const { errors, warnings } = scanForPersonalData(document, { structured: STRUCTURED_FIELDS });
  const scan: PrivacyScan = { errors: new Map(), warnings: new Map() };
  for (const error of errors) scan.errors.set(error.path, error.message);
  for (const warning of warnings) scan.warnings.set(warning.path, [...(scan.warnings.get(warning.path) ?? []), warning]);
  return scan;
}

export const confirmationKey = (path: string, kind: PrivacyWarning['kind']) => `${path}|${kind}`;

/**
 * Why this document may not be saved yet, or null. A warning holds the save only for text the
 * user changed since the last save: what was already saved was seen before.
 */
export function holdReason(scan: PrivacyScan, document: PlanDocument, saved: PlanDocument, confirmed: ReadonlySet<string>): string | null {
  const [bsnPath] = scan.errors.keys();
  if (bsnPath !== undefined) return `er staat een burgerservicenummer (BSN) bij ‘${pathLabel(bsnPath)}’. Haal het weg.`;
  for (const [path, warnings] of scan.warnings) {
    if (valueAt(document, path) === valueAt(saved, path)) continue;
    if (warnings.some((warning) => !confirmed.has(confirmationKey(path, warning.kind)))) {
      return `bevestig eerst de privacymelding bij ‘${pathLabel(path)}’.`;
    }
  }
  return null;
}
