import { ApiError, type FieldError } from '../../http/client';

/** Mistakes found before sending, shown exactly like the API's own 422 (same summary, same fields). */
export function formError(errors: FieldError[]): ApiError {
  return new ApiError(422, 'De invoer is niet geldig.', 'Verbeter de velden hieronder en probeer het opnieuw.', errors);
}
