import { useState, type FormEvent } from 'react';
import { api, type ApiToken } from '../../api';
import { ApiError } from '../../http/client';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { Heading3 } from '../../components/Heading';

const FIELDS = { name: { id: 'token-naam', label: 'Naam van het token' } };

export function CreateTokenForm({ onCreated }: { onCreated: (token: ApiToken & { token: string }) => void }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const created = await api.tokens.create(name.trim());
      setError(null);
      setName('');
      onCreated(created);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form dbk-form dbk-panel" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="nieuw-token">
      <Heading3 id="nieuw-token">Nieuw token maken</Heading3>
      <ErrorSummary error={error} fields={FIELDS} />
      <TextField
        id={FIELDS.name.id}
        label={FIELDS.name.label}
        description="Bijvoorbeeld de naam van de koppeling, zodat u het token later herkent."
        value={name}
        onChange={setName}
        error={error?.fieldError('name')}
        autoComplete="off"
      />
      <Button type="submit" appearance="primary" busy={busy}>
        Token maken
      </Button>
    </form>
  );
}
