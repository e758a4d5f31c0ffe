import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatEuro } from '../../../../src/shared/money';
import { Alert } from '../../components/Alert';
import { Button } from '../../components/Button';
import { CheckboxField } from '../../components/FormField';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { can, useUser } from '../../session';
import { DASHBOARD_PATH, dashboardApi, dashboardFilterSchema, dashboardKeys, filtersHref, type DashboardAggregates, type RegionView } from './dashboardApi';
import './dashboard.css';

const score = (value: number | null) => (value === null ? '–' : value.toLocaleString('nl-NL', { maximumFractionDigits: 2 }));

const ROWS: [string, (d: DashboardAggregates) => string][] = [
  ['Aantal plannen', (d) => String(d.plans.count)],
  ['Rendement totaal', (d) => formatEuro(d.returns.totalCents)],
  ['Rendement gemiddeld', (d) => formatEuro(d.returns.averageCents)],
  ['Huidige kosten', (d) => formatEuro(d.currentCents)],
  ['Dreigende kosten', (d) => formatEuro(d.threatenedCents)],
  ['Kosten maatwerkplannen', (d) => formatEuro(d.planCents)],
  ['Maatwerkbudget', (d) => formatEuro(d.budget.budgetCents)],
  ['Vastgelegd', (d) => formatEuro(d.budget.committedCents)],
  ['Betaald', (d) => formatEuro(d.budget.paidCents)],
  ['Levenstevredenheid intake', (d) => score(d.satisfaction.intakeAverage)],
  ['Levenstevredenheid na 12 maanden', (d) => score(d.satisfaction.after12mAverage)],
  ['Meest gebruikte grondslag', (d) => (d.topLegalBases[0] ? `${d.topLegalBases[0].regulation} ${d.topLegalBases[0].article}`.trim() : '–')],
];

function Comparison({ view }: { view: RegionView }) {
  return (
    <Table caption={`Cijfers per gemeente in ${view.region ?? 'de regio'}`}>
      <TableHead columns={['Cijfer', ...view.municipalities.map((m) => m.name)]} />
      <TableBody>
        {ROWS.map(([name, value]) => (
          <Row key={name}>
            <Cell header>{name}</Cell>
            {view.municipalities.map((m) => (
              <Cell key={m.tenantId}>{value(m.dashboard)}</Cell>
            ))}
          </Row>
        ))}
      </TableBody>
    </Table>
  );
}

function OptInSetting({ optedIn }: { optedIn: boolean }) {
  const queryClient = useQueryClient();
  const [checked, setChecked] = useState(optedIn);
  const [message, setMessage] = useState<string | undefined>();
  const save = useMutation({
    mutationFn: dashboardApi.saveSettings,
    onSuccess: (saved) => {
      setMessage(saved.regionOptIn ? 'Uw gemeente deelt haar cijfers nu met de regio.' : 'Uw gemeente deelt haar cijfers niet meer met de regio.');
      // Who shares changed: the comparison is loaded again.
      void queryClient.invalidateQueries({ queryKey: dashboardKeys.regions });
    },
    onError: (error) => setMessage(`Opslaan lukte niet: ${error.message}`),
  });
  return (
    <section aria-labelledby="regio-instelling" className="dbk-panel">
      <Heading2 id="regio-instelling">Delen met de regio</Heading2>
      <CheckboxField
        id="regio-deelnemen"
        label="Toon de cijfers van onze gemeente aan de gemeenten in de regio die ook meedoen"
        description="Alleen totalen en aantallen, nooit casussen. U kunt dit op elk moment weer uitzetten."
        checked={checked}
        onChange={setChecked}
      />
      <Button appearance="primary" busy={save.isPending} onClick={() => save.mutate({ regionOptIn: checked })}>
        Instelling opslaan
      </Button>
      {message ? (
        <p className="utrecht-paragraph" role="status">
          {message}
        </p>
      ) : null}
    </section>
  );
}

export function RegionPage() {
  usePageTitle('Regio');
  const me = useUser();
  const [filters] = useUrlFilters(dashboardFilterSchema);
  const view = useQuery({
    queryKey: dashboardKeys.region(filters),
    queryFn: ({ signal }) => dashboardApi.region(filters, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeading>Regio</PageHeading>
      <Paragraph>
        De cijfers van de gemeenten in uw regio die ervoor kozen ze te delen, naast elkaar. Alleen totalen: geen casussen, geen cliënt- of
        casusnummers. Dezelfde filters als op het <TextLink href={filtersHref(DASHBOARD_PATH, filters)}>dashboard</TextLink>.
      </Paragraph>
      {view.error ? (
        <LoadError what="De regio" error={view.error} onRetry={() => void view.refetch()} />
      ) : view.data ? (
        <div aria-busy={view.isFetching}>
          {!view.data.region ? (
            <Alert type="info">Uw gemeente hoort (nog) niet bij een regio in Doorbraak.</Alert>
          ) : !view.data.regionOptIn ? (
            <Alert type="info">
              Uw gemeente deelt haar cijfers niet met {view.data.region}. Alleen gemeenten die zelf meedoen zien de cijfers van de andere
              gemeenten.
            </Alert>
          ) : (
            <Comparison view={view.data} />
          )}
          {can(me, 'region.manage') && view.data.region ? <OptInSetting optedIn={view.data.regionOptIn} /> : null}
        </div>
      ) : (
        <Loading>De regio wordt geladen…</Loading>
      )}
    </>
  );
}
