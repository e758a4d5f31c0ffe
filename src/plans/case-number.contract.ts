import { z } from 'zod';

/** `GET /api/v1/plans/next-case-number`: the suggestion for "Nieuw plan" (the user may type another). */
export const nextCaseNumberOut = z.object({
  caseNumber: z.string().describe('Het hoogste casusnummer van dit jaar in uw gemeente plus één, bijv. 2026-012.'),
  year: z.number().int(),
});
export type NextCaseNumber = z.infer<typeof nextCaseNumberOut>;
