import { useState } from 'react';
import { Controller } from 'react-hook-form';
import { loginBody } from '../../../../src/auth/auth.contract';
import { api } from '../../api';
import { ApiError } from '../../http/client';
import { useZodForm } from '../../forms/useZodForm';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useFlash } from '../../flash';
import { useSession } from '../../session';
import { formProblem } from '../../forms/formErrors';
import { PublicLayout } from '../../shell/PublicLayout';
import { DemoAccountsList } from './DemoAccountsList';
import './login.css';

const FIELDS = {
  email: { id: 'email', label: 'E-mailadres' },
  password: { id: 'wachtwoord', label: 'Wachtwoord' },
};

export function LoginPage() {
  usePageTitle('Inloggen');
  const { signedIn, demo } = useSession();
  const flash = useFlash();
  const form = useZodForm(loginBody, { email: '', password: '' });
  const [error, setError] = useState<ApiError | null>(null);
  const busy = form.formState.isSubmitting || form.formState.isSubmitSuccessful;

  const submit = form.handleSubmit(
    async (values) => {
      try {
        const user = await api.login(values.email.trim(), values.password);
        // The app then sends the user on to the page asked for (`?terug=`).
        signedIn(user);
      } catch (caught) {
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Inloggen lukte niet.', String(caught)));
        form.setValue('password', '');
        // Not a success: the button is usable again.
        throw caught;
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <PublicLayout>
      <div className="dbk-card">
        <PageHeading>Inloggen</PageHeading>
        <Paragraph>Log in met het e-mailadres en wachtwoord van uw account bij Doorbraak.</Paragraph>
        {flash && !error ? <Alert type={flash.type} role="status">{flash.text}</Alert> : null}
        <ErrorSummary error={error} fields={FIELDS} />
        <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event).catch(() => {})} aria-label="Inloggen">
          <Controller
            control={form.control}
            name="email"
            render={({ field, fieldState }) => (
              <TextField
                id={FIELDS.email.id}
                label={FIELDS.email.label}
                type="email"
                autoComplete="username"
                value={field.value}
                onChange={field.onChange}
                inputRef={field.ref}
                error={fieldState.error?.message}
                plain
              />
            )}
          />
          <Controller
            control={form.control}
            name="password"
            render={({ field, fieldState }) => (
              <TextField
                id={FIELDS.password.id}
                label={FIELDS.password.label}
                type="password"
                autoComplete="current-password"
                value={field.value}
                onChange={field.onChange}
                inputRef={field.ref}
                error={fieldState.error?.message}
                plain
              />
            )}
          />
          <Button type="submit" appearance="primary" busy={busy}>
            {busy ? 'Bezig met inloggen…' : 'Inloggen'}
          </Button>
        </form>
        <Paragraph small>
          Wachtwoord vergeten of nog geen account? Vraag de beheerder van Doorbraak in uw gemeente om een (nieuw) wachtwoord.
        </Paragraph>
      </div>
      {demo ? (
        <DemoAccountsList
          onPick={(email, password) => {
            form.setValue('email', email, { shouldValidate: false });
            form.setValue('password', password, { shouldValidate: false });
            setError(null);
            document.getElementById(FIELDS.password.id)?.focus();
          }}
        />
      ) : null}
    </PublicLayout>
  );
}
