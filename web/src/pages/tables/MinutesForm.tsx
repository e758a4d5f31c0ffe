import { useState, type FormEvent } from 'react';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { tablesApi } from './tablesApi';

const FIELD = { id: 'verslag', label: 'Verslag' };

/** The minutes with optimistic concurrency: on a conflict the typed text stays, with what the other person saved. */
export function MinutesForm({ sessionId, minutes, version, editable }: { sessionId: string; minutes: string; version: number; editable: boolean }) {
  const [text, setText] = useState(minutes);
  const [base, setBase] = useState(version);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [saved, setSaved] = useState('');

  if (!editable) {
    return <p className="utrecht-paragraph dbk-minutes">{minutes.trim() ? minutes : 'Er is nog geen verslag.'}</p>;
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved('');
    try {
      const result = await tablesApi.saveMinutes(sessionId, text, base);
      setBase(result.version);
      setTheirs(null);
      setSaved(`Het verslag is opgeslagen (versie ${result.version}).`);
    } catch (caught) {
      const apiError = caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught));
      setError(apiError);
      if (apiError.status === 409) {
        // Our text stays in the field; fetch what is stored now so the next save can overwrite it knowingly.
        const fresh = await tablesApi.session(sessionId).catch(() => null);
        if (fresh) {
          setBase(fresh.session.version);
          setTheirs(fresh.session.minutes);
        }
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Verslag van de sessie">
      <ErrorSummary error={error} fields={{ minutes: FIELD }} />
      {theirs !== null ? (
        <Alert type="warning" heading="Zo staat het verslag nu opgeslagen">
          <p className="utrecht-paragraph dbk-minutes">{theirs || '(leeg)'}</p>
          <p className="utrecht-paragraph">Uw eigen tekst staat nog in het veld. Neem over wat u wilt houden en sla opnieuw op.</p>
        </Alert>
      ) : null}
      <TextAreaField id={FIELD.id} label={FIELD.label} value={text} onChange={setText} rows={8} error={error?.fieldError('minutes')} description="Wat is besproken en afgesproken. Geen namen of BSN." />
      <Button type="submit" appearance="primary" busy={busy}>
        Verslag opslaan
      </Button>
      <p className="utrecht-paragraph dbk-live" role="status">
        {saved}
      </p>
    </form>
  );
}
