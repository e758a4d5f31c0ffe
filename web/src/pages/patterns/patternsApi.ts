import type { BottleneckLevel, Domain } from '../../../../src/plans/domain/vocabulary';
import type { PatternPhase } from '../../../../src/patterns/domain/phases';
import { query, request } from '../../http/client';

export interface Pattern {
  id: string;
  title: string;
  description: string;
  level: BottleneckLevel;
  levelLabel: string;
  theme: Domain;
  themeLabel: string;
  ownerId: string | null;
  ownerName: string | null;
  phase: PatternPhase;
  phaseLabel: string;
  steps: string;
  diagnosis: string;
  solutions: string;
  decisions: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  linkedPlans: number;
  /** Only for users who may read plans. */
  linkedCases?: { planId: string; caseNumber: string }[];
}

export interface Suggestion {
  key: string;
  theme: Domain;
  themeLabel: string;
  rule: string;
  plans: number;
  levels: Record<BottleneckLevel, number>;
  illustrationKeys: string[];
  descriptions?: string[];
  cases?: { planId: string; caseNumber: string }[];
}

export type PatternInput = Pick<Pattern, 'title' | 'description' | 'level' | 'theme' | 'ownerId' | 'steps' | 'diagnosis' | 'solutions' | 'decisions'>;

export type Count = number | '< 3';
export interface Combination {
  domains: string[];
  count: Count;
  share: number | null;
}
export interface Cocktails {
  plans: number;
  pairs: Combination[];
  triples: Combination[];
  maatpact: (Combination & { key: string; label: string })[];
}

export interface Colleague {
  id: string;
  name: string;
  roles: string[];
}

const base = '/api/v1/patterns';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const patternsApi = {
  list: () => request<{ items: Pattern[] }>(base),
  suggestions: () => request<{ plans: number; items: Suggestion[] }>(`${base}/suggestions`),
  get: (id: string) => request<Pattern>(one(id)),
  create: (input: Partial<PatternInput> & Pick<PatternInput, 'title' | 'level' | 'theme'> & { illustrationKeys?: string[] }) =>
    request<Pattern>(base, { method: 'POST', body: input }),
  save: (id: string, input: PatternInput & { phase: PatternPhase; version: number }) => request<Pattern>(one(id), { method: 'PUT', body: input }),
  colleagues: () => request<{ items: Colleague[] }>('/api/v1/colleagues'),
  cocktails: (filter: { from?: string; to?: string }) => request<Cocktails>(`/api/v1/cocktails${query(filter)}`),
};

export const signalUrl = (id: string, format: 'pdf' | 'json') => `${one(id)}/signal.${format}`;
export const patternPath = (id: string) => `/systeemleren/${encodeURIComponent(id)}`;
export const COCKTAILS_PATH = '/systeemleren/cocktails';
