import type { FieldErrors, FieldValues } from 'react-hook-form';
import { ApiError, type FieldError } from '../../http/client';

/** Mistakes found before sending, shown exactly like the API's own 422 (same summary, same fields). */
export function formError(errors: FieldError[], detail = 'Verbeter de velden hieronder en probeer het opnieuw.'): ApiError {
  return new ApiError(422, 'De invoer is niet geldig.', detail, errors);
}

/** The first message in a field's error (a list field such as `domains` nests them per item). */
function firstMessage(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const message = (error as { message?: unknown }).message;
  if (typeof message === 'string' && message) return message;
  for (const value of Object.values(error)) {
    if (value && typeof value === 'object' && value !== error) {
      const nested = firstMessage(value);
      if (nested) return nested;
    }
  }
  return undefined;
}

/** What the form's schema refused, in the order of the form: the summary on top of the form. */
export function formErrors<Values extends FieldValues>(errors: FieldErrors<Values>, fields: readonly string[], detail?: string): ApiError {
  const list = fields.flatMap((path) => {
    const message = firstMessage((errors as Record<string, unknown>)[path]);
    return message ? [{ path, message }] : [];
  });
  return formError(list, detail);
}
