import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { Controller, useWatch } from 'react-hook-form';
import { MEASUREMENT_MOMENTS, type MeasurementMoment } from '../../../../../../src/followup/domain/schedule';
import { earlyForDueDate, earlyMessage } from '../../../../../../src/followup/domain/timing';
import { Alert } from '../../../../components/Alert';
import { amsterdamDate } from '../../../../../../src/shared/dates';
import { ApiError } from '../../../../http/client';
import { applyServerErrors, useZodForm } from '../../../../forms/useZodForm';
import { Button, ButtonGroup } from '../../../../components/Button';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../../components/FormField';
import { TextAreaField } from '../../../../components/TextAreaField';
import { formProblem } from '../../../../forms/formErrors';
import { measurementsApi, suggestedMoment, type Measurement, type MeasurementInput, type PlanMeasurements } from './measurementsApi';
import { measurementFormSchema } from './measurementsForms';

const FIELDS = {
  moment: { id: 'meting-moment', label: 'Meetmoment' },
  lifeSatisfaction: { id: 'meting-cijfer', label: 'Levenstevredenheid' },
  measuredOn: { id: 'meting-datum', label: 'Datum van de meting' },
  note: { id: 'meting-toelichting', label: 'Toelichting' },
  status: { id: 'meting-moment', label: 'Plan' },
};
const FIELD_NAMES = ['moment', 'lifeSatisfaction', 'measuredOn', 'note'];

const SCORES = [{ value: '', label: 'Kies een cijfer' }, ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))];

/** Records a measurement, or corrects one when the chosen moment was measured already. */
export function MeasurementForm({ planId, data, onSaved }: { planId: string; data: PlanMeasurements; onSaved: (saved: Measurement, corrected: boolean) => void }) {
  const form = useZodForm(measurementFormSchema, { moment: suggestedMoment(data.schedule), lifeSatisfaction: '', measuredOn: amsterdamDate(new Date()), note: '' });
  const [error, setError] = useState<ApiError | null>(null);
  // A 6- or 12-month measurement before its window: the warning to confirm, with the values waiting to be sent.
  const [early, setEarly] = useState<{ message: string; at: MeasurementMoment; body: MeasurementInput } | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  // The submit button gives way to the question: focus goes to its answer.
  useEffect(() => {
    if (early) confirmButton.current?.focus();
  }, [early]);
  const moment = useWatch({ control: form.control, name: 'moment' });
  const recorded = (key: string) => data.items.some((item) => item.moment === key);
  const correcting = recorded(moment);
  const save = useMutation({
    mutationFn: ({ at, body, correct }: { at: MeasurementMoment; body: MeasurementInput; correct: boolean }) =>
      correct ? measurementsApi.correct(planId, at, body) : measurementsApi.record(planId, at, body),
  });

  const send = async (at: MeasurementMoment, body: MeasurementInput) => {
    try {
      const saved = await save.mutateAsync({ at, body, correct: correcting });
      setError(null);
      setEarly(null);
      form.reset({ moment: at, lifeSatisfaction: '', measuredOn: form.getValues('measuredOn'), note: '' });
      onSaved(saved, correcting);
    } catch (caught) {
      setEarly(null);
      applyServerErrors(form, caught, FIELD_NAMES);
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
    }
  };

  const submit = form.handleSubmit(
    async ({ moment: at, ...body }) => {
      const due = data.schedule.find((item) => item.moment === at)?.dueDate;
      const tooEarly = due ? earlyForDueDate(at, due, body.measuredOn ?? amsterdamDate(new Date())) : null;
      if (tooEarly) {
        setError(null);
        setEarly({ message: earlyMessage(tooEarly), at, body });
        return;
      }
      await send(at, body);
    },
    (errors) => setError(formProblem(errors)),
  );
  const changeDate = () => {
    setEarly(null);
    document.getElementById(FIELDS.measuredOn.id)?.focus();
  };
  // The plan's status is no field of the form: the server's refusal shows at the moment.
  const statusError = error?.fieldError('status');

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Meting vastleggen">
      <ErrorSummary error={error} fields={FIELDS} />
      <Controller
        control={form.control}
        name="moment"
        render={({ field, fieldState }) => (
          <SelectField
            id={FIELDS.moment.id}
            label={FIELDS.moment.label}
            value={field.value}
            onChange={field.onChange}
            options={MEASUREMENT_MOMENTS.map((m) => ({ value: m.key, label: recorded(m.key) ? `${m.label} (al gemeten: corrigeren)` : m.label }))}
            error={fieldState.error?.message ?? statusError}
          />
        )}
      />
      <Controller
        control={form.control}
        name="lifeSatisfaction"
        render={({ field, fieldState }) => (
          <SelectField
            id={FIELDS.lifeSatisfaction.id}
            label={FIELDS.lifeSatisfaction.label}
            description="Hoe tevreden is het huishouden over het leven, van 1 (zeer ontevreden) tot 10 (zeer tevreden)?"
            value={field.value}
            onChange={field.onChange}
            options={SCORES}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="measuredOn"
        render={({ field, fieldState }) => (
          <TextField
            id={FIELDS.measuredOn.id}
            label={FIELDS.measuredOn.label}
            description="De dag waarop u het huishouden sprak; standaard vandaag, niet in de toekomst."
            type="date"
            value={field.value}
            onChange={(value) => {
              setEarly(null);
              field.onChange(value);
            }}
            inputRef={field.ref}
            error={fieldState.error?.message}
            size="narrow"
          />
        )}
      />
      <Controller
        control={form.control}
        name="note"
        render={({ field, fieldState }) => (
          <TextAreaField
            id={FIELDS.note.id}
            label={`${FIELDS.note.label} (niet verplicht)`}
            description="Wat is er veranderd? Geen namen of BSN."
            value={field.value}
            onChange={field.onChange}
            textAreaRef={field.ref}
            error={fieldState.error?.message}
            rows={2}
          />
        )}
      />
      {early ? (
        <Alert type="warning" role="alert" heading="Meting vóór het meetmoment">
          <p className="utrecht-paragraph">{early.message}</p>
          <p className="utrecht-paragraph">Een te vroege meting wordt bewaard, maar telt niet mee in de levenstevredenheid op het dashboard.</p>
          <ButtonGroup>
            <Button ref={confirmButton} appearance="primary" busy={save.isPending} onClick={() => void send(early.at, { ...early.body, confirmEarly: true })}>
              Ja, nu vastleggen
            </Button>
            <Button appearance="secondary" onClick={changeDate}>
              Datum aanpassen
            </Button>
          </ButtonGroup>
        </Alert>
      ) : (
        <ButtonGroup>
          <Button type="submit" appearance="primary" busy={save.isPending}>
            {correcting ? 'Meting corrigeren' : 'Meting vastleggen'}
          </Button>
        </ButtonGroup>
      )}
    </form>
  );
}
