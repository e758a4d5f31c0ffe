import type { FieldPath, FieldValues, PathValue, UseFormReturn } from 'react-hook-form';

/**
 * Connects one of the accessible text and select fields (`TextField`, `SelectField`,
 * `TextAreaField`: controlled, with `value`, `onChange` and `error`) to a react-hook-form form.
 * After the first submit a field is checked again as it changes, so a corrected mistake
 * disappears at once; the summary on top stays until the next submit.
 */
export function bindField<Values extends FieldValues, Name extends FieldPath<Values>>(form: UseFormReturn<Values, unknown, unknown>, name: Name) {
  const value: unknown = form.watch(name);
  return {
    value: typeof value === 'string' ? value : '',
    // The field gives text; the form's schema (from the contract) decides whether it is valid.
    onChange: (next: string) => form.setValue(name, next as PathValue<Values, Name>, { shouldDirty: true, shouldValidate: form.formState.isSubmitted }),
    error: form.getFieldState(name, form.formState).error?.message,
  };
}
