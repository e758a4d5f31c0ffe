import { z } from 'zod';
import { problemSchema } from '../http/problem.contract.js';
import { DOMAIN_KEYS, FUNDING_STREAM_KEYS } from '../plans/domain/vocabulary.js';

/**
 * Requests and answers of the region's inspiration library (DOMAIN.md §7): the redaction draft of
 * an approved plan, submitting, the second maatwerker's review, withdrawing and searching.
 * Answers list exactly what another municipality may read; anything else is stripped.
 */

export const SOLUTION_STATUSES = ['pending', 'published', 'rejected', 'withdrawn'] as const;
export type SolutionStatus = (typeof SOLUTION_STATUSES)[number];
export const SOLUTION_SOURCES = ['plan', 'seed'] as const;
export type SolutionSource = (typeof SOLUTION_SOURCES)[number];

export const idParams = z.object({ id: z.string().max(100) });

const legalBasisRef = z.strictObject({
  regulation: z.string().max(500).describe('De regeling, zoals in het plan.'),
  article: z.string().max(50).describe('Het artikel, zoals in het plan.'),
});

export const publishBody = z.strictObject({
  planId: z.string().min(1).max(100).describe('Het goedgekeurde plan waaruit de oplossing komt.'),
  title: z.string().max(200, 'Gebruik hoogstens 200 tekens.').describe('Korte titel van de oplossing.'),
  situation: z
    .string()
    .max(2000, 'Gebruik hoogstens 2000 tekens.')
    .describe('Een korte, herschreven situatieschets: geen namen, geen data, geen cliënt- of casusnummer.'),
  breakthrough: z.string().max(5000, 'Gebruik hoogstens 5000 tekens.').describe('De doorbraak: wat het vastgelopen gezin verder hielp.'),
  legalBases: z.array(legalBasisRef).max(50).describe('Grondslagen van het plan (regeling en artikel, zonder motivering).'),
  domains: z.array(z.enum(DOMAIN_KEYS)).max(DOMAIN_KEYS.length).describe('Leefgebieden.'),
  fundingStreams: z.array(z.enum(FUNDING_STREAM_KEYS)).max(FUNDING_STREAM_KEYS.length).describe('Geldstromen waaruit de oplossing is betaald.'),
  confirmWarnings: z.boolean().optional().describe('Bevestigt dat gemelde e-mailadressen, telefoonnummers of data nodig en niet herleidbaar zijn.'),
});

export const reviewBody = z.strictObject({
  decision: z.enum(['approve', 'reject']).describe('Publiceren (approve) of afwijzen (reject).'),
  note: z.string().max(2000, 'Gebruik hoogstens 2000 tekens.').default('').describe('Toelichting bij het besluit.'),
});

export const searchQuery = z.strictObject({
  q: z.string().max(200).optional().describe('Zoekt in titel, situatie en doorbraak.'),
  domain: z.enum(DOMAIN_KEYS).optional().describe('Leefgebied.'),
  legalBasis: z.string().max(200).optional().describe('Regeling en/of artikel, bijvoorbeeld ‘Participatiewet 35’.'),
  fundingStream: z.enum(FUNDING_STREAM_KEYS).optional().describe('Geldstroom.'),
  minReturnCents: z.coerce.number().int().min(0).max(1e13).optional().describe('Minimaal rendement in centen.'),
  maxPlanCents: z.coerce.number().int().min(0).max(1e13).optional().describe('Maximale kosten van het plan in centen.'),
});

const legalBasisRefOut = z.object({ regulation: z.string(), article: z.string() });

/** The KBA of the plan in totals: never its lines. */
export const kbaSummaryOut = z.object({
  currentCents: z.number(),
  threatenedCents: z.number(),
  planCents: z.number(),
  returnCents: z.number(),
  maatwerkbudgetCents: z.number(),
});

export const solutionOut = z.object({
  id: z.string(),
  title: z.string(),
  situation: z.string(),
  breakthrough: z.string(),
  legalBases: z.array(legalBasisRefOut),
  kba: kbaSummaryOut.nullable(),
  domains: z.array(z.string()),
  fundingStreams: z.array(z.string()),
  status: z.enum(SOLUTION_STATUSES),
  source: z.enum(SOLUTION_SOURCES).describe('plan: gedeeld vanuit een plan; seed: uit de praktijkverhalen.'),
  region: z.string().nullable(),
  municipality: z.string().describe('De gemeente die de oplossing deelde.'),
  ownMunicipality: z.boolean(),
  mine: z.boolean().describe('Door de lezer zelf ingediend.'),
  planId: z.string().nullable().describe('Het plan waaruit de oplossing komt; alleen voor de eigen gemeente.'),
  submittedAt: z.string(),
  reviewedAt: z.string().nullable(),
  reviewNote: z.string().describe('Alleen voor de eigen gemeente.'),
});

export const solutionListOut = z.object({
  items: z.array(solutionOut),
  total: z.number().int(),
  pending: z.array(solutionOut).describe('Ter beoordeling in de eigen gemeente (alleen voor wie beoordeelt).'),
});

export const draftOut = z.object({
  planId: z.string(),
  planStatus: z.string(),
  guidance: z.string().describe('Wat de herschreven situatie niet mag bevatten.'),
  title: z.string(),
  situation: z.string().describe('Altijd leeg: de maatwerker schrijft de situatie opnieuw.'),
  breakthrough: z.string(),
  legalBases: z.array(legalBasisRefOut),
  domains: z.array(z.enum(DOMAIN_KEYS)),
  fundingStreams: z.array(z.enum(FUNDING_STREAM_KEYS)),
  kba: kbaSummaryOut,
});

export const privacyWarningOut = z.object({ path: z.string(), message: z.string(), kind: z.enum(['email', 'phone', 'date']) });

/** A refused submission; `warnings` when only a confirmation is missing (e-mail, phone, date). */
export const submitProblem = problemSchema
  .extend({ warnings: z.array(privacyWarningOut).optional().describe('Te bevestigen: gegevens die herleidbaar kunnen zijn.') })
  .describe('Niet anoniem, niet volledig, of nog te bevestigen.');

export type Solution = z.infer<typeof solutionOut>;
export type SolutionList = z.infer<typeof solutionListOut>;
export type RedactionDraft = z.infer<typeof draftOut>;
export type KbaSummary = z.infer<typeof kbaSummaryOut>;
export type LegalBasisRef = z.infer<typeof legalBasisRefOut>;
export type Submission = z.input<typeof publishBody>;
export type Review = z.input<typeof reviewBody>;
/** What a client asks for (the parameters as the server reads them; all optional). */
export type SolutionQuery = Partial<z.output<typeof searchQuery>>;
export type PrivacyWarning = z.infer<typeof privacyWarningOut>;
