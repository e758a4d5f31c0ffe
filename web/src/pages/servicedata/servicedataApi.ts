import type { z } from 'zod';
import type { CsvKind } from '../../../../src/imports/domain/records';
import type { importCreated, ImportFileResult, ImportJob, importListOut } from '../../../../src/imports/imports.contract';
import type { Plan } from '../../../../src/plans/plans.contract';
import type { Candidate, candidatesOut, fromCandidateBody, Overlap, Realised } from '../../../../src/services/services.contract';
import { query, request, upload } from '../../http/client';

/**
 * The municipality's own records (CONTRACT.md "Service data"): import, overlap, candidates and a
 * plan's realised cost, through the app's one HTTP client. Types are the contracts' own.
 */
export type { Candidate, ImportFileResult, ImportJob, Overlap, Realised };
export type ImportCreated = z.infer<typeof importCreated>;
export type ImportList = z.infer<typeof importListOut>;
export type CandidateList = z.infer<typeof candidatesOut>;
export type FromCandidate = z.input<typeof fromCandidateBody>;

export const IMPORT_PATH = '/eigen-gegevens/import';
export const OVERLAP_PATH = '/eigen-gegevens/overlap';
export const CANDIDATES_PATH = '/eigen-gegevens/kandidaten';

export interface CandidatesParams {
  date?: string | undefined;
  minPillars: number;
  limit: number;
  offset: number;
}

const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export const servicedataApi = {
  upload: (file: Blob, name: string, contentType: string, kind?: CsvKind) =>
    upload<ImportCreated>(`/api/v1/imports${query({ name, kind })}`, file, contentType),
  job: (id: string, signal?: AbortSignal) => request<ImportJob>(`/api/v1/imports/${encodeURIComponent(id)}`, withSignal(signal)),
  jobs: (signal?: AbortSignal) => request<ImportList>('/api/v1/imports', withSignal(signal)),
  overlap: (date: string | undefined, signal?: AbortSignal) => request<Overlap>(`/api/v1/services/overlap${query({ date })}`, withSignal(signal)),
  candidates: (params: CandidatesParams, signal?: AbortSignal) => request<CandidateList>(`/api/v1/services/candidates${query({ ...params })}`, withSignal(signal)),
  startPlan: (body: FromCandidate) => request<Plan>('/api/v1/plans/from-candidate', { method: 'POST', body }),
  realised: (planId: string, signal?: AbortSignal) => request<Realised>(`/api/v1/plans/${encodeURIComponent(planId)}/realised`, withSignal(signal)),
};

/** Query keys, `['imports' | 'services', …]` after the server's capabilities. */
export const servicedataKeys = {
  jobs: ['imports', 'list'] as const,
  job: (id: string) => ['imports', 'job', id] as const,
  overlap: (date: string) => ['services', 'overlap', date] as const,
  candidates: (params: CandidatesParams) => ['services', 'candidates', params] as const,
  realised: (planId: string) => ['services', 'realised', planId] as const,
};
