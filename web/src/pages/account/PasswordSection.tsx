import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError, request } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { Heading2 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { checkPasswordForm, EMPTY_PASSWORD_FORM, MIN_PASSWORD_LENGTH, PASSWORD_FIELDS as F, type PasswordFormValues } from './password';

const changePassword = (currentPassword: string, newPassword: string) =>
  request<void>('/api/v1/me/password', { method: 'POST', body: { currentPassword, newPassword } });

export function PasswordSection() {
  const [values, setValues] = useState(EMPTY_PASSWORD_FORM);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const set = (key: keyof PasswordFormValues, value: string) => setValues({ ...values, [key]: value });
  useEffect(() => {
    if (changed) doneRef.current?.focus();
  }, [changed]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChanged(false);
    const errors = checkPasswordForm(values);
    if (errors.length > 0) {
      setError(new ApiError(422, 'Het wachtwoord is niet gewijzigd.', 'Verbeter de velden hieronder en probeer het opnieuw.', errors));
      return;
    }
    setBusy(true);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      setError(null);
      setValues(EMPTY_PASSWORD_FORM);
      setChanged(true);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
    }
  };

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
        <TextField
          id={F.currentPassword.id}
          label={F.currentPassword.label}
          type="password"
          value={values.currentPassword}
          onChange={(value) => set('currentPassword', value)}
          error={error?.fieldError('currentPassword')}
          autoComplete="current-password"
          plain
        />
        <TextField
          id={F.newPassword.id}
          label={F.newPassword.label}
          type="password"
          description={`Minstens ${MIN_PASSWORD_LENGTH} tekens. Een zin van een paar losse woorden is sterk én goed te onthouden.`}
          value={values.newPassword}
          onChange={(value) => set('newPassword', value)}
          error={error?.fieldError('newPassword')}
          autoComplete="new-password"
          plain
        />
        <TextField
          id={F.repeat.id}
          label={F.repeat.label}
          type="password"
          value={values.repeat}
          onChange={(value) => set('repeat', value)}
          error={error?.fieldError('repeat')}
          autoComplete="new-password"
          plain
        />
        <Button type="submit" appearance="primary" busy={busy}>
          Wachtwoord wijzigen
        </Button>
      </form>
    </section>
  );
}
