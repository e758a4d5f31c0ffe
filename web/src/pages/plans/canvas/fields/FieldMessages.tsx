import type { FieldState } from '../CanvasContext';

type Warnings = ReturnType<FieldState['warnings']>;

/** Ids for aria-describedby: the description, the error and the privacy warning of a field. */
export function messageIds(id: string, { description, error, warnings }: { description?: unknown; error?: string | undefined; warnings: Warnings }): string | undefined {
  const ids = [description ? `${id}-uitleg` : '', error ? `${id}-fout` : '', warnings.length ? `${id}-privacy` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** The error of one field: above the input, as in the app's other forms; below it in a table cell, so the row stays aligned. */
export function FieldError({ id, error }: { id: string; error?: string | undefined }) {
  if (!error) return null;
  return (
    <div className="utrecht-form-field-error-message dbk-field__error dbk-canvas-error" id={`${id}-fout`}>
      <span className="dbk-visually-hidden">Fout: </span>
      {error}
    </div>
  );
}

/**
 * The privacy warnings of one field. A warning (an email address, a phone number, a
 * date) is allowed once the user ticks that it is needed; until then the plan is not saved.
 */
export function PrivacyWarnings({ id, warnings, confirm, readOnly }: { id: string; warnings: Warnings; confirm: FieldState['confirm']; readOnly: boolean }) {
  return (
    <>
      {warnings.length ? (
        <div className="dbk-privacy" id={`${id}-privacy`}>
          {warnings.map((warning) => (
            <p key={warning.key} className="dbk-privacy__text">
              <span className="dbk-visually-hidden">Let op: </span>
              {warning.message}
            </p>
          ))}
          {readOnly ? null : (
            <div className="dbk-privacy__confirm">
              <input
                id={`${id}-gecontroleerd`}
                type="checkbox"
                className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom utrecht-custom-checkbox utrecht-custom-checkbox--html-input"
                checked={warnings.every((warning) => warning.confirmed)}
                onChange={(event) => warnings.forEach((warning) => confirm(warning.key, event.target.checked))}
              />
              <label htmlFor={`${id}-gecontroleerd`} className="utrecht-form-label utrecht-form-label--checkbox">
                Ik heb dit gecontroleerd; het is nodig
              </label>
            </div>
          )}
        </div>
      ) : null}
    </>
  );
}
