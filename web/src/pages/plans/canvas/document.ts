import type { FundingStream } from '../../../../../src/plans/domain/vocabulary';
import type { Alternative, CostLine, LegalBasisRef, LegalSuggestion, Plan, PlanDocument, PriceItem } from '../planTypes';

/** Every member of the plan document, so `documentOf` keeps exactly the document of a GET. */
const DOCUMENT_KEYS = {
  caseNumber: true,
  clientNumber: true,
  household: true,
  lifeSatisfaction: true,
  domains: true,
  situation: true,
  perspective: true,
  breakthrough: true,
  selfActions: true,
  support: true,
  treatment: true,
  horizonMonths: true,
  scenarios: true,
  legalBases: true,
  involvement: true,
  bottlenecks: true,
} satisfies Record<keyof PlanDocument, true>;

/**
 * The editable document of a plan: the server's own fields dropped, and every list present, so
 * the canvas can always add a row. Applied to every document from the server alike, so two
 * copies of the same plan compare equal.
 */
export function documentOf(plan: PlanDocument | Plan): PlanDocument {
  const document = Object.fromEntries(Object.entries(plan).filter(([key]) => key in DOCUMENT_KEYS)) as PlanDocument;
  const scenarios = document.scenarios ?? {};
  return {
    ...document,
    domains: document.domains ?? [],
    selfActions: document.selfActions ?? [],
    support: document.support ?? [],
    treatment: document.treatment ?? [],
    scenarios: {
      current: { lines: scenarios.current?.lines ?? [] },
      threatened: { ...scenarios.threatened, lines: scenarios.threatened?.lines ?? [] },
      plan: { ...scenarios.plan, lines: scenarios.plan?.lines ?? [] },
      alternatives: scenarios.alternatives ?? [],
    },
    legalBases: document.legalBases ?? [],
    involvement: { ...document.involvement, professionals: document.involvement?.professionals ?? [] },
    bottlenecks: document.bottlenecks ?? [],
  };
}

/** Which scenario a cost-line table edits: the three of the KBA, or an alternative by index. */
export type ScenarioRef = 'current' | 'threatened' | 'plan' | number;

export function scenarioPath(ref: ScenarioRef): string {
  return typeof ref === 'number' ? `scenarios.alternatives.${ref}` : `scenarios.${ref}`;
}

export function linesOf(document: PlanDocument, ref: ScenarioRef): CostLine[] {
  const scenarios = document.scenarios;
  if (typeof ref === 'number') return scenarios?.alternatives?.[ref]?.lines ?? [];
  return scenarios?.[ref]?.lines ?? [];
}

export function withLines(document: PlanDocument, ref: ScenarioRef, lines: CostLine[]): PlanDocument {
  const scenarios = document.scenarios ?? {};
  if (typeof ref === 'number') {
    const alternatives = [...(scenarios.alternatives ?? [])];
    const alternative = alternatives[ref];
    if (!alternative) return document;
    alternatives[ref] = { ...alternative, lines };
    return { ...document, scenarios: { ...scenarios, alternatives } };
  }
  return { ...document, scenarios: { ...scenarios, [ref]: { ...scenarios[ref], lines } } };
}

/** A new line continues the previous one's funding stream: lines of one scenario often share it. */
export function newLine(previous?: CostLine): CostLine {
  return { description: '', fundingStream: previous?.fundingStream ?? 'overig', unitPriceCents: 0, quantity: 1, frequency: previous?.frequency ?? 'month' };
}

export function updateLine(document: PlanDocument, ref: ScenarioRef, index: number, patch: Partial<CostLine>): PlanDocument {
  const lines = linesOf(document, ref).map((line, i) => (i === index ? withoutUndefined({ ...line, ...patch }) : line));
  return withLines(document, ref, lines);
}

export function insertLine(document: PlanDocument, ref: ScenarioRef, index: number, line: CostLine): PlanDocument {
  const lines = [...linesOf(document, ref)];
  lines.splice(Math.min(index, lines.length), 0, line);
  return withLines(document, ref, lines);
}

export function removeLine(document: PlanDocument, ref: ScenarioRef, index: number): PlanDocument {
  return withLines(document, ref, linesOf(document, ref).filter((_, i) => i !== index));
}

/**
 * Picking a product from the price list fills the line from it. A description the user wrote
 * stays; an empty one, or the name of the product picked before, becomes the product's name.
 */
export function applyPriceItem(line: CostLine, item: PriceItem, previousName?: string): CostLine {
  const keepDescription = line.description.trim() !== '' && line.description !== previousName;
  return {
    ...line,
    description: keepDescription ? line.description : item.name,
    priceItemCode: item.code,
    unitPriceCents: item.unitPriceCents,
    frequency: item.frequency,
    fundingStream: item.fundingStream,
  };
}

/**
 * "Kies dit scenario": the alternative becomes the plan scenario and the plan scenario takes its
 * place among the alternatives, so nothing is lost and choosing again swaps back.
 */
export function chooseAlternative(document: PlanDocument, index: number): PlanDocument {
  const scenarios = document.scenarios ?? {};
  const alternatives = [...(scenarios.alternatives ?? [])];
  const chosen = alternatives[index];
  if (!chosen) return document;
  const plan = scenarios.plan ?? { lines: [] };
  alternatives[index] = { name: plan.name?.trim() ? plan.name : 'Vorig maatwerkscenario', lines: plan.lines };
  return { ...document, scenarios: { ...scenarios, plan: { name: chosen.name, lines: chosen.lines }, alternatives } };
}

/** A new alternative starts as a copy of the plan scenario: most alternatives differ in a line or two. */
export function addAlternative(document: PlanDocument): PlanDocument {
  const scenarios = document.scenarios ?? {};
  const alternatives = scenarios.alternatives ?? [];
  const alternative: Alternative = { name: `Alternatief ${alternatives.length + 1}`, lines: (scenarios.plan?.lines ?? []).map((line) => ({ ...line })) };
  return { ...document, scenarios: { ...scenarios, alternatives: [...alternatives, alternative] } };
}

export function removeAlternative(document: PlanDocument, index: number): PlanDocument {
  const scenarios = document.scenarios ?? {};
  return { ...document, scenarios: { ...scenarios, alternatives: (scenarios.alternatives ?? []).filter((_, i) => i !== index) } };
}

export function legalBasisFrom(suggestion: LegalSuggestion): LegalBasisRef {
  return {
    regulation: suggestion.regulation,
    article: suggestion.article,
    ...(suggestion.bwbId ? { bwbId: suggestion.bwbId } : {}),
    motivation: '',
  };
}

/** Replaces item `index` of a list, or removes it when `item` is null. */
export function replaceAt<T>(items: readonly T[], index: number, item: T | null): T[] {
  return item === null ? items.filter((_, i) => i !== index) : items.map((existing, i) => (i === index ? item : existing));
}

export function insertAt<T>(items: readonly T[], index: number, item: T): T[] {
  const copy = [...items];
  copy.splice(Math.min(index, copy.length), 0, item);
  return copy;
}

/** Funding streams of the plan scenario, for the legal suggestions (as the server ranks them). */
export function planStreams(document: PlanDocument): FundingStream[] {
  return [...new Set(linesOf(document, 'plan').map((line) => line.fundingStream))].sort();
}

/** Optional members set to `undefined` are left out, so the JSON sent is what the user sees. */
function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The value at a dotted path (`scenarios.plan.lines.0.description`), or undefined. */
export function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}
