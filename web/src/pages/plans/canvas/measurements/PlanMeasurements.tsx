import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert } from '../../../../components/Alert';
import { Cell, Row, Table, TableBody, TableHead } from '../../../../components/Table';
import { can, useUser } from '../../../../session';
import { actionsKey } from '../../../actions/actionsApi';
import { dueText, formatIsoDate } from '../../../actions/actionsFormat';
import { MeasurementForm } from './MeasurementForm';
import { measurementsApi, measurementsKey, type ScheduledMoment } from './measurementsApi';

function status(item: ScheduledMoment): string {
  if (item.done) return `Gemeten op ${formatIsoDate(item.measuredOn!)}: ${item.lifeSatisfaction} / 10`;
  return item.overdue ? dueText(item.dueDate, true) : 'Nog niet gemeten';
}

/**
 * Follow-up of an approved plan (DOMAIN.md §5 step 8): life satisfaction at intake, the schedule
 * of measurements after the maatwerk, at 6 and at 12 months, and a form to record one. Shown once
 * the plan has a schedule or measurements.
 */
export function PlanMeasurements({ planId }: { planId: string }) {
  const me = useUser();
  const queryClient = useQueryClient();
  const data = useQuery({ queryKey: measurementsKey(planId), queryFn: () => measurementsApi.get(planId) });
  const [saved, setSaved] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = data.data !== undefined && (data.data.schedule.length > 0 || data.data.items.length > 0);

  // Mijn acties links here (#metingen): bring the section into view once it is there.
  useEffect(() => {
    if (shown && window.location.hash === '#metingen') {
      heading.current?.scrollIntoView({ block: 'start' });
      heading.current?.focus();
    }
  }, [shown]);

  if (data.error) {
    return (
      <p className="utrecht-paragraph" role="alert">
        De metingen konden niet worden geladen: {data.error.message}
      </p>
    );
  }
  if (!shown || !data.data) return null;
  const { intake, items, schedule } = data.data;
  const noteOf = (moment: string) => items.find((item) => item.moment === moment)?.note ?? '';

  return (
    <section className="dbk-questions" aria-labelledby="metingen">
      <h2 id="metingen" ref={heading} tabIndex={-1} className="utrecht-heading-2">
        Opvolging: levenstevredenheid
      </h2>
      <p className="utrecht-paragraph">Bij de intake: {intake === null ? 'niet ingevuld' : `${intake} / 10`}.</p>
      <Table caption="Meetschema">
        <TableHead columns={['Meetmoment', 'Uiterlijk', 'Stand', 'Toelichting']} />
        <TableBody>
          {schedule.length > 0
            ? schedule.map((item) => (
                <Row key={item.moment}>
                  <Cell header>{item.label}</Cell>
                  <Cell>{formatIsoDate(item.dueDate)}</Cell>
                  <Cell>{status(item)}</Cell>
                  <Cell>{noteOf(item.moment)}</Cell>
                </Row>
              ))
            : items.map((item) => (
                <Row key={item.moment}>
                  <Cell header>{item.label}</Cell>
                  <Cell>–</Cell>
                  <Cell>{`Gemeten op ${formatIsoDate(item.measuredOn)}: ${item.lifeSatisfaction} / 10`}</Cell>
                  <Cell>{item.note}</Cell>
                </Row>
              ))}
        </TableBody>
      </Table>
      {saved ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{saved}</p>
        </Alert>
      ) : null}
      {can(me, 'measurements.create') ? (
        <MeasurementForm
          key={items.length}
          planId={planId}
          data={data.data}
          onSaved={(measurement, corrected) => {
            setSaved(`${measurement.label}: ${measurement.lifeSatisfaction} / 10 ${corrected ? 'gecorrigeerd' : 'vastgelegd'}.`);
            // The schedule here and Mijn acties (where this measurement was due) read again.
            void queryClient.invalidateQueries({ queryKey: measurementsKey(planId) });
            void queryClient.invalidateQueries({ queryKey: actionsKey });
          }}
        />
      ) : null}
    </section>
  );
}
