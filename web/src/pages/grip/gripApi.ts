import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  AssumptionsBody,
  budgetLinesReplaced,
  GripAssumptions,
  GripBudget,
  GripBudgetMonths,
  GripFlows,
  GripProvider,
  GripProviderDetail,
  GripRegion,
  GripSignal,
  GripSignals,
  GripStatus,
  GripVariance,
  providersOut,
  SignalType,
} from '../../../../src/grip/grip.contract';
import { query, request } from '../../http/client';

/**
 * Grip on the budget (CONTRACT.md "Grip on the budget"): every call of the grip pages through the
 * app's one HTTP client, with TanStack Query hooks. Types are the contract's own.
 */
export type { AssumptionsBody, GripAssumptions, GripBudget, GripBudgetMonths, GripFlows, GripProvider, GripProviderDetail, GripRegion, GripSignal, GripSignals, GripStatus, GripVariance, SignalType };
export type GripProviders = z.infer<typeof providersOut>;
export type BudgetLinesReplaced = z.infer<typeof budgetLinesReplaced>;
export type ReportMoment = 'begroting' | 'voorjaarsnota' | 'najaarsrapportage' | 'jaarrekening';

export interface BudgetParams {
  year?: number | undefined;
  date?: string | undefined;
}
export interface MonthsParams extends BudgetParams {
  budgetLine?: string | undefined;
}
export interface VarianceParams {
  pillar?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  baseFrom?: string | undefined;
  baseTo?: string | undefined;
}
export interface FlowsParams {
  pillar?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}
export interface SignalsParams {
  type?: string | undefined;
  provider?: string | undefined;
  status: 'all' | 'open' | 'handled';
  limit: number;
  offset: number;
}

const API = '/api/v1/grip';
const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

export const gripApi = {
  status: (signal?: AbortSignal) => request<GripStatus>(`${API}/status`, withSignal(signal)),
  budget: (p: BudgetParams, signal?: AbortSignal) => request<GripBudget>(`${API}/budget${query({ year: p.year, date: p.date })}`, withSignal(signal)),
  months: (p: MonthsParams, signal?: AbortSignal) =>
    request<GripBudgetMonths>(`${API}/budget/months${query({ year: p.year, date: p.date, budgetLine: p.budgetLine })}`, withSignal(signal)),
  assumptions: (signal?: AbortSignal) => request<GripAssumptions>(`${API}/assumptions`, withSignal(signal)),
  saveAssumptions: (body: AssumptionsBody) => request<GripAssumptions>(`${API}/assumptions`, { method: 'PUT', body }),
  variance: (p: VarianceParams, signal?: AbortSignal) => request<GripVariance>(`${API}/variance${query({ ...p })}`, withSignal(signal)),
  providers: (year: number | undefined, signal?: AbortSignal) => request<GripProviders>(`${API}/providers${query({ year })}`, withSignal(signal)),
  provider: (agb: string, year: number | undefined, signal?: AbortSignal) =>
    request<GripProviderDetail>(`${API}/providers/${encodeURIComponent(agb)}${query({ year })}`, withSignal(signal)),
  signals: (p: SignalsParams, signal?: AbortSignal) => request<GripSignals>(`${API}/signals${query({ ...p })}`, withSignal(signal)),
  handleSignal: (id: string, note: string) => request<GripSignal>(`${API}/signals/${encodeURIComponent(id)}/handling`, { method: 'PUT', body: { note } }),
  reopenSignal: (id: string) => request<void>(`${API}/signals/${encodeURIComponent(id)}/handling`, { method: 'DELETE' }),
  flows: (p: FlowsParams, signal?: AbortSignal) => request<GripFlows>(`${API}/flows${query({ ...p })}`, withSignal(signal)),
  region: (year: number | undefined, signal?: AbortSignal) => request<GripRegion>(`${API}/region${query({ year })}`, withSignal(signal)),
  /** The budget lines CSV (`budgets` format) as the raw body: it replaces the lines of its years. */
  replaceBudgetLines: (file: Blob) => request<BudgetLinesReplaced>(`${API}/budget-lines`, { method: 'PUT', body: file, contentType: 'text/csv' }),
  reportUrl: (p: BudgetParams & { moment: ReportMoment }) => `${API}/report.pdf${query({ year: p.year, date: p.date, moment: p.moment })}`,
};

