import { z } from 'zod';

/** application/problem+json as every error of the API is sent (server/problem.ts). */
export const fieldErrorSchema = z.object({ path: z.string(), message: z.string() });

export const problemSchema = z.object({
  type: z.string().describe('urn:doorbraak:probleem:<code>'),
  title: z.string().describe('Nederlandse titel.'),
  status: z.number().int(),
  detail: z.string(),
  errors: z.array(fieldErrorSchema).describe('Per veld wat er mis is, met het pad (bijv. `scenarios.plan.lines.0.quantity`).'),
  retryAfterSeconds: z.number().int().optional().describe('Bij 429: na hoeveel seconden opnieuw proberen.'),
});

export type FieldError = z.infer<typeof fieldErrorSchema>;
export type Problem = z.infer<typeof problemSchema>;

/** The error answers every `/api/` route may give; a route adds its own 409 where it has one. */
export const ERROR_RESPONSES = {
  400: problemSchema.describe('Onleesbaar verzoek.'),
  401: problemSchema.describe('Niet ingelogd.'),
  403: problemSchema.describe('Geen toestemming, of geen geldige CSRF-sleutel.'),
  404: problemSchema.describe('Bestaat niet of niet zichtbaar voor deze gebruiker.'),
  413: problemSchema.describe('Te groot.'),
  415: problemSchema.describe('Geen JSON.'),
  422: problemSchema.describe('Ongeldige invoer; `errors` noemt elk veld.'),
  429: problemSchema.describe('Te veel pogingen.'),
  500: problemSchema.describe('Fout aan de kant van de server.'),
} as const;

/** A 409 of a versioned save: the problem plus what the loser sent and the record as it stands. */
export function conflictSchema<Sent extends z.ZodRawShape, Current extends z.ZodType>(sent: Sent, current: Current) {
  return problemSchema.extend({ ...sent, current: current.optional() }).describe('Iemand anders sloeg intussen op; uw tekst staat in de body.');
}
