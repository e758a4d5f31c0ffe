import type { Frequency, FundingStream } from '../../../../../src/plans/domain/vocabulary';
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

/** A line picked from the price list: everything from the product, one of it. */
export function lineFromPriceItem(item: PriceItem): CostLine {
  return { description: item.name, priceItemCode: item.code, fundingStream: item.fundingStream, unitPriceCents: item.unitPriceCents, quantity: 1, frequency: item.frequency };
}

/** The unit words of a price that is already "one per period": a place per year, a day per day. */
const UNITS_OF_PERIOD: Record<Frequency, readonly string[]> = {
  once: ['eenmalig', 'keer', 'stuk'],
  day: ['dag', 'etmaal'],
  week: ['week'],
  month: ['maand'],
  year: ['jaar'],
};

/**
 * Whether a picked product still needs its number: an hour booked per week needs the hours, a
 * place priced per year does not. The canvas puts the cursor in Aantal only when it does, so a
 * run of picks is one search each.
 */
export function asksForQuantity(item: Pick<PriceItem, 'unit' | 'frequency'>): boolean {
  return !UNITS_OF_PERIOD[item.frequency].includes(item.unit.trim().toLowerCase());
}

/** Words that say for whom or how often, not what: they do not make two descriptions alike. */
const FILLER_WORDS = new Set(['van', 'voor', 'met', 'het', 'een', 'der', 'den', 'per', 'uur', 'uren', 'week', 'maand', 'jaar', 'dag', 'dagen', 'moeder', 'vader', 'dochter', 'zoon', 'kind', 'kinderen', 'gezin', 'ouder', 'ouders', 'cliënt', 'client']);

function significantWords(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length >= 3 && !FILLER_WORDS.has(word));
}

/** "begeleid" and "begeleiding" are the same word for this purpose; short words must be equal. */
const sameWord = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 5 && (a.startsWith(b) || b.startsWith(a)));

/**
 * How alike two descriptions are: 0 when not alike, else the number of shared significant words
 * (+100 when they are the same text). Alike means every significant word of the shorter one
 * occurs in the other, so "Begeleiding" matches "Begeleid wonen moeder (pgb)", while
 * "Ambulante jeugdhulp" does not match "Ambulante verslavingsbehandeling".
 */
export function descriptionLikeness(a: string, b: string): number {
  const left = significantWords(a);
  const right = significantWords(b);
  if (left.length === 0 || right.length === 0) return 0;
  if (left.join(' ') === right.join(' ')) return 100 + left.length;
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.every((word) => longer.some((other) => sameWord(word, other))) ? shorter.length : 0;
}

/** Every scenario of the plan with its lines: current, threatened, plan, then the alternatives. */
export function allScenarios(document: PlanDocument): { ref: ScenarioRef; lines: CostLine[] }[] {
  const main = (['current', 'threatened', 'plan'] as const).map((ref) => ({ ref, lines: linesOf(document, ref) }));
  return [...main, ...(document.scenarios?.alternatives ?? []).map((alternative, index) => ({ ref: index as ScenarioRef, lines: alternative.lines }))];
}

/**
 * A line typed by hand gets the funding stream and frequency a maatwerker would pick: those of the
 * most alike line in another scenario (the same cost, seen from another angle), else of the
 * scenario's last line, else the plan's most used stream per month, else "overig". A frequency
 * the description names ("één sessie per week", "eenmalig") wins over the guessed one.
 */
export function handLine(document: PlanDocument, ref: ScenarioRef, description: string): CostLine {
  const line = defaultHandLine(document, ref, description);
  const said = frequencyIn(description);
  return said ? { ...line, frequency: said } : line;
}

/** Words for how often, as people write them in a description: what they say beats a guess. */
const FREQUENCY_WORDS: readonly [RegExp, Frequency][] = [
  [/\beenmalig\b/, 'once'],
  [/\bper (dag|etmaal)\b|\bdagelijks\b/, 'day'],
  [/\bper week\b|\bwekelijks\b|\bin de week\b/, 'week'],
  [/\bper maand\b|\bmaandelijks\b|\bin de maand\b/, 'month'],
  [/\bper jaar\b|\bjaarlijks\b/, 'year'],
];

/** The frequency a description names ("2 uur per week", "eenmalig"), if it names exactly one. */
export function frequencyIn(description: string): Frequency | undefined {
  const text = description.toLowerCase();
  const named = FREQUENCY_WORDS.filter(([pattern]) => pattern.test(text)).map(([, frequency]) => frequency);
  return named.length === 1 ? named[0] : undefined;
}

function defaultHandLine(document: PlanDocument, ref: ScenarioRef, description: string): CostLine {
  const base = { description, unitPriceCents: 0, quantity: 1 };
  let best: { line: CostLine; score: number } | undefined;
  for (const scenario of allScenarios(document)) {
    if (scenario.ref === ref) continue;
    for (const line of scenario.lines) {
      const score = descriptionLikeness(description, line.description);
      if (score > 0 && (!best || score > best.score)) best = { line, score };
    }
  }
  if (best) return { ...base, fundingStream: best.line.fundingStream, frequency: best.line.frequency };
  const last = linesOf(document, ref).at(-1);
  if (last) return { ...base, fundingStream: last.fundingStream, frequency: last.frequency };
  return { ...base, fundingStream: mostUsedStream(document) ?? 'overig', frequency: 'month' };
}

/** The funding stream most lines of the plan use (the first seen on a tie), if any line has one. */
export function mostUsedStream(document: PlanDocument): FundingStream | undefined {
  const counts = new Map<FundingStream, number>();
  for (const { lines } of allScenarios(document)) for (const line of lines) counts.set(line.fundingStream, (counts.get(line.fundingStream) ?? 0) + 1);
  let best: FundingStream | undefined;
  for (const [stream, count] of counts) if (best === undefined || count > counts.get(best)!) best = stream;
  return best;
}

export function appendLines(document: PlanDocument, ref: ScenarioRef, lines: readonly CostLine[]): PlanDocument {
  return withLines(document, ref, [...linesOf(document, ref), ...lines.map((line) => ({ ...line }))]);
}

/** Takes back lines appended at `start` (an undo), when they are still there. */
export function removeRange(document: PlanDocument, ref: ScenarioRef, start: number, count: number): PlanDocument {
  const lines = linesOf(document, ref);
  if (lines.length < start + count) return document;
  return withLines(document, ref, [...lines.slice(0, start), ...lines.slice(start + count)]);
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
