import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { z } from 'zod';
import { ROLES, type Role } from '../../../../src/auth/roles';
import { workflowSettingsBody } from '../../../../src/workflow/workflow.contract';
import { Alert } from '../../components/Alert';
import { Button, ButtonGroup } from '../../components/Button';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxField, Fieldset, SelectField, TextField } from '../../components/FormField';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { applyServerErrors, useZodForm } from '../../forms/useZodForm';
import { ApiError } from '../../http/client';
import { formProblem } from '../../forms/formErrors';
import { workflowApi, workflowKeys, type Preset, type WorkflowSettingsBody, type WorkflowSettingsOut } from './workflowApi';

const FIELDS = {
  preset: { id: 'werkwijze-preset', label: 'Werkwijze' },
  approvalThreshold: { id: 'werkwijze-drempel', label: 'Aantal goedkeuringen' },
  sparRequired: { id: 'werkwijze-spar', label: 'Eerst naar de spar-tafel' },
  tableRoles: { id: 'werkwijze-agenderen', label: 'Wie mag een plan agenderen' },
  decideRoles: { id: 'werkwijze-besluiten', label: 'Wie besluit aan tafel' },
  slotMinutes: { id: 'werkwijze-minuten', label: 'Minuten per casus op de agenda' },
};
const FIELD_NAMES = Object.keys(FIELDS) as (keyof typeof FIELDS)[];

const MINUTES = 'Vul een heel aantal minuten in, tussen 5 en 120.';

/** The contract's settings, with the minutes as typed in a text field. */
const settingsForm = workflowSettingsBody.extend({
  slotMinutes: z.string().trim().regex(/^\d{1,3}$/, MINUTES).transform(Number).pipe(workflowSettingsBody.shape.slotMinutes),
});
type SettingsFormValues = z.input<typeof settingsForm>;
type SettingsFormApi = UseFormReturn<SettingsFormValues, unknown, WorkflowSettingsBody>;

const toForm = (settings: WorkflowSettingsBody): SettingsFormValues => ({
  preset: settings.preset,
  approvalThreshold: settings.approvalThreshold,
  sparRequired: settings.sparRequired,
  tableRoles: [...settings.tableRoles],
  decideRoles: [...settings.decideRoles],
  slotMinutes: String(settings.slotMinutes),
});

// Roles that take part in cases; beleid and beheerder never see case content.
const CASE_ROLES = ROLES.filter((role) => role.key !== 'beleid' && role.key !== 'beheerder');

export function WorkflowSettingsPage() {
  usePageTitle('Werkwijze');
  const settings = useQuery({ queryKey: workflowKeys.settings, queryFn: ({ signal }) => workflowApi.settings(signal) });
  return (
    <>
      <PageHeading>Werkwijze</PageHeading>
      <Paragraph lead>Hoe uw gemeente van concept naar besluit werkt: kies een voorinstelling en pas die zo nodig aan.</Paragraph>
      {settings.data ? (
        <SettingsForm initial={settings.data} />
      ) : settings.error ? (
        <LoadError what="De werkwijze" error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <Loading>De werkwijze wordt geladen…</Loading>
      )}
    </>
  );
}

