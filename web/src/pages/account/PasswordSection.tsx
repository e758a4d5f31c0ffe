import { useEffect, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { api } from '../../api';
import { ApiError } from '../../http/client';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { Heading2 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { formProblem } from '../../forms/formErrors';
import { EMPTY_PASSWORD_FORM, MIN_PASSWORD_LENGTH, PASSWORD_FIELDS as F, passwordFormSchema, type PasswordFormValues } from './password';

const FIELD_PROPS: Record<keyof PasswordFormValues, { autoComplete: string; description?: string }> = {
  currentPassword: { autoComplete: 'current-password' },
  newPassword: {
    autoComplete: 'new-password',
    description: `Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar losse woorden is sterk én goed te onthouden.`,
  },
  repeat: { autoComplete: 'new-password' },
};

export function PasswordSection() {
  const form = useZodForm(passwordFormSchema, EMPTY_PASSWORD_FORM);
  const [error, setError] = useState<ApiError | null>(null);
  const [changed, setChanged] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (changed) doneRef.current?.focus();
  }, [changed]);

  const submit = form.handleSubmit(
    async ({ currentPassword, newPassword }) => {
      setChanged(false);
      try {
        await api.changePassword({ currentPassword, newPassword });
        setError(null);
        form.reset(EMPTY_PASSWORD_FORM);
        setChanged(true);
      } catch (caught) {
        applyServerErrors(form, caught, ['currentPassword', 'newPassword']);
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Het wachtwoord is niet gewijzigd.', String(caught)));
      }
    },
    (errors) => {
      setChanged(false);
      setError(formProblem(errors, 'Het wachtwoord is niet gewijzigd.', 'Verbeter de velden hieronder en probeer het opnieuw.'));
    },
  );

  return (
    <section aria-labelledby="wachtwoord">
      <Heading2 id="wachtwoord">Wachtwoord wijzigen</Heading2>
      <Paragraph>
        Na het wijzigen bent u op alle andere apparaten en in andere browsers uitgelogd; hier blijft u ingelogd. Uw API-tokens blijven werken.
      </Paragraph>
      {changed ? (
        <Alert type="ok" role="status" heading="Uw wachtwoord is gewijzigd." ref={doneRef}>
          <p className="utrecht-paragraph dbk-paragraph">
            Log voortaan in met uw nieuwe wachtwoord. Andere sessies zijn beëindigd: was u nog ergens anders ingelogd, dan moet u daar opnieuw
            inloggen.
          </p>
        </Alert>
      ) : null}
      <form className="utrecht-form dbk-form dbk-panel" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="wachtwoord">
        <ErrorSummary error={error} fields={F} />
        {(Object.keys(F) as (keyof PasswordFormValues)[]).map((name) => (
          <Controller
            key={name}
            control={form.control}
            name={name}
            render={({ field, fieldState }) => (
              <TextField
                id={F[name].id}
                label={F[name].label}
                type="password"
                description={FIELD_PROPS[name].description}
                value={field.value}
                onChange={field.onChange}
                inputRef={field.ref}
                error={fieldState.error?.message}
                autoComplete={FIELD_PROPS[name].autoComplete}
                plain
              />
            )}
          />
        ))}
        <Button type="submit" appearance="primary" busy={form.formState.isSubmitting}>
          Wachtwoord wijzigen
        </Button>
      </form>
    </section>
  );
}
