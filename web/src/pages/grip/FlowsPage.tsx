import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { useUrlFilters } from '../../http/useUrlFilters';
import { FlowsChart } from './FlowsChart';
import { useFlows } from './gripApi';
import { FLOWS_PATH, flowsFilterProblems, flowsFilterSchema, flowsParams } from './gripFilters';
import { monthLabel, pillarLabel } from './gripFormat';
import { GripPage } from './GripPage';
import { PeriodFilterForm } from './PeriodFilterForm';

/** In-, through- and outflow: clients who start and stop support, and how many have it, per month. */
export function FlowsPage() {
  const [filters, setFilters] = useUrlFilters(flowsFilterSchema);
  const flows = useFlows(flowsParams(filters));
  const months = flows.data ?? [];
  const span = months.length > 0 ? `${monthLabel(months[0]!.month)} tot en met ${monthLabel(months.at(-1)!.month)}` : '';

  return (
    <GripPage title="In- en uitstroom">
      <Paragraph lead>
        Hoeveel cliënten per maand instromen (een periode met ondersteuning begint), uitstromen (hun laatste ondersteuning eindigt) en
        ondersteuning hebben. De trend van de instroom bepaalt de verwachte nieuwe instroom in de prognose.
      </Paragraph>
      <PeriodFilterForm
        id="grip-stromen"
        label="Pijler en periode kiezen"
        value={filters}
        onApply={(next) => setFilters(next, { push: true })}
        check={flowsFilterProblems}
        clearHref={FLOWS_PATH}
        defaults={{ van: 'de eerste dag van de maand elf maanden terug', tot: 'vandaag' }}
      />
      {flows.error ? (
        <LoadError what="De in- en uitstroom" error={flows.error} onRetry={() => void flows.refetch()} />
      ) : flows.data ? (
        <div aria-busy={flows.isFetching}>
          <FlowsChart months={flows.data} caption={`In- en uitstroom per maand${filters.pijler ? `, ${pillarLabel(filters.pijler)}` : ''}${span ? `, ${span}` : ''}`} />
        </div>
      ) : (
        <Loading>De in- en uitstroom wordt berekend…</Loading>
      )}
    </GripPage>
  );
}
