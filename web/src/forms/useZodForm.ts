import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type DefaultValues, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ApiError } from '../http/client';

/**
 * A form validated by the same zod schema the server uses (from the capability's contract), so a
 * field is refused in the browser for the reason the server would refuse it, in the same Dutch.
 */
export function useZodForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  defaultValues: DefaultValues<z.input<Schema>>,
): UseFormReturn<z.input<Schema>, unknown, z.output<Schema>> {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    // The resolver's generics cannot follow a generic schema; the types above are the contract.
    resolver: zodResolver(schema as never) as never,
    defaultValues,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
    shouldFocusError: false,
  });
}

/**
 * Puts the server's field errors (422) on the fields they name; returns the errors that belong to
 * no field of this form (shown in the error summary).
 */
export function applyServerErrors<Values extends FieldValues>(form: UseFormReturn<Values, unknown, unknown>, error: unknown, fields: readonly string[]): string[] {
  if (!(error instanceof ApiError)) return [String(error)];
  const rest: string[] = [];
  for (const fieldError of error.errors) {
    const field = fields.find((name) => fieldError.path === name || fieldError.path.startsWith(`${name}.`));
    if (field) form.setError(field as Path<Values>, { type: 'server', message: fieldError.message });
    else rest.push(fieldError.message);
  }
  if (error.errors.length === 0) rest.push(error.detail || error.title);
  return rest;
}
