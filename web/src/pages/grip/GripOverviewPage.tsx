import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { useUrlFilters } from '../../http/useUrlFilters';
import { can, useUser } from '../../session';
import { formatIsoDate } from '../actions/actionsFormat';
import { BudgetFilterForm } from './BudgetFilterForm';
import { BudgetLinesUpload } from './BudgetLinesUpload';
import { BudgetTable } from './BudgetTable';
import { CumulativeChart } from './CumulativeChart';
import { useGripBudget, useGripMonths } from './gripApi';
import { ASSUMPTIONS_PATH, budgetFilterSchema, budgetParams, GRIP_PATH, VARIANCE_PATH } from './gripFilters';
import { GripPage } from './GripPage';
import { ReportDownload } from './ReportDownload';
import { GripSection, KeyFigures } from './GripParts';

/** Grip on the budget: every budget line with its forecast, the traffic light and the year's curve. */
export function GripOverviewPage() {
  const user = useUser();
  const [filters, setFilters] = useUrlFilters(budgetFilterSchema);
  const params = budgetParams(filters);
  const budget = useGripBudget(params);
  const months = useGripMonths(params);

  return (
    <GripPage title="Grip op het budget">
      <Paragraph lead>
        Per begrotingsregel: wat is begroot, wat is gerealiseerd en wat er dit jaar nog komt — nakomende declaraties, de open verplichtingen van
        lopende toewijzingen en de verwachte nieuwe instroom — in drie scenario’s.
      </Paragraph>
      <Paragraph>
        Het stoplicht vergelijkt de prognose met de begroting: binnen budget, tot 2 % erboven of meer dan 2 % erboven. Waar een verschil vandaan
        komt, staat bij <TextLink href={VARIANCE_PATH}>Volume × prijs</TextLink>; de scenario’s volgen de{' '}
        <TextLink href={ASSUMPTIONS_PATH}>groeiaannames</TextLink>.
      </Paragraph>
      <BudgetFilterForm id="grip" value={filters} onApply={(next) => setFilters(next, { push: true })} clearHref={GRIP_PATH} />
      {budget.error ? (
        <LoadError what="De begrotingscijfers" error={budget.error} onRetry={() => void budget.refetch()} />
      ) : budget.data ? (
        <div aria-busy={budget.isFetching}>
          <Paragraph>
            Begrotingsjaar {budget.data.year}, peildatum {formatIsoDate(budget.data.date)}.
          </Paragraph>
          <KeyFigures figures={budget.data.totals} />
          <GripSection id="grip-regels" title="Begrotingsregels">
            <BudgetTable budget={budget.data} filters={filters} />
          </GripSection>
        </div>
      ) : (
        <Loading>De begrotingscijfers worden berekend…</Loading>
      )}
      <GripSection id="grip-verloop" title="Verloop over het jaar">
        {months.error ? (
          <LoadError what="De cijfers per maand" error={months.error} onRetry={() => void months.refetch()} />
        ) : months.data ? (
          <CumulativeChart months={months.data.months} date={months.data.date} caption={`Totaal ${months.data.year}: cumulatief gerealiseerd en prognose tegenover de begroting`} />
        ) : (
          <Loading>De cijfers per maand worden berekend…</Loading>
        )}
      </GripSection>
      <GripSection id="grip-rapportage" title="Rapportage voor de raad">
        <Paragraph>De griprapportage als PDF voor de begroting, voorjaarsnota, najaarsrapportage of jaarrekening, voor het jaar en de peildatum hierboven.</Paragraph>
        <ReportDownload params={params} />
      </GripSection>
      {can(user, 'grip.budgetLines.replace') ? (
        <GripSection id="grip-begroting-inlezen" title="Begroting inlezen">
          <BudgetLinesUpload />
        </GripSection>
      ) : null}
    </GripPage>
  );
}
