import type { FormEvent, ReactNode } from 'react';
import { ROLES } from '../../../../src/auth/roles';
import type { ApiError } from '../../http/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, TextField } from '../../components/FormField';
import type { UserFormValues } from './changes';

export const USER_FIELDS = {
  name: { id: 'gebruiker-naam', label: 'Naam' },
  email: { id: 'gebruiker-email', label: 'E-mailadres' },
  roles: { id: 'gebruiker-rollen', label: 'Rollen' },
  active: { id: 'gebruiker-actief', label: 'Account actief' },
  password: { id: 'gebruiker-wachtwoord', label: 'Wachtwoord' },
};

interface UserFormProps {
  mode: 'new' | 'edit';
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  onSubmit: () => void;
  error: ApiError | null;
  /** The buttons: save and cancel. */
  actions: ReactNode;
}

export function UserForm({ mode, values, onChange, onSubmit, error, actions }: UserFormProps) {
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => onChange({ ...values, [key]: value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={submit} aria-label={mode === 'new' ? 'Gebruiker toevoegen' : 'Gebruiker wijzigen'}>
      <ErrorSummary error={error} fields={USER_FIELDS} />
      <TextField
        id={USER_FIELDS.name.id}
        label={USER_FIELDS.name.label}
        value={values.name}
        onChange={(value) => set('name', value)}
        error={error?.fieldError('name')}
        autoComplete="off"
      />
      <TextField
        id={USER_FIELDS.email.id}
        label={USER_FIELDS.email.label}
        type="email"
        description="Hiermee logt de gebruiker in. Een e-mailadres kan maar bij één account horen."
        value={values.email}
        onChange={(value) => set('email', value)}
        error={error?.fieldError('email')}
        autoComplete="off"
        plain
      />
      <Fieldset
        id={USER_FIELDS.roles.id}
        legend={USER_FIELDS.roles.label}
        description="Kies minstens één rol. De rol bepaalt wat de gebruiker mag."
        error={error?.fieldError('roles')}
      >
        {ROLES.map((role) => (
          <CheckboxField
            key={role.key}
            id={`rol-${role.key}`}
            label={role.label}
            description={role.description}
            checked={values.roles.includes(role.key)}
            onChange={(checked) =>
              set('roles', checked ? [...values.roles, role.key] : values.roles.filter((key) => key !== role.key))
            }
          />
        ))}
      </Fieldset>
      {mode === 'edit' ? (
        <Fieldset id="gebruiker-toegang" legend="Toegang" error={error?.fieldError('active')}>
          <CheckboxField
            id={USER_FIELDS.active.id}
            label={USER_FIELDS.active.label}
            description="Haal het vinkje weg om het account te deactiveren: de gebruiker kan dan niet meer inloggen en open sessies en API-tokens werken direct niet meer."
            checked={values.active}
            onChange={(checked) => set('active', checked)}
          />
        </Fieldset>
      ) : null}
      <TextField
        id={USER_FIELDS.password.id}
        label={mode === 'new' ? 'Wachtwoord (niet verplicht)' : 'Nieuw wachtwoord (niet verplicht)'}
        type="password"
        description={
          mode === 'new'
            ? 'Minstens 12 tekens. Laat u dit leeg, dan maakt Doorbraak een startwachtwoord dat u één keer te zien krijgt.'
            : 'Minstens 12 tekens. Laat leeg om het wachtwoord niet te wijzigen. Een nieuw wachtwoord beëindigt de open sessies van deze gebruiker.'
        }
        value={values.password}
        onChange={(value) => set('password', value)}
        error={error?.fieldError('password')}
        autoComplete="new-password"
        plain
      />
      {actions}
    </form>
  );
}
