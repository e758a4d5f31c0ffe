import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useController, type Control, type FieldErrors } from 'react-hook-form';
import { allowedPhases, phaseLabel } from '../../../../src/patterns/domain/phases';
import { BOTTLENECK_LEVELS, DOMAINS } from '../../../../src/plans/domain/vocabulary';
import { ERRORS } from '../../../../src/shared/errors';
import { ApiError, ConflictError } from '../../http/client';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { DataList } from '../../components/DataList';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SelectField, TextField } from '../../components/FormField';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextAreaField } from '../../components/TextAreaField';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { can, useUser } from '../../session';
import { PhaseStepper } from './PhaseStepper';
import { patternFormSchema, patternKeys, patternsApi, signalUrl, type Pattern, type PatternFormOutput, type PatternFormValues } from './patternsApi';
import './patterns.css';

const FIELDS = {
  title: { id: 'patroon-titel', label: 'Titel' },
  description: { id: 'patroon-omschrijving', label: 'Omschrijving' },
  level: { id: 'patroon-niveau', label: 'Niveau' },
  theme: { id: 'patroon-thema', label: 'Thema' },
  ownerId: { id: 'patroon-eigenaar', label: 'Patrooneigenaar' },
  phase: { id: 'patroon-fase', label: 'Fase' },
  steps: { id: 'patroon-stappen', label: 'Stappen (fase 1)' },
  diagnosis: { id: 'patroon-diagnose', label: 'Diagnose: de knelpunten (fase 2)' },
  solutions: { id: 'patroon-oplossingen', label: 'Oplossingen (fase 3)' },
  decisions: { id: 'patroon-besluiten', label: 'Besluiten' },
} satisfies Record<keyof PatternFormValues, { id: string; label: string }>;

const FIELD_NAMES = Object.keys(FIELDS) as (keyof PatternFormValues)[];
const TEXTS = ['steps', 'diagnosis', 'solutions', 'decisions'] as const;

export function PatternPage({ id }: { id: string }) {
  const me = useUser();
  const pattern = useQuery({ queryKey: patternKeys.one(id), queryFn: ({ signal }) => patternsApi.get(id, signal) });
  usePageTitle(pattern.data ? pattern.data.title : 'Patroon');
  if (!pattern.data) {
    return pattern.error ? <LoadError what="Het patroon" error={pattern.error} onRetry={() => void pattern.refetch()} /> : <Loading>Het patroon wordt geladen…</Loading>;
  }
  const data = pattern.data;
  return (
    <>
      <PageHeading>{data.title}</PageHeading>
      <PhaseStepper phase={data.phase} />
      <DataList
        items={[
          { key: 'Niveau', value: data.levelLabel },
          { key: 'Thema', value: data.themeLabel },
          { key: 'Patrooneigenaar', value: data.ownerName ?? 'Nog niemand' },
          { key: 'Casussen ter illustratie', value: <LinkedCases pattern={data} /> },
        ]}
      />
      <p className="dbk-actions">
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link" href={signalUrl(data.id, 'pdf')} download>
          Signaal (PDF)
        </a>{' '}
        <a className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link" href={signalUrl(data.id, 'json')} download>
          Signaal (JSON)
        </a>
      </p>
      <Paragraph small>Het signaal is bedoeld voor regio of Rijk: het bevat het patroon en het aantal casussen, geen persoonsgegevens of casusnummers.</Paragraph>
      {can(me, 'patterns.manage') ? <PatternForm key={data.id} pattern={data} /> : <PatternTexts pattern={data} />}
      <Paragraph>
        <TextLink href="/systeemleren">Terug naar systeemleren</TextLink>
      </Paragraph>
    </>
  );
}

function LinkedCases({ pattern }: { pattern: Pattern }) {
  if (!pattern.linkedCases) return <>{pattern.linkedPlans}</>;
  if (pattern.linkedCases.length === 0) return <>0</>;
  return (
    <>
      {pattern.linkedPlans}:{' '}
      {pattern.linkedCases.map((c, index) => (
        <span key={c.planId}>
          {index > 0 ? ', ' : ''}
          <TextLink href={`/plannen/${encodeURIComponent(c.planId)}`}>{c.caseNumber}</TextLink>
        </span>
      ))}
    </>
  );
}

function PatternTexts({ pattern }: { pattern: Pattern }) {
  return (
    <>
      {(['description', ...TEXTS] as const).map((field) => (
        <section key={field} aria-labelledby={`tekst-${field}`}>
          <Heading2 id={`tekst-${field}`}>{FIELDS[field].label}</Heading2>
          <p className="utrecht-paragraph dbk-paragraph dbk-pattern-text">{pattern[field] || 'Nog niet beschreven.'}</p>
        </section>
      ))}
    </>
  );
}

