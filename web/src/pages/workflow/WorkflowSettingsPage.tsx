import { useState, type FormEvent } from 'react';
import { ROLES, type Role } from '../../../../src/auth/roles';
import { ApiError } from '../../http/client';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../components/FormField';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useResource } from '../../useResource';
import { workflowApi, type Preset, type WorkflowSettings } from './workflowApi';

const FIELDS = {
  preset: { id: 'werkwijze-preset', label: 'Werkwijze' },
  approvalThreshold: { id: 'werkwijze-drempel', label: 'Aantal goedkeuringen' },
  sparRequired: { id: 'werkwijze-spar', label: 'Eerst naar de spar-tafel' },
  tableRoles: { id: 'werkwijze-agenderen', label: 'Wie mag een plan agenderen' },
  decideRoles: { id: 'werkwijze-besluiten', label: 'Wie besluit aan tafel' },
  slotMinutes: { id: 'werkwijze-minuten', label: 'Minuten per casus op de agenda' },
};

// Roles that take part in cases; beleid and beheerder never see case content.
const CASE_ROLES = ROLES.filter((role) => role.key !== 'beleid' && role.key !== 'beheerder');

export function WorkflowSettingsPage() {
  usePageTitle('Werkwijze');
  const settings = useResource(() => workflowApi.settings(), 'werkwijze');
  return (
    <>
      <PageHeading>Werkwijze</PageHeading>
      <Paragraph lead>Hoe uw gemeente van concept naar besluit werkt: kies een voorinstelling en pas die zo nodig aan.</Paragraph>
      {settings.data ? (
        <SettingsForm initial={settings.data} presets={settings.data.presets} />
      ) : settings.error ? (
        <LoadError what="De werkwijze" error={settings.error} onRetry={settings.reload} />
      ) : (
        <Loading>De werkwijze wordt geladen…</Loading>
      )}
    </>
  );
}

function SettingsForm({ initial, presets }: { initial: WorkflowSettings; presets: Preset[] }) {
  const [values, setValues] = useState<WorkflowSettings>(() => ({
    preset: initial.preset,
    approvalThreshold: initial.approvalThreshold,
    sparRequired: initial.sparRequired,
    tableRoles: initial.tableRoles,
    decideRoles: initial.decideRoles,
    slotMinutes: initial.slotMinutes,
  }));
  const [minutes, setMinutes] = useState(String(initial.slotMinutes));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);
  const preset = presets.find((p) => p.key === values.preset);

  const change = (next: Partial<WorkflowSettings>) => {
    setValues((current) => ({ ...current, ...next }));
    setSaved(false);
  };
  const choosePreset = (key: string) => {
    const chosen = presets.find((p) => p.key === key);
    if (!chosen) return;
    change(chosen.settings);
    setMinutes(String(chosen.settings.slotMinutes));
  };
  const toggle = (field: 'tableRoles' | 'decideRoles', role: Role, on: boolean) =>
    change({ [field]: on ? [...values[field], role] : values[field].filter((r) => r !== role) });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!/^\d{1,3}$/.test(minutes.trim())) {
      setError(new ApiError(422, 'De invoer is niet geldig.', 'Controleer het aantal minuten.', [{ path: 'slotMinutes', message: 'Vul een heel aantal minuten in, tussen 5 en 120.' }]));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await workflowApi.saveSettings({ ...values, slotMinutes: Number(minutes.trim()) });
      setValues({ ...values, slotMinutes: result.slotMinutes });
      setSaved(true);
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Werkwijze wijzigen">
      <ErrorSummary error={error} fields={FIELDS} />
      {saved ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph dbk-paragraph">De werkwijze is opgeslagen. Nieuwe besluiten volgen deze instellingen.</p>
        </Alert>
      ) : null}
      <SelectField
        id={FIELDS.preset.id}
        label={FIELDS.preset.label}
        value={values.preset}
        onChange={choosePreset}
        options={presets.map((p) => ({ value: p.key, label: p.label }))}
        description={preset?.description}
        error={error?.fieldError('preset')}
      />
      <SelectField
        id={FIELDS.approvalThreshold.id}
        label={FIELDS.approvalThreshold.label}
        value={String(values.approvalThreshold)}
        onChange={(value) => change({ approvalThreshold: Number(value) })}
        options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: n === 1 ? '1 goedkeuring' : `${n} goedkeuringen` }))}
        description="Goedkeuringen van anderen dan de auteur. Twee is het zes-ogenprincipe."
        error={error?.fieldError('approvalThreshold')}
      />
      <Fieldset id="werkwijze-spar-groep" legend="Spar-tafel">
        <CheckboxField
          id={FIELDS.sparRequired.id}
          label={FIELDS.sparRequired.label}
          checked={values.sparRequired}
          onChange={(sparRequired) => change({ sparRequired })}
          description="Aangevinkt: een concept kan pas worden geagendeerd nadat het op de spar-tafel is besproken."
        />
      </Fieldset>
      <RoleGroup field="tableRoles" values={values} toggle={toggle} error={error?.fieldError('tableRoles')} description="Zij brengen een plan naar de spar-tafel of doorbraaktafel en zetten het terug naar concept." />
      <RoleGroup field="decideRoles" values={values} toggle={toggle} error={error?.fieldError('decideRoles')} description="Zij keuren goed, sturen terug of wijzen af. De auteur telt nooit mee." />
      <TextField
        id={FIELDS.slotMinutes.id}
        label={FIELDS.slotMinutes.label}
        value={minutes}
        onChange={(value) => {
          setMinutes(value);
          setSaved(false);
        }}
        size="narrow"
        description="Tussen 5 en 120 minuten."
        error={error?.fieldError('slotMinutes')}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={busy}>
          Werkwijze opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface RoleGroupProps {
  field: 'tableRoles' | 'decideRoles';
  values: WorkflowSettings;
  toggle: (field: 'tableRoles' | 'decideRoles', role: Role, on: boolean) => void;
  description: string;
  error: string | undefined;
}

function RoleGroup({ field, values, toggle, description, error }: RoleGroupProps) {
  const { id, label } = FIELDS[field];
  return (
    <Fieldset id={id} legend={label} description={description} error={error}>
      {CASE_ROLES.map((role) => (
        <CheckboxField
          key={role.key}
          id={`${id}-${role.key}`}
          label={role.label}
          checked={values[field].includes(role.key)}
          onChange={(on) => toggle(field, role.key, on)}
        />
      ))}
    </Fieldset>
  );
}
