import { useEffect, useMemo, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import { useFieldArray, useWatch } from 'react-hook-form';
import { scheduleAgenda } from '../../../../src/tables/domain/agenda';
import { formatEuro } from '../../../../src/shared/money';
import { ApiError } from '../../http/client';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Heading3 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { formProblem } from '../../forms/formErrors';
import { tablesApi, type Candidate, type SessionDetail } from './tablesApi';
import { move, statusLabel } from './tablesFormat';
import { agendaFormSchema, type AgendaDraft, type AgendaFormValues } from './tablesForms';

const draftsOf = (detail: SessionDetail): AgendaDraft[] =>
  detail.agenda.map((a) => ({ planId: a.planId, caseNumber: a.caseNumber, status: a.status, slotMinutes: String(a.slotMinutes), planCents: a.kba.planCents }));

const slotId = (index: number) => `agenda-tijdvak-${index}`;

/** The voorzitter's agenda: add candidates, reorder by buttons, set the slot per case, save. */
export function AgendaBuilder({ detail, onSaved }: { detail: SessionDetail; onSaved: (detail: SessionDetail) => void }) {
  const schema = useMemo(() => agendaFormSchema(detail.maxSlotMinutes), [detail.maxSlotMinutes]);
  const form = useZodForm(schema, { items: draftsOf(detail) } satisfies AgendaFormValues);
  const list = useFieldArray({ control: form.control, name: 'items' });
  const watched = useWatch({ control: form.control, name: 'items' });
  const items: AgendaDraft[] = list.fields.map((field, index) => ({ ...field, ...watched[index] }));
  const dirty = form.formState.isDirty;
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const save = useMutation({ mutationFn: (body: { planId: string; slotMinutes: number }[]) => tablesApi.saveAgenda(detail.session.id, body) });

  useEffect(() => {
    if (!focusTarget) return;
    buttons.current.get(focusTarget)?.focus();
    setFocusTarget(null);
  }, [focusTarget, list.fields]);

  const onAgenda = new Set(items.map((i) => i.planId));
  const candidates = detail.candidates.filter((c) => !onAgenda.has(c.planId));
  const removed: Candidate[] = detail.agenda
    .filter((a) => !onAgenda.has(a.planId))
    .map((a) => ({ planId: a.planId, caseNumber: a.caseNumber, status: a.status, kba: a.kba }));
  const addable = [...removed, ...candidates];
  const schedule = scheduleAgenda(
    detail.session.startTime,
    items.map((item) => ({ ...item, slotMinutes: Number.parseInt(item.slotMinutes, 10) || 0 })),
  );

  const reorder = (index: number, delta: number, direction: 'op' | 'neer') => {
    const item = items[index]!;
    const next = move(items, index, delta);
    if (next.indexOf(item) === index) {
      setAnnouncement(`Casus ${item.caseNumber} staat al ${delta < 0 ? 'bovenaan' : 'onderaan'}.`);
      return;
    }
    list.move(index, index + delta);
    setFocusTarget(`${item.planId}-${direction}`);
    setAnnouncement(`Casus ${item.caseNumber} staat nu op plaats ${next.indexOf(item) + 1} van ${next.length}.`);
  };

  const add = (candidate: Candidate) => {
    list.append({ planId: candidate.planId, caseNumber: candidate.caseNumber, status: candidate.status, slotMinutes: String(Math.min(detail.table.slotMinutes, detail.maxSlotMinutes)), planCents: candidate.kba.planCents });
    setAnnouncement(`Casus ${candidate.caseNumber} staat op de agenda, op plaats ${items.length + 1}. Vergeet niet op te slaan.`);
  };

  const remove = (index: number) => {
    const item = items[index]!;
    list.remove(index);
    setAnnouncement(`Casus ${item.caseNumber} is van de agenda gehaald. U kunt hem hieronder weer toevoegen; er is nog niets opgeslagen.`);
  };

  const fieldNames = items.flatMap((_, index) => [`items.${index}.slotMinutes`, `items.${index}.planId`]);
  const submit = form.handleSubmit(
    async ({ items: body }) => {
      setError(null);
      try {
        const saved = await save.mutateAsync(body);
        form.reset({ items: draftsOf(saved) });
        setAnnouncement('De agenda is opgeslagen.');
        onSaved(saved);
      } catch (caught) {
        applyServerErrors(form, caught, fieldNames);
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      }
    },
    (errors) => setError(formProblem(errors)),
  );
  const slotError = (index: number) => form.formState.errors.items?.[index]?.slotMinutes?.message;

  const fields = Object.fromEntries(items.flatMap((item, index) => [[`items.${index}.slotMinutes`, { id: slotId(index), label: `Tijdvak casus ${item.caseNumber}` }], [`items.${index}.planId`, { id: `${item.planId}-op`, label: `Casus ${item.caseNumber}` }]]));

  return (
    <div className="dbk-agenda-builder">
      <ErrorSummary error={error} fields={fields} />
      {items.length === 0 ? (
        <Paragraph>Er staan nog geen casussen op de agenda. Voeg ze hieronder toe.</Paragraph>
      ) : (
        <Table caption="Agenda: casussen in volgorde van bespreking">
          <TableHead columns={['#', 'Tijd', 'Casus', 'Status', 'Minuten', 'Maatwerk', 'Volgorde']} />
          <TableBody>
            {schedule.items.map((item, index) => (
              <Row key={list.fields[index]?.id ?? item.planId}>
                <Cell>{index + 1}</Cell>
                <Cell>
                  {item.startsAt}–{item.endsAt}
                </Cell>
                <Cell header>Casus {item.caseNumber}</Cell>
                <Cell>{statusLabel(item.status)}</Cell>
                <Cell>
                  <label className="dbk-visually-hidden" htmlFor={slotId(index)}>
                    Tijdvak casus {item.caseNumber} in minuten
                  </label>
                  <input
                    id={slotId(index)}
                    className={`utrecht-textbox utrecht-textbox--html-input dbk-slot-input${slotError(index) ? ' utrecht-textbox--invalid' : ''}`}
                    inputMode="numeric"
                    aria-invalid={slotError(index) ? true : undefined}
                    {...form.register(`items.${index}.slotMinutes`)}
                  />
                </Cell>
                <Cell>{formatEuro(item.planCents)}</Cell>
                <Cell>
                  <div className="dbk-row-actions">
                    <Button
                      appearance="secondary"
                      ref={(el) => void (el ? buttons.current.set(`${item.planId}-op`, el) : buttons.current.delete(`${item.planId}-op`))}
                      aria-label={`Omhoog: casus ${item.caseNumber}`}
                      onClick={() => reorder(index, -1, 'op')}
                    >
                      Omhoog
                    </Button>
                    <Button
                      appearance="secondary"
                      ref={(el) => void (el ? buttons.current.set(`${item.planId}-neer`, el) : buttons.current.delete(`${item.planId}-neer`))}
                      aria-label={`Omlaag: casus ${item.caseNumber}`}
                      onClick={() => reorder(index, 1, 'neer')}
                    >
                      Omlaag
                    </Button>
                    <Button appearance="subtle" aria-label={`Van de agenda: casus ${item.caseNumber}`} onClick={() => remove(index)}>
                      Verwijderen
                    </Button>
                  </div>
                </Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
      <p className="utrecht-paragraph" id="agenda-totaal">
        Totale duur: <strong>{schedule.totalMinutes} minuten</strong> ({detail.session.startTime}–{schedule.endsAt}). Hoogstens {detail.maxSlotMinutes} minuten per casus.
      </p>
      <p className="dbk-actions">
        <Button appearance="primary" busy={save.isPending} onClick={() => void submit()}>
          Agenda opslaan
        </Button>{' '}
        {dirty ? <span className="dbk-muted">Er zijn wijzigingen die nog niet zijn opgeslagen.</span> : null}
      </p>
      <div className="dbk-visually-hidden" role="status" aria-live="polite" id="agenda-melding">
        {announcement}
      </div>
      <Heading3>Kandidaten</Heading3>
      {addable.length === 0 ? (
        <Paragraph>Er zijn geen plannen die op deze agenda kunnen.</Paragraph>
      ) : (
        <ul className="dbk-candidate-list">
          {addable.map((candidate) => (
            <li key={candidate.planId} className="dbk-candidate">
              <span>
                Casus {candidate.caseNumber} · {statusLabel(candidate.status)} · maatwerk {formatEuro(candidate.kba.planCents)}
              </span>{' '}
              <Button appearance="secondary" aria-label={`Op de agenda: casus ${candidate.caseNumber}`} onClick={() => add(candidate)}>
                Op de agenda
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