const formValues = (pattern: Pattern): PatternFormValues => ({
  title: pattern.title,
  description: pattern.description,
  level: pattern.level,
  theme: pattern.theme,
  ownerId: pattern.ownerId,
  phase: pattern.phase,
  steps: pattern.steps,
  diagnosis: pattern.diagnosis,
  solutions: pattern.solutions,
  decisions: pattern.decisions,
});

/** What the browser refused before sending, in the same shape as the server's 422, for the error summary. */
function clientError(errors: FieldErrors<PatternFormValues>): ApiError {
  const fieldErrors = FIELD_NAMES.flatMap((path) => {
    const message = errors[path]?.message;
    return typeof message === 'string' ? [{ path, message }] : [];
  });
  return new ApiError(422, ERRORS.validation.title, '', fieldErrors);
}

/**
 * The pattern's form, validated by the contract's save schema. A 409 keeps what the user typed:
 * the page shows the pattern as it now stands (from the 409's `current`), and saving again saves
 * the user's version on top of it.
 */
function PatternForm({ pattern }: { pattern: Pattern }) {
  const queryClient = useQueryClient();
  const colleagues = useQuery({ queryKey: patternKeys.colleagues, queryFn: ({ signal }) => patternsApi.colleagues(signal), select: (list) => list.items });
  const form = useZodForm(patternFormSchema, formValues(pattern));
  const [summary, setSummary] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  const save = useMutation({
    mutationFn: (values: PatternFormValues) => patternsApi.save(pattern.id, { ...values, version: pattern.version }),
    onMutate: () => {
      setSummary(null);
      setSaved(false);
    },
    onSuccess: (result) => {
      queryClient.setQueryData(patternKeys.one(result.id), result);
      void queryClient.invalidateQueries({ queryKey: patternKeys.list });
      form.reset(formValues(result));
      setSaved(true);
    },
    onError: (error) => {
      if (error instanceof ConflictError) {
        const current = error.member<Pattern>('current');
        if (current) queryClient.setQueryData(patternKeys.one(current.id), current);
      } else {
        applyServerErrors(form, error, FIELD_NAMES);
      }
      setSummary(error instanceof ApiError ? error : null);
    },
  });

  const submit = form.handleSubmit(
    (values) => save.mutate(values),
    (errors) => {
      setSaved(false);
      setSummary(clientError(errors));
    },
  );
  const owners = colleagues.data ?? [];

  const bound = { control: form.control, onEdit: () => setSaved(false) };

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Patroon bewerken">
      <Heading2>Patroon bewerken</Heading2>
      <ErrorSummary error={summary} fields={FIELDS} />
      <div role="status">{saved ? <Alert type="ok">Het patroon is opgeslagen.</Alert> : null}</div>
      <BoundField {...bound} name="title" />
      <BoundField {...bound} name="description" multiline description="In algemene termen: geen namen, casus- of cliëntnummers." />
      <BoundField
        {...bound}
        name="phase"
        options={allowedPhases(pattern.phase).map((p) => ({ value: p, label: phaseLabel(p) }))}
        description="Een patroon gaat één fase tegelijk vooruit of terug."
      />
      <BoundField {...bound} name="level" options={BOTTLENECK_LEVELS.map((l) => ({ value: l.key, label: l.label }))} description="Waar het op te lossen is." />
      <BoundField {...bound} name="theme" options={DOMAINS.map((d) => ({ value: d.key, label: d.label }))} />
      <BoundField
        {...bound}
        name="ownerId"
        options={[{ value: '', label: 'Nog niemand' }, ...owners.map((c) => ({ value: c.id, label: c.name }))]}
        description="Draagt het patroon door de fasen heen."
      />
      {TEXTS.map((name) => (
        <BoundField key={name} {...bound} name={name} multiline rows={5} />
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          Patroon opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface BoundFieldProps {
  control: Control<PatternFormValues, unknown, PatternFormOutput>;
  name: keyof PatternFormValues;
  /** Called on every edit (the "opgeslagen" notice goes away). */
  onEdit: () => void;
  description?: string;
  /** A select with these options; `ownerId`'s empty option means nobody (null). */
  options?: { value: string; label: string }[];
  multiline?: boolean;
  rows?: number;
}

/** One of the accessible field components, bound to the form: its value, its change and its Dutch error. */
function BoundField({ control, name, onEdit, description, options, multiline, rows }: BoundFieldProps) {
  const { field, fieldState } = useController({ control, name });
  const common = { id: FIELDS[name].id, label: FIELDS[name].label, description, error: fieldState.error?.message };
  const value = typeof field.value === 'string' ? field.value : '';
  const onChange = (next: string) => {
    field.onChange(name === 'ownerId' ? next || null : next);
    onEdit();
  };
  if (options) return <SelectField {...common} value={value} onChange={onChange} options={options} />;
  if (multiline) return <TextAreaField {...common} value={value} onChange={onChange} rows={rows} />;
  return <TextField {...common} value={value} onChange={onChange} />;
}
