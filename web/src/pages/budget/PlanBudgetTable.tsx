import { PLAN_STATUSES } from '../../../../src/plans/domain/statuses';
import { formatEuro } from '../../../../src/shared/money';
import { Link } from '../../router';
import type { BudgetPlanRow } from './budgetApi';

export const statusLabel = (status: string) => PLAN_STATUSES.find((s) => s.key === status)?.label ?? status;

export function PlanBudgetTable({ plans, year }: { plans: readonly BudgetPlanRow[]; year: number }) {
  if (plans.length === 0) return <p className="utrecht-paragraph dbk-paragraph">Er zijn in {year} nog geen plannen op het maatwerkbudget vastgelegd.</p>;
  return (
    <div className="utrecht-table-container dbk-table-container" role="region" aria-labelledby="budget-plannen-tabel" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table dbk-table">
        <caption id="budget-plannen-tabel" className="utrecht-table__caption dbk-table__caption">
          Plannen op het maatwerkbudget {year}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Casusnummer</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
            <th scope="col" className="utrecht-table__header-cell dbk-amount">Vastgelegd</th>
            <th scope="col" className="utrecht-table__header-cell dbk-amount">Betaald</th>
            <th scope="col" className="utrecht-table__header-cell dbk-amount">Open</th>
            <th scope="col" className="utrecht-table__header-cell">
              <span className="dbk-visually-hidden">Betalingen</span>
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {plans.map((plan) => (
            <tr key={plan.planId} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                <Link href={`/plannen/${encodeURIComponent(plan.planId)}`} className="utrecht-link utrecht-link--html-a">
                  {plan.caseNumber}
                </Link>
              </th>
              <td className="utrecht-table__cell">{statusLabel(plan.status)}</td>
              <td className="utrecht-table__cell dbk-amount">{formatEuro(plan.committedNetCents)}</td>
              <td className="utrecht-table__cell dbk-amount">{formatEuro(plan.paidCents)}</td>
              <td className="utrecht-table__cell dbk-amount">{formatEuro(plan.openCommitmentCents)}</td>
              <td className="utrecht-table__cell">
                <Link href={`/budget/plannen/${encodeURIComponent(plan.planId)}`} className="utrecht-link utrecht-link--html-a">
                  Betalingen<span className="dbk-visually-hidden"> van {plan.caseNumber}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
