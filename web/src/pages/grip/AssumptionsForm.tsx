import { useEffect, useRef, useState } from 'react';
import { Controller } from 'react-hook-form';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/FormField';
import { Table, TableBody, TableHead } from '../../components/Table';
import { formProblem } from '../../forms/formErrors';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { ApiError } from '../../http/client';
import { assumptionFields, assumptionsFormSchema, fieldId, formValues, type PercentField } from './assumptionsForm';
import { useSaveAssumptions, type GripAssumptions } from './gripApi';
import { pillarLabel } from './gripFormat';

const SCENARIOS: readonly { field: PercentField; label: string }[] = [
  { field: 'positivePercent', label: 'Positief scenario (%)' },
  { field: 'negativePercent', label: 'Negatief scenario (%)' },
];

/** The budgetbeheerder changes the growth assumptions per pillar; the scenarios follow on save. */
export function AssumptionsForm({ assumptions }: { assumptions: GripAssumptions }) {
  const form = useZodForm(assumptionsFormSchema, formValues(assumptions));
  const save = useSaveAssumptions();
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const doneRef = useRef<HTMLDivElement>(null);
  const fields = assumptionFields(assumptions);
  useEffect(() => {
    if (saved) doneRef.current?.focus();
  }, [saved]);

  const submit = form.handleSubmit(
    async (body) => {
      setSaved(false);
      try {
        const next = await save.mutateAsync(body);
        setError(null);
        form.reset(formValues(next));
        setSaved(true);
      } catch (caught) {
        applyServerErrors(form, caught, Object.keys(fields));
        setError(caught instanceof ApiError ? caught : new ApiError(0, 'De aannames zijn niet opgeslagen.', String(caught)));
      }
    },
    (errors) => {
      setSaved(false);
      setError(formProblem(errors, 'De aannames zijn niet opgeslagen.', 'Verbeter de percentages hieronder en probeer het opnieuw.'));
    },
  );

  return (
    <form className="utrecht-form dbk-form dbk-grip-assumptions" noValidate onSubmit={(event) => void submit(event)} aria-labelledby="grip-aannames-wijzigen">
      {saved ? (
        <Alert type="ok" role="status" heading="De groeiaannames zijn opgeslagen." ref={doneRef}>
          <p className="utrecht-paragraph dbk-paragraph">De positieve en negatieve scenario’s zijn opnieuw berekend.</p>
        </Alert>
      ) : null}
      <ErrorSummary error={error} fields={fields} />
      <Table caption="Groeiaannames wijzigen, per pijler">
        <TableHead columns={['Pijler', ...SCENARIOS.map((s) => s.label)]} />
        <TableBody>
          {assumptions.pillars.map((p, index) => (
            <tr key={p.pillar} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                {pillarLabel(p.pillar)}
              </th>
              {SCENARIOS.map((s) => (
                <td key={s.field} className="utrecht-table__cell">
                  <Controller
                    control={form.control}
                    name={`pillars.${index}.${s.field}`}
                    render={({ field, fieldState }) => (
                      <TextField
                        id={fieldId(index, s.field)}
                        label={<span className="dbk-visually-hidden">{fields[`pillars.${index}.${s.field}`]!.label} in procent</span>}
                        value={field.value}
                        onChange={field.onChange}
                        inputRef={field.ref}
                        error={fieldState.error?.message}
                        size="narrow"
                        autoComplete="off"
                      />
                    )}
                  />
                </td>
              ))}
            </tr>
          ))}
        </TableBody>
      </Table>
      <Button type="submit" appearance="primary" busy={save.isPending}>
        Aannames opslaan
      </Button>
    </form>
  );
}
