import type { QueryClient } from '@tanstack/react-query';
import type { RedactionDraft, Review, Solution, SolutionList, SolutionQuery, Submission } from '../../../../src/inspiration/inspiration.contract';
import { query, request } from '../../http/client';

/** The inspiration library of the API; every type is the server's contract. */

export type { KbaSummary, LegalBasisRef, PrivacyWarning, RedactionDraft, Solution, SolutionList, SolutionQuery, Submission } from '../../../../src/inspiration/inspiration.contract';

const solutionUrl = (id: string) => `/api/v1/inspiration/${encodeURIComponent(id)}`;

/** Query keys: `['inspiration', …]`. */
export const inspirationKeys = {
  all: ['inspiration'] as const,
  list: (q: SolutionQuery) => ['inspiration', 'list', q] as const,
  solution: (id: string) => ['inspiration', 'solution', id] as const,
  draft: (planId: string) => ['inspiration', 'draft', planId] as const,
};

/** After a change: what is not on screen loads fresh when shown; what is on screen is fetched again when `refetch`. */
export function afterInspirationChange(queryClient: QueryClient, { refetch = false } = {}): Promise<void> {
  queryClient.removeQueries({ queryKey: inspirationKeys.all, type: 'inactive' });
  return queryClient.invalidateQueries({ queryKey: inspirationKeys.all, refetchType: refetch ? 'active' : 'none' });
}

export const inspirationApi = {
  list: (q: SolutionQuery) => request<SolutionList>(`/api/v1/inspiration${query({ ...q })}`),
  get: (id: string) => request<Solution>(solutionUrl(id)),
  draft: (planId: string) => request<RedactionDraft>(`/api/v1/plans/${encodeURIComponent(planId)}/inspiration-draft`),
  submit: (body: Submission) => request<Solution>('/api/v1/inspiration', { method: 'POST', body }),
  review: (id: string, review: Review) => request<Solution>(`${solutionUrl(id)}/review`, { method: 'POST', body: review }),
  withdraw: (id: string) => request<Solution>(`${solutionUrl(id)}/withdraw`, { method: 'POST' }),
};
