import type { FieldErrors } from 'react-hook-form';
import { ERRORS } from '../../../src/shared/errors';
import { ApiError, type FieldError } from '../http/client';

/**
 * The errors react-hook-form found (the contract's zod schema, in the browser) as the API's
 * field errors, `path` and Dutch `message`, so the one ErrorSummary shows them like a 422.
 */
export function fieldErrorList(errors: FieldErrors, prefix = ''): FieldError[] {
  const list: FieldError[] = [];
  for (const [key, node] of Object.entries(errors)) {
    if (!node || typeof node !== 'object' || key === 'ref') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const { message } = node as { message?: unknown };
    if (typeof message === 'string' && message) list.push({ path, message });
    else list.push(...fieldErrorList(node as FieldErrors, path));
  }
  return list;
}

/** A summary of the browser's findings, titled as the server titles a 422 unless the form says more. */
export function formProblem(errors: FieldErrors, title: string = ERRORS.validation.title, detail: string = title): ApiError {
  return new ApiError(422, title, detail, fieldErrorList(errors));
}
