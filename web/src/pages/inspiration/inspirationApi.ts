import { request } from '../../http/client';
import type { PrivacyWarning } from '../../../../src/privacy/domain/guard';

export interface LegalBasisRef {
  regulation: string;
  article: string;
}

export interface KbaSummary {
  currentCents: number;
  threatenedCents: number;
  planCents: number;
  returnCents: number;
  maatwerkbudgetCents: number;
}

export interface Solution {
  id: string;
  title: string;
  situation: string;
  breakthrough: string;
  legalBases: LegalBasisRef[];
  kba: KbaSummary | null;
  domains: string[];
  fundingStreams: string[];
  status: 'pending' | 'published' | 'rejected' | 'withdrawn';
  source: 'plan' | 'seed';
  region: string | null;
  municipality: string;
  ownMunicipality: boolean;
  mine: boolean;
  planId: string | null;
  submittedAt: string;
  reviewedAt: string | null;
  reviewNote: string;
}

export interface SolutionList {
  items: Solution[];
  total: number;
  pending: Solution[];
}

export interface RedactionDraft {
  planId: string;
  planStatus: string;
  guidance: string;
  title: string;
  situation: string;
  breakthrough: string;
  legalBases: LegalBasisRef[];
  domains: string[];
  fundingStreams: string[];
  kba: KbaSummary;
}

export interface Submission {
  planId: string;
  title: string;
  situation: string;
  breakthrough: string;
  legalBases: LegalBasisRef[];
  domains: string[];
  fundingStreams: string[];
  confirmWarnings?: boolean;
}

export type { PrivacyWarning };

export const inspirationApi = {
  list: (query: string) => request<SolutionList>(`/api/v1/inspiration${query ? `?${query}` : ''}`),
  get: (id: string) => request<Solution>(`/api/v1/inspiration/${encodeURIComponent(id)}`),
  draft: (planId: string) => request<RedactionDraft>(`/api/v1/plans/${encodeURIComponent(planId)}/inspiration-draft`),
  submit: (body: Submission) => request<Solution>('/api/v1/inspiration', { method: 'POST', body }),
  review: (id: string, decision: 'approve' | 'reject', note: string) =>
    request<Solution>(`/api/v1/inspiration/${encodeURIComponent(id)}/review`, { method: 'POST', body: { decision, note } }),
  withdraw: (id: string) => request<Solution>(`/api/v1/inspiration/${encodeURIComponent(id)}/withdraw`, { method: 'POST' }),
};
