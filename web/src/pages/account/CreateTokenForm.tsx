import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { createTokenBody } from '../../../../src/auth/auth.contract';
import { api, type CreatedToken } from '../../api';
import { ApiError } from '../../http/client';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { Heading3 } from '../../components/Heading';
import { formProblem } from '../../forms/formErrors';

const FIELDS = { name: { id: 'token-naam', label: 'Naam van het token' } };

export function CreateTokenForm({ onCreated }: { onCreated: (token: CreatedToken) => void }) {
  const form = useZodForm(createTokenBody, { name: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const create = useMutation({ mutationFn: (name: string) => api.tokens.create(name) });

  const submit = form.handleSubmit(
    async ({ name }) => {
      try {
        const created = await create.mutateAsync(name);
        setError(null);
        form.reset({ name: '' });
        onCreated(created);
      } catch (caught) {
        applyServerErrors(form, caught, ['name']);
        if (caught instanceof ApiError) setError(caught);
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <form className="utrecht-form dbk-form dbk-panel" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="nieuw-token">
      <Heading3 id="nieuw-token">Nieuw token maken</Heading3>
      <ErrorSummary error={error} fields={FIELDS} />
      <Controller
        control={form.control}
        name="name"
        render={({ field, fieldState }) => (
          <TextField
            id={FIELDS.name.id}
            label={FIELDS.name.label}
            description="Bijvoorbeeld de naam van de koppeling, zodat u het token later herkent."
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            error={fieldState.error?.message}
            autoComplete="off"
          />
        )}
      />
      <Button type="submit" appearance="primary" busy={create.isPending}>
        Token maken
      </Button>
    </form>
  );
}
