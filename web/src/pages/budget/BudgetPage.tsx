import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { yearParams } from '../../../../src/budget/budget.contract';
import { amsterdamYear } from '../../../../src/shared/dates';
import { SelectField } from '../../components/FormField';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { can, useUser } from '../../session';
import { budgetApi, budgetKeys } from './budgetApi';
import { yearOptions } from './budgetForms';
import { BudgetSummary } from './BudgetSummary';
import { Alert } from '../../components/Alert';
import { useFlash } from '../../flash';
import { MandatesTable } from './MandatesSection';
import { PlanBudgetTable } from './PlanBudgetTable';
import { EDIT_MANDATES_PATH, editSourcesPath } from './budgetPaths';
import { SourcesTable } from './SourcesSection';
import { Link } from '../../router';
import './budget.css';

const current = amsterdamYear(new Date());
const EDIT_LINK_CLASS = 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link';
/** `?jaar=` in the URL: a year as the API takes it, this year by default. */
const filterSchema = z.object({ jaar: yearParams.shape.year.default(current) });

export function BudgetPage() {
  const me = useUser();
  const manage = can(me, 'budget.manage');
  const [{ jaar: year }, setFilters] = useUrlFilters(filterSchema);
  usePageTitle(`Maatwerkbudget ${year}`);
  const flash = useFlash();
  const budget = useQuery({ queryKey: budgetKeys.year(year), queryFn: () => budgetApi.year(year) });
  const years = [...new Set([...yearOptions(current), year])].sort();

  return (
    <>
      <PageHeading>Maatwerkbudget {year}</PageHeading>
      <Paragraph lead>
        Eén ontschot budget voor maatwerk: wat is vastgelegd bij goedkeuring, wat is betaald en wat er nog beschikbaar is. Raakt het op, dan is een
        nieuw collegebesluit nodig.
      </Paragraph>
      {flash ? (
        <div className="dbk-live" role="status">
          <Alert type={flash.type}>
            <p className="utrecht-paragraph dbk-paragraph">{flash.text}</p>
          </Alert>
        </div>
      ) : null}
      <SelectField
        id="budget-jaar"
        label="Jaar"
        value={String(year)}
        onChange={(value) => setFilters({ jaar: Number(value) }, { push: true })}
        options={years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      {budget.error ? (
        <LoadError what="Het budget" error={budget.error} onRetry={() => void budget.refetch()} />
      ) : budget.data && budget.data.year === year ? (
        <div aria-busy={budget.isFetching}>
          <BudgetSummary budget={budget.data} />
          {budget.data.note ? <Paragraph>Toelichting: {budget.data.note}</Paragraph> : null}

          <Heading2>Begrotingsposten</Heading2>
          <SourcesTable budget={budget.data} />
          {manage ? (
            <p className="utrecht-paragraph">
              <Link href={editSourcesPath(year)} className={EDIT_LINK_CLASS}>
                Bronnen wijzigen<span className="dbk-visually-hidden"> (begrotingsposten {year})</span>
              </Link>
            </p>
          ) : null}

          {budget.data.plans ? (
            <>
              <Heading2>Plannen</Heading2>
              <PlanBudgetTable plans={budget.data.plans} year={year} />
            </>
          ) : (
            <Paragraph small>U ziet alleen totalen; de plannen zelf zijn voor wie aan de casussen werkt.</Paragraph>
          )}

          {manage ? (
            <>
              <Heading2>Mandaten</Heading2>
              <Paragraph>Een plan boven het mandaat van wie het goedkeurt, heeft nog een goedkeuring nodig van iemand met voldoende mandaat.</Paragraph>
              <MandatesTable />
              <p className="utrecht-paragraph">
                <Link href={EDIT_MANDATES_PATH} className={EDIT_LINK_CLASS}>
                  Mandaten wijzigen
                </Link>
              </p>
            </>
          ) : null}
        </div>
      ) : (
        <Loading>Het budget wordt geladen…</Loading>
      )}
    </>
  );
}
