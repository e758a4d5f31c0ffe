import type { PlanDocument } from '../../plans/domain/plan-document.js';

export interface PlanFact {
  kind: 'legal_basis' | 'domain' | 'bottleneck';
  key: string;
  detail: string;
}

/**
 * The facts of a plan the dashboard counts. Duplicates collapse (a plan counts once per legal
 * basis and per domain), except bottlenecks, which carry their position so each one counts.
 */
export function planFactsOf(document: Pick<PlanDocument, 'legalBases' | 'domains' | 'bottlenecks'>): PlanFact[] {
  const facts = new Map<string, PlanFact>();
  const add = (fact: PlanFact) => facts.set(JSON.stringify([fact.kind, fact.key, fact.detail]), fact);
  for (const basis of document.legalBases ?? []) add({ kind: 'legal_basis', key: basis.regulation, detail: basis.article ?? '' });
  for (const domain of document.domains ?? []) add({ kind: 'domain', key: domain, detail: '' });
  (document.bottlenecks ?? []).forEach((bottleneck, index) => add({ kind: 'bottleneck', key: bottleneck.theme ?? 'other', detail: String(index) }));
  return [...facts.values()];
}
