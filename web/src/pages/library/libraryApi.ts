import type { Domain, Frequency, FundingStream } from '../../../../src/plans/domain/vocabulary';
import type { Confidence } from '../../../../src/library/domain/price-items';
import { query, request } from '../../http/client';

export type Origin = 'national' | 'local';

/** One product of the maatschappelijke prijslijst, as `GET /api/v1/price-list` returns it. */
export interface PriceItem {
  code: string;
  name: string;
  unit: string;
  unitPriceCents: number;
  frequency: Frequency;
  fundingStream: FundingStream;
  domain: Domain;
  year: number;
  confidence: Confidence;
  source: string;
  note: string;
  origin: Origin;
  active: boolean;
  updatedAt: string;
}

export type PriceItemInput = Omit<PriceItem, 'origin' | 'active' | 'updatedAt'>;
export type PriceItemChanges = Partial<Omit<PriceItemInput, 'code'>> & { active?: boolean };

export interface PriceListQuery {
  q?: string;
  fundingStream?: string;
  domain?: string;
  origin?: string;
  includeInactive?: boolean;
}

/** What an import did, or would do on a dry run. */
export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
  total: number;
  addedCodes: string[];
  updatedCodes: string[];
  dryRun: boolean;
}

/** One entry of the legal library: a law's article, or a local ordinance or policy rule. */
export interface LegalBasis {
  code: string;
  regulation: string;
  article: string;
  bwbId: string | null;
  url: string | null;
  description: string;
  domains: Domain[];
  shortName: string;
  confidence: Confidence;
  note: string;
  origin: Origin;
  active: boolean;
  updatedAt: string;
}

export type LegalBasisInput = Pick<LegalBasis, 'code' | 'regulation' | 'shortName' | 'article' | 'url' | 'description' | 'domains' | 'note'>;
export type LegalBasisChanges = Partial<Omit<LegalBasisInput, 'code'>> & { active?: boolean };

export interface LegalBasesQuery {
  q?: string;
  domain?: string;
  origin?: string;
  includeInactive?: boolean;
}

interface List<T> {
  items: T[];
  total: number;
}

const item = (base: string, code: string) => `${base}/${encodeURIComponent(code)}`;
const inactive = (include: boolean | undefined) => (include ? 'true' : undefined);

/** The download for spreadsheets: semicolons, as Dutch Excel expects. */
export const PRICE_LIST_EXCEL_HREF = '/api/v1/price-list.csv?delimiter=semicolon';

export const libraryApi = {
  prices: {
    list: (q: PriceListQuery) =>
      request<List<PriceItem>>(`/api/v1/price-list${query({ ...q, includeInactive: inactive(q.includeInactive) })}`),
    get: (code: string) => request<PriceItem>(item('/api/v1/price-list', code)),
    create: (input: PriceItemInput) => request<PriceItem>('/api/v1/price-list', { method: 'POST', body: input }),
    update: (code: string, changes: PriceItemChanges) => request<PriceItem>(item('/api/v1/price-list', code), { method: 'PUT', body: changes }),
    deactivate: (code: string) => request<PriceItem>(item('/api/v1/price-list', code), { method: 'DELETE' }),
    import: (csv: string, dryRun: boolean) =>
      request<ImportSummary>('/api/v1/price-list/import', { method: 'POST', body: { csv, dryRun } }),
  },
  legal: {
    list: (q: LegalBasesQuery) =>
      request<List<LegalBasis>>(`/api/v1/legal-bases${query({ ...q, includeInactive: inactive(q.includeInactive) })}`),
    get: (code: string) => request<LegalBasis>(item('/api/v1/legal-bases', code)),
    create: (input: LegalBasisInput) => request<LegalBasis>('/api/v1/legal-bases', { method: 'POST', body: input }),
    update: (code: string, changes: LegalBasisChanges) => request<LegalBasis>(item('/api/v1/legal-bases', code), { method: 'PUT', body: changes }),
    deactivate: (code: string) => request<LegalBasis>(item('/api/v1/legal-bases', code), { method: 'DELETE' }),
  },
};
