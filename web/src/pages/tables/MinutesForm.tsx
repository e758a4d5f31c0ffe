import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Controller } from 'react-hook-form';
import { ApiError, ConflictError } from '../../http/client';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaField } from '../../components/TextAreaField';
import { formProblem } from '../../forms/formErrors';
import { tablesApi, tablesKeys, type SessionDetail } from './tablesApi';
import { minutesFormSchema } from './tablesForms';
import { formatClock } from '../../../../src/shared/moments';
import type { Minutes } from '../../../../src/tables/tables.contract';

const FIELD = { id: 'verslag', label: 'Verslag' };

/** The minutes with optimistic concurrency: on a conflict the typed text stays, with what the other person saved. */
export function MinutesForm({ sessionId, minutes, version, editable }: { sessionId: string; minutes: string; version: number; editable: boolean }) {
  const queryClient = useQueryClient();
  const form = useZodForm(minutesFormSchema, { minutes });
  const [base, setBase] = useState(version);
  const [error, setError] = useState<ApiError | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [saved, setSaved] = useState('');
  const save = useMutation({ mutationFn: (text: string) => tablesApi.saveMinutes(sessionId, text, base) });

  if (!editable) {
    return <p className="utrecht-paragraph dbk-minutes">{minutes.trim() ? minutes : 'Er is nog geen verslag.'}</p>;
  }

  /** The session in the cache gets the stored minutes, so coming back to the page does not start from an old version. */
  const remember = (stored: Minutes) =>
    queryClient.setQueryData<SessionDetail>(tablesKeys.session(sessionId), (detail) => (detail ? { ...detail, session: { ...detail.session, ...stored } } : detail));

  const submit = form.handleSubmit(
    async (values) => {
      setError(null);
      setSaved('');
      try {
        const result = await save.mutateAsync(values.minutes);
        setBase(result.version);
        setTheirs(null);
        remember(result);
        setSaved(`Het verslag is opgeslagen om ${formatClock(new Date())}.`);
      } catch (caught) {
        applyServerErrors(form, caught, ['minutes']);
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
        if (caught instanceof ConflictError) {
          // Our text stays in the field; the 409 says what is stored now, so the next save can overwrite it knowingly.
          const current = caught.member<Minutes>('current') ?? (await tablesApi.session(sessionId).then((fresh) => fresh.session, () => undefined));
          if (current) {
            setBase(current.version);
            setTheirs(current.minutes);
            remember({ minutes: current.minutes, version: current.version });
          }
        }
      }
    },
    (errors) => setError(formProblem(errors)),
  );

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Verslag van de sessie">
      <ErrorSummary error={error} fields={{ minutes: FIELD }} />
      {theirs !== null ? (
        <Alert type="warning" heading="Zo staat het verslag nu opgeslagen">
          <p className="utrecht-paragraph dbk-minutes">{theirs || '(leeg)'}</p>
          <p className="utrecht-paragraph">Uw eigen tekst staat nog in het veld. Neem over wat u wilt houden en sla opnieuw op.</p>
        </Alert>
      ) : null}
      <Controller
        control={form.control}
        name="minutes"
        render={({ field, fieldState }) => (
          <TextAreaField
            id={FIELD.id}
            label={FIELD.label}
            value={field.value}
            onChange={field.onChange}
            textAreaRef={field.ref}
            rows={8}
            error={fieldState.error?.message}
            description="Wat is besproken en afgesproken. Geen namen of BSN."
          />
        )}
      />
      <Button type="submit" appearance="primary" busy={save.isPending}>
        Verslag opslaan
      </Button>
      <p className="utrecht-paragraph dbk-live" role="status">
        {saved}
      </p>
    </form>
  );
}
