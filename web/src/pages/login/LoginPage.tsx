import { useState, type FormEvent } from 'react';
import { api } from '../../api';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { PageHeading } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useFlash } from '../../flash';
import { useSession } from '../../session';
import { PublicLayout } from '../../shell/PublicLayout';

const FIELDS = {
  email: { id: 'email', label: 'E-mailadres' },
  password: { id: 'wachtwoord', label: 'Wachtwoord' },
};

export function LoginPage() {
  usePageTitle('Inloggen');
  const { signedIn } = useSession();
  const flash = useFlash();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const user = await api.login(email.trim(), password);
      // The app then sends the user on to the page asked for (`?terug=`).
      signedIn(user);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Inloggen lukte niet.', String(caught)));
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <PublicLayout>
      <div className="dbk-card">
        <PageHeading>Inloggen</PageHeading>
        <Paragraph>Log in met het e-mailadres en wachtwoord van uw account bij Doorbraak.</Paragraph>
        {flash && !error ? <Alert type={flash.type} role="status">{flash.text}</Alert> : null}
        <ErrorSummary error={error} fields={FIELDS} />
        <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Inloggen">
          <TextField
            id={FIELDS.email.id}
            label={FIELDS.email.label}
            type="email"
            autoComplete="username"
            value={email}
            onChange={setEmail}
            error={error?.fieldError('email')}
            plain
          />
          <TextField
            id={FIELDS.password.id}
            label={FIELDS.password.label}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={setPassword}
            error={error?.fieldError('password')}
            plain
          />
          <Button type="submit" appearance="primary" busy={busy}>
            {busy ? 'Bezig met inloggen…' : 'Inloggen'}
          </Button>
        </form>
        <Paragraph small>
          Wachtwoord vergeten of nog geen account? Vraag de beheerder van Doorbraak in uw gemeente om een (nieuw) wachtwoord.
        </Paragraph>
      </div>
    </PublicLayout>
  );
}