function SettingsForm({ initial }: { initial: WorkflowSettingsOut }) {
  const queryClient = useQueryClient();
  const presets = initial.presets;
  const form = useZodForm(settingsForm, toForm(initial));
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: workflowApi.saveSettings,
    onSuccess: (result) => queryClient.setQueryData(workflowKeys.settings, result),
  });
  // Any change after a save: the confirmation no longer speaks for what is on screen.
  useEffect(() => {
    const subscription = form.watch(() => setSaved(false));
    return () => subscription.unsubscribe();
  }, [form]);
  const preset = presets.find((p) => p.key === form.watch('preset'));

  const choosePreset = (key: string) => {
    const chosen = presets.find((p) => p.key === key);
    if (chosen) form.reset(toForm(chosen.settings), { keepDefaultValues: true, keepIsSubmitted: true });
  };

  const submit = form.handleSubmit(
    async (values) => {
      setError(null);
      try {
        const result = await save.mutateAsync(values);
        form.reset(toForm(result));
        setSaved(true);
      } catch (caught) {
        applyServerErrors(form, caught, FIELD_NAMES);
        if (caught instanceof ApiError) setError(caught);
      }
    },
    (errors) => setError(formProblem(errors, undefined, 'Controleer de gemarkeerde velden.')),
  );

  return (
    <form className="utrecht-form dbk-form" noValidate onSubmit={(event) => void submit(event)} aria-label="Werkwijze wijzigen">
      <ErrorSummary error={error} fields={FIELDS} />
      {saved ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph dbk-paragraph">De werkwijze is opgeslagen. Nieuwe besluiten volgen deze instellingen.</p>
        </Alert>
      ) : null}
      <Controller
        control={form.control}
        name="preset"
        render={({ field, fieldState }) => (
          <SelectField
            id={FIELDS.preset.id}
            label={FIELDS.preset.label}
            value={field.value}
            onChange={choosePreset}
            options={presets.map((p: Preset) => ({ value: p.key, label: p.label }))}
            description={preset?.description}
            error={fieldState.error?.message}
          />
        )}
      />
      <Controller
        control={form.control}
        name="approvalThreshold"
        render={({ field, fieldState }) => (
          <SelectField
            id={FIELDS.approvalThreshold.id}
            label={FIELDS.approvalThreshold.label}
            value={String(field.value)}
            onChange={(value) => field.onChange(Number(value))}
            options={[1, 2, 3, 4, 5].map((n) => ({ value: String(n), label: n === 1 ? '1 goedkeuring' : `${n} goedkeuringen` }))}
            description="Goedkeuringen van anderen dan de auteur. Twee is het zes-ogenprincipe."
            error={fieldState.error?.message}
          />
        )}
      />
      <Fieldset id="werkwijze-spar-groep" legend="Spar-tafel">
        <Controller
          control={form.control}
          name="sparRequired"
          render={({ field }) => (
            <CheckboxField
              id={FIELDS.sparRequired.id}
              label={FIELDS.sparRequired.label}
              checked={field.value}
              onChange={field.onChange}
              description="Aangevinkt: een concept kan pas worden geagendeerd nadat het op de spar-tafel is besproken."
            />
          )}
        />
      </Fieldset>
      <RoleGroup field="tableRoles" form={form} description="Zij brengen een plan naar de spar-tafel of doorbraaktafel en zetten het terug naar concept." />
      <RoleGroup field="decideRoles" form={form} description="Zij keuren goed, sturen terug of wijzen af. De auteur telt nooit mee." />
      <Controller
        control={form.control}
        name="slotMinutes"
        render={({ field, fieldState }) => (
          <TextField
            id={FIELDS.slotMinutes.id}
            label={FIELDS.slotMinutes.label}
            value={field.value}
            onChange={field.onChange}
            inputRef={field.ref}
            size="narrow"
            description="Tussen 5 en 120 minuten."
            error={fieldState.error?.message}
          />
        )}
      />
      <ButtonGroup>
        <Button type="submit" appearance="primary" busy={save.isPending}>
          Werkwijze opslaan
        </Button>
      </ButtonGroup>
    </form>
  );
}

interface RoleGroupProps {
  field: 'tableRoles' | 'decideRoles';
  form: SettingsFormApi;
  description: string;
}

function RoleGroup({ field: name, form, description }: RoleGroupProps) {
  const { id, label } = FIELDS[name];
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field, fieldState }) => (
        <Fieldset id={id} legend={label} description={description} error={fieldState.error?.message}>
          {CASE_ROLES.map((role) => (
            <CheckboxField
              key={role.key}
              id={`${id}-${role.key}`}
              label={role.label}
              checked={field.value.includes(role.key)}
              onChange={(on) => field.onChange(on ? [...field.value, role.key] : field.value.filter((r: Role) => r !== role.key))}
            />
          ))}
        </Fieldset>
      )}
    />
  );
}
