import type { PlanStatus } from '../../../../../../src/plans/domain/statuses';

/** The loop of DOMAIN.md §5 as steps on the canvas; rejected and withdrawn end it early. */
export const LOOP: readonly { status: PlanStatus; label: string }[] = [
  { status: 'draft', label: 'Concept' },
  { status: 'sparring', label: 'Spar-tafel' },
  { status: 'scheduled', label: 'Doorbraaktafel' },
  { status: 'approved', label: 'Goedgekeurd' },
  { status: 'in_progress', label: 'Uitvoering' },
  { status: 'monitoring', label: 'Opvolging' },
  { status: 'closed', label: 'Afgesloten' },
];

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
export const DECISION_DONE = { approve: 'Goedgekeurd', revise: 'Terug naar concept', reject: 'Afgewezen' } as const;
