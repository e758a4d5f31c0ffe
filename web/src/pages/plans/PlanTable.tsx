import { DOMAINS, labelOf } from '../../../../src/plans/domain/vocabulary';
import { formatEuro } from '../../../../src/shared/money';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../format';
import { Link } from '../../router';
import { statusLabel } from './canvas/CanvasHeader';
import type { PlanSummary } from './planTypes';

export function PlanTable({ plans, caption }: { plans: readonly PlanSummary[]; caption: string }) {
  return (
    <div className="utrecht-table-container dbk-table-container" role="region" aria-labelledby="plannen-tabel" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table dbk-table dbk-plan-table">
        <caption id="plannen-tabel" className="utrecht-table__caption dbk-visually-hidden">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Casusnummer</th>
            <th scope="col" className="utrecht-table__header-cell">Cliëntnummer</th>
            <th scope="col" className="utrecht-table__header-cell">Status</th>
            <th scope="col" className="utrecht-table__header-cell">Leefgebieden</th>
            <th scope="col" className="utrecht-table__header-cell dbk-amount">Maatwerk</th>
            <th scope="col" className="utrecht-table__header-cell dbk-amount">Rendement</th>
            <th scope="col" className="utrecht-table__header-cell">Bijgewerkt</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {plans.map((plan) => (
            <tr key={plan.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                <Link href={`/plannen/${encodeURIComponent(plan.id)}`} className="utrecht-link utrecht-link--html-a">
                  {plan.caseNumber}
                </Link>
              </th>
              <td className="utrecht-table__cell">{plan.clientNumber}</td>
              <td className="utrecht-table__cell">
                <StatusBadge status={plan.status === 'draft' ? 'neutral' : plan.status === 'rejected' || plan.status === 'withdrawn' ? 'inactive' : 'active'}>{statusLabel(plan.status)}</StatusBadge>
              </td>
              <td className="utrecht-table__cell dbk-plan-table__domains">{plan.domains.map((domain) => labelOf(DOMAINS, domain)).join(', ') || <span className="dbk-muted">–</span>}</td>
              <td className="utrecht-table__cell dbk-amount">{formatEuro(plan.kba.planCents)}</td>
              <td className={`utrecht-table__cell dbk-amount${plan.kba.returnCents < 0 ? ' dbk-amount--negative' : ''}`}>{formatEuro(plan.kba.returnCents)}</td>
              <td className="utrecht-table__cell dbk-nowrap">{formatDateTime(plan.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
