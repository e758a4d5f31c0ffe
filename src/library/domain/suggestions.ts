import { DOMAIN_KEYS, DOMAINS, FUNDING_STREAM_KEYS, FUNDING_STREAMS, labelOf, type Domain, type FundingStream } from '../../plans/domain/vocabulary.js';
import { normalizeArticle, refersTo, type LegalBasisData, type LegalReference } from './legal-bases.js';
import { compareNatural, fold } from './search.js';

/**
 * Which regulations carry the costs of a funding stream: a basis of that regulation fits a plan
 * that spends on that stream. By BWB identifier for national laws, by name for local ordinances
 * and policy rules (which have none), e.g. "Verordening maatschappelijke ondersteuning Demodam".
 */
export const STREAM_REGULATIONS: Record<FundingStream, { bwbIds: readonly string[]; names?: RegExp }> = {
  wmo: { bwbIds: ['BWBR0035362'], names: /\bwmo\b|maatschappelijke ondersteuning/ },
  jeugdwet: { bwbIds: ['BWBR0034925'], names: /jeugd/ },
  participatiewet: { bwbIds: ['BWBR0015703'], names: /participatie/ },
  'bijzondere-bijstand': { bwbIds: ['BWBR0015703'], names: /participatie|bijzondere bijstand|minima|armoede/ },
  schuldhulpverlening: { bwbIds: ['BWBR0031331', 'BWBR0001860'], names: /schuldhulp|schuldsanering|\bwgs\b/ },
  maatwerkbudget: { bwbIds: ['BWBR0005416'], names: /hardheid|maatwerkbudget/ },
  zvw: { bwbIds: ['BWBR0018450'], names: /zorgverzekering/ },
  wlz: { bwbIds: ['BWBR0035917'], names: /langdurige zorg/ },
  woningcorporatie: { bwbIds: ['BWBR0005181', 'BWBR0035303'], names: /woningwet|huisvesting/ },
  onderwijs: { bwbIds: ['BWBR0002628', 'BWBR0003420'], names: /leerplicht|onderwijs|leerlingenvervoer/ },
  justitie: { bwbIds: ['BWBR0040635'], names: /justiti|reclassering/ },
  overig: { bwbIds: [] },
};

/** Weights of the score; a basis must earn at least one point to be suggested. */
export const WEIGHTS = {
  /** Per domain of the plan that the basis names. */
  domain: 3,
  /** A basis that applies to every domain (general administrative law, hardship clauses). */
  general: 1,
  /** Per funding stream of the plan scenario whose regulation this is. */
  stream: 2,
  /** Per earlier plan of this municipality that used the basis … */
  usage: 1,
  /** … counted up to this many, so habit cannot drown out fit. */
  usageCap: 5,
} as const;

export interface SuggestionInput {
  /** The plan's leefgebieden. */
  domains: readonly Domain[];
  /** Funding streams of the plan scenario's cost lines (duplicates are ignored). */
  fundingStreams: readonly FundingStream[];
  /** Legal bases the plan already names: never suggested again. */
  legalBases: readonly LegalReference[];
}

/** How many of the municipality's plans named a (regulation, article, bwbId) combination. */
export interface UsageCount extends LegalReference {
  plans: number;
}

export type Suggestion<B> = B & { score: number; reasons: string[] };

/** What ranking looks at of a basis (domains as stored: plain strings). */
export type RankableBasis = Pick<LegalBasisData, 'code' | 'regulation' | 'shortName' | 'article' | 'bwbId'> & { domains: readonly string[] };

export function fitsStream(basis: Pick<LegalBasisData, 'regulation' | 'shortName' | 'bwbId'>, stream: FundingStream): boolean {
  const rule = STREAM_REGULATIONS[stream];
  if (basis.bwbId && rule.bwbIds.includes(basis.bwbId)) return true;
  return rule.names !== undefined && rule.names.test(`${fold(basis.regulation)} ${fold(basis.shortName)}`);
}

/**
 * Ranks the legal library for one plan: overlap of the plan's domains with the basis's domains
 * (a basis without domains applies to all, at a lower weight), the funding streams the plan
 * spends on, and how often this municipality's plans already used the basis. Bases the plan
 * already names are left out, as are bases without any point. Best first; ties by code.
 */
export function rankLegalBases<B extends RankableBasis>(
  bases: readonly B[],
  input: SuggestionInput,
  usage: readonly UsageCount[] = [],
): Suggestion<B>[] {
  // In the order of the vocabulary, so reasons read the same whatever order the plan has.
  const domains = DOMAIN_KEYS.filter((domain) => input.domains.includes(domain));
  const streams = FUNDING_STREAM_KEYS.filter((stream) => input.fundingStreams.includes(stream));
  const ranked: Suggestion<B>[] = [];
  for (const basis of bases) {
    if (input.legalBases.some((reference) => refersTo(reference, basis))) continue;
    const reasons: string[] = [];
    let score = 0;

    const shared = domains.filter((domain) => basis.domains.includes(domain));
    if (shared.length > 0) {
      score += WEIGHTS.domain * shared.length;
      reasons.push(`Past bij ${shared.length === 1 ? 'leefgebied' : 'leefgebieden'} ${shared.map((d) => labelOf(DOMAINS, d).toLowerCase()).join(', ')}.`);
    } else if (basis.domains.length === 0) {
      score += WEIGHTS.general;
      reasons.push('Geldt voor alle leefgebieden.');
    }

    const fitting = streams.filter((stream) => fitsStream(basis, stream));
    if (fitting.length > 0) {
      score += WEIGHTS.stream * fitting.length;
      reasons.push(`Het plan besteedt aan ${fitting.map((s) => labelOf(FUNDING_STREAMS, s)).join(', ')}.`);
    }

    const used = usage.filter((row) => refersTo(row, basis)).reduce((sum, row) => sum + row.plans, 0);
    if (used > 0) {
      score += WEIGHTS.usage * Math.min(used, WEIGHTS.usageCap);
      reasons.push(`Eerder gebruikt in ${used} ${used === 1 ? 'plan' : 'plannen'} van uw gemeente.`);
    }

    if (score > 0) ranked.push({ ...basis, score, reasons });
  }
  return ranked.sort((a, b) => b.score - a.score || compareNatural(a.code, b.code));
}

/**
 * Counts, per distinct legal basis, how many plans name it (a plan counts once per basis however
 * often it repeats it). Input: each plan's `legalBases`, as stored.
 */
export function usageFromPlans(plans: readonly (readonly LegalReference[] | null | undefined)[]): UsageCount[] {
  const counts = new Map<string, UsageCount>();
  for (const references of plans) {
    if (!Array.isArray(references)) continue;
    const seen = new Set<string>();
    for (const reference of references) {
      if (typeof reference?.regulation !== 'string') continue;
      const key = JSON.stringify([fold(reference.regulation), normalizeArticle(reference.article), reference.bwbId?.trim().toUpperCase() ?? '']);
      if (seen.has(key)) continue;
      seen.add(key);
      const row = counts.get(key);
      if (row) row.plans += 1;
      else counts.set(key, { regulation: reference.regulation, article: reference.article ?? '', bwbId: reference.bwbId ?? null, plans: 1 });
    }
  }
  return [...counts.values()];
}