/** Query keys, all under `['grip']`: a change to the budget lines or assumptions reloads them all. */
export const gripKeys = {
  all: ['grip'] as const,
  status: ['grip', 'status'] as const,
  budget: (p: BudgetParams) => ['grip', 'budget', p] as const,
  months: (p: MonthsParams) => ['grip', 'months', p] as const,
  assumptions: ['grip', 'assumptions'] as const,
  variance: (p: VarianceParams) => ['grip', 'variance', p] as const,
  providers: (year: number | undefined) => ['grip', 'providers', year ?? null] as const,
  provider: (agb: string, year: number | undefined) => ['grip', 'provider', agb, year ?? null] as const,
  signals: ['grip', 'signals'] as const,
  signalList: (p: SignalsParams) => ['grip', 'signals', p] as const,
  flows: (p: FlowsParams) => ['grip', 'flows', p] as const,
  region: (year: number | undefined) => ['grip', 'region', year ?? null] as const,
};

// The freshness of the figures is asked again every minute: a page left open shows a new import.
export const useGripStatus = () => useQuery({ queryKey: gripKeys.status, queryFn: ({ signal }) => gripApi.status(signal), refetchInterval: 60_000 });

export const useGripBudget = (p: BudgetParams) =>
  useQuery({ queryKey: gripKeys.budget(p), queryFn: ({ signal }) => gripApi.budget(p, signal), placeholderData: keepPreviousData });

export const useGripMonths = (p: MonthsParams) =>
  useQuery({ queryKey: gripKeys.months(p), queryFn: ({ signal }) => gripApi.months(p, signal), placeholderData: keepPreviousData });

export const useAssumptions = () => useQuery({ queryKey: gripKeys.assumptions, queryFn: ({ signal }) => gripApi.assumptions(signal) });

export const useVariance = (p: VarianceParams) =>
  useQuery({ queryKey: gripKeys.variance(p), queryFn: ({ signal }) => gripApi.variance(p, signal), placeholderData: keepPreviousData });

export const useProviders = (year: number | undefined) =>
  useQuery({ queryKey: gripKeys.providers(year), queryFn: ({ signal }) => gripApi.providers(year, signal), placeholderData: keepPreviousData });

export const useProvider = (agb: string, year: number | undefined) =>
  useQuery({ queryKey: gripKeys.provider(agb, year), queryFn: ({ signal }) => gripApi.provider(agb, year, signal), placeholderData: keepPreviousData });

export const useSignals = (p: SignalsParams) =>
  useQuery({ queryKey: gripKeys.signalList(p), queryFn: ({ signal }) => gripApi.signals(p, signal), placeholderData: keepPreviousData });

export const useFlows = (p: FlowsParams) =>
  useQuery({ queryKey: gripKeys.flows(p), queryFn: ({ signal }) => gripApi.flows(p, signal), placeholderData: keepPreviousData });

export const useGripRegion = (year: number | undefined) =>
  useQuery({ queryKey: gripKeys.region(year), queryFn: ({ signal }) => gripApi.region(year, signal), placeholderData: keepPreviousData });

/** Assumptions drive the scenarios: every grip figure is loaded again after a save. */
export function useSaveAssumptions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: gripApi.saveAssumptions,
    onSuccess: (saved) => {
      queryClient.setQueryData(gripKeys.assumptions, saved);
      void queryClient.invalidateQueries({ queryKey: gripKeys.all });
    },
  });
}

export function useReplaceBudgetLines() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: gripApi.replaceBudgetLines, onSuccess: () => void queryClient.invalidateQueries({ queryKey: gripKeys.all }) });
}

export function useHandleSignal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) => gripApi.handleSignal(id, note),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: gripKeys.signals }),
  });
}

export function useReopenSignal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (id: string) => gripApi.reopenSignal(id), onSuccess: () => void queryClient.invalidateQueries({ queryKey: gripKeys.signals }) });
}
