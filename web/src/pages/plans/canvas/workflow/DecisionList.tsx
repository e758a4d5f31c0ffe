import { formatMoment } from '../../../../../../src/shared/moments';
import type { PlanWorkflow } from '../../../workflow/workflowApi';
import { decisionStanding, decisionSummary } from './decisionText';

/** Every decision on this plan, newest last; voided approvals stay visible, marked "vervallen". */
export function DecisionList({ decisions, version }: { decisions: PlanWorkflow['approvals']['decisions']; version: number }) {
  if (decisions.length === 0) return <p className="utrecht-paragraph dbk-paragraph">Er zijn nog geen besluiten over dit plan.</p>;
  return (
    <ul className="dbk-plain-list dbk-workflow__decisions">
      {decisions.map((decision) => {
        const tag = decisionStanding(decision, version);
        return (
          <li key={decision.id} className={decision.voided ? 'dbk-workflow__decision dbk-workflow__decision--voided' : 'dbk-workflow__decision'}>
            <span className="dbk-workflow__decision-head">
              <strong>{decision.userName}</strong>: {decisionSummary(decision)}
            </span>
            <span className="dbk-workflow__meta">
              Besloten op {formatMoment(decision.createdAt)}
              {tag ? <span className="dbk-workflow__tag"> · {tag}</span> : null}
            </span>
            {decision.note ? <span className="dbk-workflow__note">{decision.note}</span> : null}
          </li>
        );
      })}
    </ul>
  );
}
