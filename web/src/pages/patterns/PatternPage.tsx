import { useState, type FormEvent } from 'react';
import { allowedPhases, phaseLabel, type PatternPhase } from '../../../../src/patterns/domain/phases';
import { BOTTLENECK_LEVELS, DOMAINS } from '../../../../src/plans/domain/vocabulary';
import { ApiError } from '../../http/client';
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
import { useResource } from '../../useResource';
import { PhaseStepper } from './PhaseStepper';
import { patternsApi, signalUrl, type Colleague, type Pattern, type PatternInput } from './patternsApi';
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
};

const TEXTS = ['steps', 'diagnosis', 'solutions', 'decisions'] as const;

export function PatternPage({ id }: { id: string }) {
  const me = useUser();
  const pattern = useResource(() => patternsApi.get(id), id);
  usePageTitle(pattern.data ? pattern.data.title : 'Patroon');
  if (!pattern.data) {
    return pattern.error ? <LoadError what="Het patroon" error={pattern.error} onRetry={pattern.reload} /> : <Loading>Het patroon wordt geladen…</Loading>;
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
      {can(me, 'patterns.manage') ? <PatternForm pattern={data} onSaved={(saved) => pattern.update(() => saved)} /> : <PatternTexts pattern={data} />}
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

function PatternForm({ pattern, onSaved }: { pattern: Pattern; onSaved: (pattern: Pattern) => void }) {
  const colleagues = useResource(() => patternsApi.colleagues().then((r) => r.items));
  const [values, setValues] = useState<PatternInput & { phase: PatternPhase }>(() => ({
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
  }));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const change = (next: Partial<typeof values>) => {
    setValues((current) => ({ ...current, ...next }));
    setSaved(false);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await patternsApi.save(pattern.id, { ...values, version: pattern.version });
      setSaved(true);
      onSaved(result);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const owners: Colleague[] = colleagues.data ?? [];
  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Patroon bewerken">
      <Heading2>Patroon bewerken</Heading2>
      <ErrorSummary error={error} fields={FIELDS} />
      <div role="status">{saved ? <Alert type="ok">Het patroon is opgeslagen.</Alert> : null}</div>
      <TextField id={FIELDS.title.id} label={FIELDS.title.label} value={values.title} onChange={(title) => change({ title })} error={error?.fieldError('title')} />
      <TextAreaField
        id={FIELDS.description.id}
        label={FIELDS.description.label}
        value={values.description}
        onChange={(description) => change({ description })}
        description="In algemene termen: geen namen, casus- of cliëntnummers."
        error={error?.fieldError('description')}
      />
      <SelectField
        id={FIELDS.phase.id}
        label={FIELDS.phase.label}
        value={values.phase}
        onChange={(phase) => change({ phase: phase as PatternPhase })}
        options={allowedPhases(pattern.phase).map((p) => ({ value: p, label: phaseLabel(p) }))}
        description="Een patroon gaat één fase tegelijk vooruit of terug."
        error={error?.fieldError('phase')}
      />
      <SelectField
        id={FIELDS.level.id}
        label={FIELDS.level.label}
        value={values.level}
        onChange={(level) => change({ level: level as PatternInput['level'] })}
        options={BOTTLENECK_LEVELS.map((l) => ({ value: l.key, label: l.label }))}
        description="Waar het op te lossen is."
        error={error?.fieldError('level')}
      />
      <SelectField
        id={FIELDS.theme.id}
        label={FIELDS.theme.label}
        value={values.theme}
        onChange={(theme) => change({ theme: theme as PatternInput['theme'] })}
        options={DOMAINS.map((d) => ({ value: d.key, label: d.label }))}
        error={error?.fieldError('theme')}
      />
      <SelectField
        id={FIELDS.ownerId.id}
        label={FIELDS.ownerId.label}
        value={values.ownerId ?? ''}
        onChange={(ownerId) => change({ ownerId: ownerId || null })}
        options={[{ value: '', label: 'Nog niemand' }, ...owners.map((c) => ({ value: c.id, label: c.name }))]}
        description="Draagt het patroon door de fasen heen."
        error={error?.fieldError('ownerId')}
      />
      {TEXTS.map((field) => (
        <TextAreaField key={field} id={FIELDS[field].id} label={FIELDS[field].label} value={values[field]} onChange={(text) => change({ [field]: text })} rows={5} error={error?.fieldError(field)} />
      ))}
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          Patroon opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}
