import type { z } from 'zod';
import {
  patternUpdateBody,
  type Cocktails,
  type CocktailsQuery,
  type Combination,
  type Pattern,
  type PatternCreateInput,
  type PatternList,
  type PatternUpdateInput,
  type Suggestion,
  type Suggestions,
} from '../../../../src/patterns/patterns.contract';
import type { Colleague, colleaguesOut } from '../../../../src/tables/tables.contract';
import { query, request } from '../../http/client';

export type { Cocktails, CocktailsQuery, Colleague, Combination, Pattern, Suggestion };

/** The pattern form: the contract's save body without `version` (the page adds the version it shows). */
export const patternFormSchema = patternUpdateBody.omit({ version: true });
export type PatternFormValues = z.input<typeof patternFormSchema>;
export type PatternFormOutput = z.output<typeof patternFormSchema>;

const base = '/api/v1/patterns';
const one = (id: string) => `${base}/${encodeURIComponent(id)}`;

export const patternKeys = {
  all: ['patterns'] as const,
  list: ['patterns', 'list'] as const,
  suggestions: ['patterns', 'suggestions'] as const,
  one: (id: string) => ['patterns', 'one', id] as const,
  colleagues: ['patterns', 'colleagues'] as const,
  cocktails: (filter: CocktailsQuery) => ['patterns', 'cocktails', filter] as const,
};

export const patternsApi = {
  list: (signal?: AbortSignal) => request<PatternList>(base, { signal }),
  suggestions: (signal?: AbortSignal) => request<Suggestions>(`${base}/suggestions`, { signal }),
  get: (id: string, signal?: AbortSignal) => request<Pattern>(one(id), { signal }),
  create: (input: PatternCreateInput) => request<Pattern>(base, { method: 'POST', body: input }),
  save: (id: string, input: PatternUpdateInput) => request<Pattern>(one(id), { method: 'PUT', body: input }),
  colleagues: (signal?: AbortSignal) => request<z.infer<typeof colleaguesOut>>('/api/v1/colleagues', { signal }),
  cocktails: (filter: CocktailsQuery, signal?: AbortSignal) => request<Cocktails>(`/api/v1/cocktails${query(filter)}`, { signal }),
};

export const signalUrl = (id: string, format: 'pdf' | 'json') => `${one(id)}/signal.${format}`;
export const patternPath = (id: string) => `/systeemleren/${encodeURIComponent(id)}`;
export const COCKTAILS_PATH = '/systeemleren/cocktails';
