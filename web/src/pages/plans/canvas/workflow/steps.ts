import { PLAN_STATUSES, type PlanStatus } from '../../../../../../src/plans/domain/statuses';

const IN_LOOP: readonly PlanStatus[] = ['draft', 'sparring', 'scheduled', 'approved', 'in_progress', 'monitoring', 'closed'];

/**
 * The loop of DOMAIN.md §5 as steps on the canvas; rejected and withdrawn end it early. A step is
 * named as its status is everywhere else (badge, filters), so there is one vocabulary.
 */
export const LOOP: readonly { status: PlanStatus; label: string }[] = IN_LOOP.map((status) => ({ status, label: PLAN_STATUSES.find((s) => s.key === status)!.label }));

/** Where a field of the completeness rules lives on the canvas when the field itself is not an input. */
const SECTION_OF: Record<string, string> = {
  perspective: 'perspectief',
  breakthrough: 'perspectief',
  legalBases: 'legitimiteit',
  'involvement.householdAgrees': 'betrokkenheid',
  'scenarios.threatened.lines': 'scenario-dreigend',
  'scenarios.plan.lines': 'scenario-maatwerk',
};

export const sectionOf = (path: string) => SECTION_OF[path] ?? 'situatie';

export const DECISION_LABELS = { approve: 'Goedkeuren', revise: 'Terug naar concept', reject: 'Afwijzen' } as const;
