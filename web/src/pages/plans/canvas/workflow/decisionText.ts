import { formatMoment } from '../../../../../../src/shared/moments';
import type { PlanWorkflow } from '../../../workflow/workflowApi';

type Decision = PlanWorkflow['approvals']['decisions'][number];

const DONE = { approve: 'goedgekeurd', revise: 'terug naar concept gezet', reject: 'afgewezen' } as const;

/**
 * What a person decided, naming the state of the plan they decided on by the moment it was saved
 * (the version number stays internal): "goedgekeurd: het plan zoals het was op 3 december 2026 om 14:32".
 */
export function decisionSummary(decision: Pick<Decision, 'decision' | 'planVersionSavedAt'>): string {
  return `${DONE[decision.decision]}: het plan zoals het was op ${formatMoment(decision.planVersionSavedAt)}`;
}

/** Whether an approval still counts, in words; empty for revise and reject. */
export function decisionStanding(decision: Pick<Decision, 'decision' | 'voided' | 'counts' | 'planVersion'>, currentVersion: number): string {
  if (decision.voided) return 'vervallen: het plan is daarna gewijzigd';
  if (decision.decision !== 'approve') return '';
  if (decision.planVersion !== currentVersion) return 'telt niet mee: het plan is daarna gewijzigd';
  return decision.counts ? 'telt mee' : 'telt niet mee';
}
