import { useState, type FormEvent } from 'react';
import { MEASUREMENT_MOMENTS } from '../../../../../../src/followup/domain/schedule';
import { amsterdamDate } from '../../../../../../src/shared/dates';
import { ApiError } from '../../../../http/client';
import { Button, ButtonGroup } from '../../../../components/Button';
import { ErrorSummary } from '../../../../components/ErrorSummary';
import { SelectField, TextField } from '../../../../components/FormField';
import { TextAreaField } from '../../../../components/TextAreaField';
import { measurementsApi, suggestedMoment, type Measurement, type PlanMeasurementsData } from './measurementsApi';

const FIELDS = {
  moment: { id: 'meting-moment', label: 'Meetmoment' },
  lifeSatisfaction: { id: 'meting-cijfer', label: 'Levenstevredenheid' },
  measuredOn: { id: 'meting-datum', label: 'Datum van de meting' },
  note: { id: 'meting-toelichting', label: 'Toelichting' },
  status: { id: 'meting-moment', label: 'Plan' },
};

const SCORES = [{ value: '', label: 'Kies een cijfer' }, ...Array.from({ length: 10 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }))];

/** Records a measurement, or corrects one when the chosen moment was measured already. */
export function MeasurementForm({ planId, data, onSaved }: { planId: string; data: PlanMeasurementsData; onSaved: (saved: Measurement, corrected: boolean) => void }) {
  const [moment, setMoment] = useState(() => suggestedMoment(data.schedule));
  const [score, setScore] = useState('');
  const [note, setNote] = useState('');
  const [measuredOn, setMeasuredOn] = useState(() => amsterdamDate(new Date()));
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const recorded = (key: string) => data.items.some((item) => item.moment === key);
  const correcting = recorded(moment);
  const message = (path: keyof typeof FIELDS) => error?.errors.find((e) => e.path === path)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!score) {
      setError(new ApiError(422, 'De invoer is niet geldig.', '', [{ path: 'lifeSatisfaction', message: 'Kies een cijfer van 1 tot en met 10.' }]));
      return;
    }
    setBusy(true);
    try {
      const body = { lifeSatisfaction: Number(score), note: note.trim(), ...(measuredOn ? { measuredOn } : {}) };
      const saved = correcting ? await measurementsApi.correct(planId, moment, body) : await measurementsApi.record(planId, moment, body);
      setError(null);
      setScore('');
      setNote('');
      onSaved(saved, correcting);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Meting vastleggen">
      <ErrorSummary error={error} fields={FIELDS} />
      <SelectField
        id={FIELDS.moment.id}
        label={FIELDS.moment.label}
        value={moment}
        onChange={setMoment}
        options={MEASUREMENT_MOMENTS.map((m) => ({ value: m.key, label: recorded(m.key) ? `${m.label} (al gemeten: corrigeren)` : m.label }))}
        error={message('moment') ?? message('status')}
      />
      <SelectField
        id={FIELDS.lifeSatisfaction.id}
        label={FIELDS.lifeSatisfaction.label}
        description="Hoe tevreden is het huishouden over het leven, van 1 (zeer ontevreden) tot 10 (zeer tevreden)?"
        value={score}
        onChange={setScore}
        options={SCORES}
        error={message('lifeSatisfaction')}
      />
      <TextField id={FIELDS.measuredOn.id} label={FIELDS.measuredOn.label} type="date" value={measuredOn} onChange={setMeasuredOn} error={message('measuredOn')} size="narrow" />
      <TextAreaField
        id={FIELDS.note.id}
        label={`${FIELDS.note.label} (niet verplicht)`}
        description="Wat is er veranderd? Geen namen of BSN."
        value={note}
        onChange={setNote}
        error={message('note')}
        rows={2}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          {correcting ? 'Meting corrigeren' : 'Meting vastleggen'}
        </Button>
      </ButtonGroup>
    </form>
  );
}
