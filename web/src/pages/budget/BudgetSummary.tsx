import { formatEuro } from '../../../../src/shared/money';
import { Alert } from '../../components/Alert';
import type { YearBudget } from './budgetApi';
import { meterWidth } from './budgetForms';

/** The five totals as text, a meter of what is used, and the warnings. */
export function BudgetSummary({ budget }: { budget: YearBudget }) {
  const totals = [
    { key: 'Budget', value: budget.budgetCents },
    { key: 'Vastgelegd', value: budget.committedCents },
    { key: 'Betaald', value: budget.paidCents },
    { key: 'Beschikbaar', value: budget.availableCents },
    { key: 'Prognose jaareinde', value: budget.projectedYearEndCents },
  ];
  const paid = meterWidth(budget.paidCents, budget.budgetCents);
  const committed = Math.min(100 - paid, meterWidth(budget.committedCents, budget.budgetCents));
  const used = budget.committedCents + budget.paidCents;
  return (
    <section aria-labelledby="budget-totalen">
      <h2 id="budget-totalen" className="utrecht-heading-2 dbk-heading-2">
        Stand {budget.year}
      </h2>
      <dl className="dbk-budget-totals">
        {totals.map((total) => (
          <div key={total.key} className="dbk-budget-total">
            <dt>{total.key}</dt>
            <dd>{formatEuro(total.value)}</dd>
          </div>
        ))}
      </dl>
      <p className="utrecht-paragraph dbk-paragraph" id="budget-gebruik">
        {budget.usedPercent === null
          ? `Er is voor ${budget.year} geen budget vastgesteld${used > 0 ? `, maar wel ${formatEuro(used)} gebruikt` : ''}.`
          : `Gebruikt: ${formatEuro(used)} (${budget.usedPercent} % van het budget), waarvan ${formatEuro(budget.paidCents)} betaald en ${formatEuro(budget.committedCents)} vastgelegd.`}
      </p>
      <div className="dbk-budget-meter" aria-hidden="true">
        <div className="dbk-budget-meter__paid" style={{ inlineSize: `${paid}%` }} />
        <div className="dbk-budget-meter__committed" style={{ inlineSize: `${committed}%` }} />
      </div>
      <ul className="dbk-budget-legend" aria-hidden="true">
        <li>
          <span className="dbk-budget-legend__swatch dbk-budget-meter__paid" />
          Betaald (vol)
        </li>
        <li>
          <span className="dbk-budget-legend__swatch dbk-budget-meter__committed" />
          Vastgelegd (gestreept)
        </li>
        <li>
          <span className="dbk-budget-legend__swatch" />
          Beschikbaar (leeg)
        </li>
      </ul>
      {budget.warnings.map((warning) => (
        <Alert key={warning.code} type={warning.level} heading={warning.code === 'projection' ? 'Prognose boven budget' : 'Budgetwaarschuwing'}>
          <p className="utrecht-paragraph dbk-paragraph">{warning.message}</p>
        </Alert>
      ))}
    </section>
  );
}
