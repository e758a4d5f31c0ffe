import type { Suggestion } from './domain/suggestions.js';
import type { LegalBasis, LegalSuggestion } from './legal-bases.contract.js';
import type { legalBases, priceItems } from './library.schema.js';
import type { PriceItem } from './price-list.contract.js';

export type PriceItemRow = typeof priceItems.$inferSelect;
export type LegalBasisRow = typeof legalBases.$inferSelect;

/** A price item as the API shows it (CONTRACT.md fields first, then ours). */
export const presentPriceItem = (row: PriceItemRow): PriceItem => ({
  code: row.code,
  name: row.name,
  unit: row.unit,
  unitPriceCents: row.unitPriceCents,
  frequency: row.frequency,
  fundingStream: row.fundingStream,
  domain: row.domain,
  year: row.year,
  confidence: row.confidence,
  source: row.source,
  note: row.note,
  origin: row.origin,
  active: row.active,
  updatedAt: row.updatedAt.toISOString(),
});

/** A legal basis as the API shows it (CONTRACT.md fields first, then ours). */
export const presentLegalBasis = (row: LegalBasisRow): LegalBasis => ({
  code: row.code,
  regulation: row.regulation,
  article: row.article,
  bwbId: row.bwbId,
  url: row.url,
  description: row.description,
  domains: row.domains,
  shortName: row.shortName,
  confidence: row.confidence,
  note: row.note,
  origin: row.origin,
  active: row.active,
  updatedAt: row.updatedAt.toISOString(),
});

export const presentSuggestion = (suggestion: Suggestion<LegalBasisRow>): LegalSuggestion => ({
  ...presentLegalBasis(suggestion),
  score: suggestion.score,
  reasons: suggestion.reasons,
});
