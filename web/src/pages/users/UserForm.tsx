import type { ReactNode } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import { ROLES } from '../../../../src/auth/roles';
import type { ApiError } from '../../http/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, TextField } from '../../components/FormField';
import type { userFormSchema, UserFormValues } from './changes';

export const USER_FIELDS = {
  name: { id: 'gebruiker-naam', label: 'Naam' },
  email: { id: 'gebruiker-email', label: 'E-mailadres' },
  roles: { id: 'gebruiker-rollen', label: 'Rollen' },
  active: { id: 'gebruiker-actief', label: 'Account actief' },
  password: { id: 'gebruiker-wachtwoord', label: 'Wachtwoord' },
};

/** The field names, for the server's field errors (422) on this form. */
export const USER_FIELD_NAMES = Object.keys(USER_FIELDS) as (keyof UserFormValues)[];

export type UserFormApi = UseFormReturn<UserFormValues, unknown, z.output<typeof userFormSchema>>;

interface UserFormProps {
  mode: 'new' | 'edit';
  form: UserFormApi;
  /** The validated handleSubmit of the page. */
  onSubmit: () => void;
  error: ApiError | null;
  /** The buttons: save and cancel. */
  actions: ReactNode;
}

export function UserForm({ mode, form, onSubmit, error, actions }: UserFormProps) {
  const { control } = form;
  return (
    <form
      className="utrecht-form dbk-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      aria-label={mode === 'new' ? 'Gebruiker toevoegen' : 'Gebruiker wijzigen'}
    >
      <ErrorSummary error={error} fields={USER_FIELDS} />
      <Controller
        control={control}
        name="name"
        render={({ field, fieldState }) => (
          <TextField
            id={USER_FIELDS.name.id}
            label={USER_FIELDS.name.label}
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            error={fieldState.error?.message}
            autoComplete="off"
          />
        )}
      />
      <Controller
        control={control}
        name="email"
        render={({ field, fieldState }) => (
          <TextField
            id={USER_FIELDS.email.id}
            label={USER_FIELDS.email.label}
            type="email"
            description="Hiermee logt de gebruiker in. Een e-mailadres kan maar bij één account horen."
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            error={fieldState.error?.message}
            autoComplete="off"
            plain
          />
        )}
      />
      <Controller
        control={control}
        name="roles"
        render={({ field, fieldState }) => (
          <Fieldset
            id={USER_FIELDS.roles.id}
            legend={USER_FIELDS.roles.label}
            description="Kies minstens één rol. De rol bepaalt wat de gebruiker mag."
            error={fieldState.error?.message ?? fieldState.error?.root?.message}
          >
            {ROLES.map((role) => (
              <CheckboxField
                key={role.key}
                id={`rol-${role.key}`}
                label={role.label}
                description={role.description}
                checked={field.value.includes(role.key)}
                onChange={(checked) => field.onChange(checked ? [...field.value, role.key] : field.value.filter((key) => key !== role.key))}
              />
            ))}
          </Fieldset>
        )}
      />
      {mode === 'edit' ? (
        <Controller
          control={control}
          name="active"
          render={({ field, fieldState }) => (
            <Fieldset id="gebruiker-toegang" legend="Toegang" error={fieldState.error?.message}>
              <CheckboxField
                id={USER_FIELDS.active.id}
                label={USER_FIELDS.active.label}
                description="Haal het vinkje weg om het account te deactiveren: de gebruiker kan dan niet meer inloggen en open sessies en API-tokens werken direct niet meer."
                checked={field.value}
                onChange={field.onChange}
              />
            </Fieldset>
          )}
        />
      ) : null}
      <Controller
        control={control}
        name="password"
        render={({ field, fieldState }) => (
          <TextField
            id={USER_FIELDS.password.id}
            label={mode === 'new' ? 'Wachtwoord (niet verplicht)' : 'Nieuw wachtwoord (niet verplicht)'}
            type="password"
            description={
              mode === 'new'
                ? 'Minstens 12 tekens. Laat u dit leeg, dan maakt Doorbraak een startwachtwoord dat u één keer te zien krijgt.'
                : 'Minstens 12 tekens. Laat leeg om het wachtwoord niet te wijzigen. Een nieuw wachtwoord beëindigt de open sessies van deze gebruiker.'
            }
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            error={fieldState.error?.message}
            autoComplete="new-password"
            plain
          />
        )}
      />
      {actions}
    </form>
  );
}
