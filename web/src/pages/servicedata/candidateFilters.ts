import { z } from 'zod';
import { fromCandidateBody } from '../../../../src/services/services.contract';
import { isoDate } from '../../../../src/shared/iso-date';
import { BSN_MESSAGE, findBsns } from '../../../../src/privacy/domain/guard';
import type { CandidatesParams } from './servicedataApi';

export const CANDIDATES_PAGE_SIZE = 25;

const dateOrEmpty = z.union([z.literal(''), isoDate]).default('');

/** The overlap page's filter in the address: `?datum=` (empty = today, the API's default). */
export const overlapFilterSchema = z.object({ datum: dateOrEmpty });

/**
 * The candidates' filters in the address, with Dutch names: `?datum=&pijlers=&pagina=`. What does
 * not parse falls back to the default (today, 3 pillars, page 1).
 */
export const candidateFilterSchema = z.object({
  datum: dateOrEmpty,
  pijlers: z.coerce.number().int().min(1).max(5).default(3),
  pagina: z.coerce.number().int().min(1).default(1),
});
export type CandidateFilters = z.output<typeof candidateFilterSchema>;

export function candidatesParams(filters: CandidateFilters): CandidatesParams {
  return {
    date: filters.datum || undefined,
    minPillars: filters.pijlers,
    limit: CANDIDATES_PAGE_SIZE,
    offset: (filters.pagina - 1) * CANDIDATES_PAGE_SIZE,
  };
}

export const pageCount = (total: number): number => Math.max(1, Math.ceil(total / CANDIDATES_PAGE_SIZE));

// The privacy guard runs as the user types: a BSN never needs a round trip to be refused.
export const bsnProblem = (text: string): string | undefined => (findBsns(text).length > 0 ? BSN_MESSAGE : undefined);

/**
 * The form that starts a plan from a candidate: the contract's case number and client number. In
 * the form the client number is required: a household without a known number needs one typed.
 */
export const startPlanSchema = z
  .object({
    caseNumber: fromCandidateBody.shape.caseNumber,
    clientNumber: fromCandidateBody.shape.clientNumber.unwrap(),
  })
  .superRefine((values, context) => {
    for (const field of ['caseNumber', 'clientNumber'] as const) {
      const message = bsnProblem(values[field]);
      if (message) context.addIssue({ code: 'custom', path: [field], message });
    }
  });
export type StartPlanValues = z.input<typeof startPlanSchema>;
