/** Plan statuses of CONTRACT.md as data, with Dutch labels. */
export const PLAN_STATUSES = [
  { key: 'draft', label: 'Concept' },
  { key: 'sparring', label: 'Spar-tafel' },
  { key: 'scheduled', label: 'Geagendeerd' },
  { key: 'approved', label: 'Goedgekeurd' },
  { key: 'in_progress', label: 'In uitvoering' },
  { key: 'monitoring', label: 'Opvolging' },
  { key: 'closed', label: 'Afgesloten' },
  { key: 'rejected', label: 'Afgewezen' },
  { key: 'withdrawn', label: 'Ingetrokken' },
] as const;

export type PlanStatus = (typeof PLAN_STATUSES)[number]['key'];
export const PLAN_STATUS_KEYS = PLAN_STATUSES.map((s) => s.key) as [PlanStatus, ...PlanStatus[]];
