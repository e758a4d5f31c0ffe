import { createContext, useContext } from 'react';
import type { PrivacyWarning } from '../../../../../src/privacy/domain/guard';

/** What every field of the canvas needs to know about itself, by its path in the plan document. */
export interface FieldState {
  readOnly: boolean;
  /** A BSN found on this computer, or the server's 422 message for this path. */
  error(path: string): string | undefined;
  /** Email, phone or date warnings, each with whether the user confirmed it. */
  warnings(path: string): (PrivacyWarning & { key: string; confirmed: boolean })[];
  confirm(key: string, checked: boolean): void;
}

export const CanvasFieldContext = createContext<FieldState>({
  readOnly: true,
  error: () => undefined,
  warnings: () => [],
  confirm: () => {},
});

export function useField(path: string) {
  const context = useContext(CanvasFieldContext);
  return { readOnly: context.readOnly, error: context.error(path), warnings: context.warnings(path), confirm: context.confirm };
}

export function useReadOnly(): boolean {
  return useContext(CanvasFieldContext).readOnly;
}

/** The element id of the field at a path: `scenarios.plan.lines.0.description` → `veld-scenarios-plan-lines-0-description`. */
export function fieldId(path: string): string {
  return `veld-${path.replaceAll('.', '-')}`;
}
