import { scanForPersonalData, type PrivacyFinding, type PrivacyWarning } from '../../privacy/domain/guard.js';
import type { Kba } from '../../plans/domain/kba.js';
import type { PlanDocument } from '../../plans/domain/plan-document.js';
import type { Domain, FundingStream } from '../../plans/domain/vocabulary.js';

/**
 * The redaction step between an approved plan and the region's inspiration library (DOMAIN.md §7,
 * §10): only what helps another municipality — breakthrough, a rewritten short situation, legal
 * bases without the case's motivation, the KBA totals, domains and funding streams. Never a client
 * or case number, and never the plan's own situation text.
 */

export const PUBLISHABLE_STATUSES = ['approved', 'in_progress', 'monitoring', 'closed'] as const;

export const SITUATION_GUIDANCE = 'Herschrijf: geen namen, geen data, geen cliënt- of casusnummer';

export interface LegalBasisRef {
  regulation: string;
  article: string;
}

export interface SolutionKbaSummary {
  currentCents: number;
  threatenedCents: number;
  planCents: number;
  returnCents: number;
  maatwerkbudgetCents: number;
}

export interface RedactionDraft {
  title: string;
  /** Always empty: the maatwerker writes the situation anew, so no case text leaks by copying. */
  situation: string;
  breakthrough: string;
  legalBases: LegalBasisRef[];
  domains: Domain[];
  fundingStreams: FundingStream[];
  kba: SolutionKbaSummary;
}

export interface Submission {
  title: string;
  situation: string;
  breakthrough: string;
  legalBases: LegalBasisRef[];
  domains: string[];
  fundingStreams: string[];
}

export const TITLE_MAX = 120;

/** The first sentence of a text, cut at a word boundary when it is too long for a title. */
export function firstSentence(text: string, max = TITLE_MAX): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const match = /^(.+?[.!?])(\s|$)/.exec(trimmed);
  const sentence = (match?.[1] ?? trimmed).replace(/[.!?]$/, '');
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

const uniq = <T>(items: readonly T[]) => [...new Set(items)];

export function legalBasesOf(document: Pick<PlanDocument, 'legalBases'>): LegalBasisRef[] {
  const seen = new Set<string>();
  const result: LegalBasisRef[] = [];
  for (const basis of document.legalBases ?? []) {
    const ref = { regulation: basis.regulation.trim(), article: basis.article.trim() };
    const key = `${ref.regulation}|${ref.article}`;
    if (ref.regulation && !seen.has(key)) {
      seen.add(key);
      result.push(ref);
    }
  }
  return result;
}

/** The funding streams of the maatwerk scenario's lines: where the solution is paid from. */
export function fundingStreamsOf(document: Pick<PlanDocument, 'scenarios'>): FundingStream[] {
  return uniq((document.scenarios?.plan?.lines ?? []).map((line) => line.fundingStream));
}

export function kbaSummary(kba: Pick<Kba, keyof SolutionKbaSummary>): SolutionKbaSummary {
  return {
    currentCents: kba.currentCents,
    threatenedCents: kba.threatenedCents,
    planCents: kba.planCents,
    returnCents: kba.returnCents,
    maatwerkbudgetCents: kba.maatwerkbudgetCents,
  };
}

export function buildDraft(document: PlanDocument, kba: Pick<Kba, keyof SolutionKbaSummary>): RedactionDraft {
  const breakthrough = (document.breakthrough ?? '').trim();
  return {
    title: firstSentence(breakthrough),
    situation: '',
    breakthrough,
    legalBases: legalBasesOf(document),
    domains: uniq(document.domains ?? []),
    fundingStreams: fundingStreamsOf(document),
    kba: kbaSummary(kba),
  };
}

export interface Identifiers {
  caseNumber: string;
  clientNumber: string;
  /** The plan's own situation text: a copy of it is not a rewrite. */
  situation?: string | undefined;
}

export interface RedactionCheck {
  errors: PrivacyFinding[];
  warnings: PrivacyWarning[];
}

const FREE_TEXT = ['title', 'situation', 'breakthrough'] as const;
const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** An identifier of at least three characters, anywhere in the text, ignoring case and spacing. */
export function containsIdentifier(text: string, identifier: string): boolean {
  const id = normalise(identifier);
  return id.length >= 3 && normalise(text).includes(id);
}

/** Copying a long stretch of the case's situation is not a rewrite (80 characters or more). */
export function copiesSituation(text: string, situation: string | undefined, span = 80): boolean {
  const source = normalise(situation ?? '');
  const written = normalise(text);
  if (source.length < span || written.length < span) return false;
  for (let start = 0; start + span <= written.length; start += 20) {
    if (source.includes(written.slice(start, start + span))) return true;
  }
  return false;
}

/**
 * Errors refuse the submission (BSN, client or case number, a copied or empty situation);
 * warnings (email, phone, date) need the maatwerker's explicit confirmation.
 */
export function checkSubmission(submission: Submission, identifiers: Identifiers): RedactionCheck {
  const errors: PrivacyFinding[] = [];
  if (!submission.title.trim()) errors.push({ path: 'title', message: 'Geef de oplossing een titel.' });
  if (!submission.situation.trim()) errors.push({ path: 'situation', message: `Schrijf een korte situatieschets. ${SITUATION_GUIDANCE}.` });
  if (!submission.breakthrough.trim()) errors.push({ path: 'breakthrough', message: 'Beschrijf de doorbraak.' });
  for (const field of FREE_TEXT) {
    const text = submission[field];
    if (containsIdentifier(text, identifiers.clientNumber)) {
      errors.push({ path: field, message: 'Bevat het cliëntnummer van het plan. Haal het weg: de bibliotheek is anoniem.' });
    }
    if (containsIdentifier(text, identifiers.caseNumber)) {
      errors.push({ path: field, message: 'Bevat het casusnummer van het plan. Haal het weg: de bibliotheek is anoniem.' });
    }
  }
  if (copiesSituation(submission.situation, identifiers.situation)) {
    errors.push({ path: 'situation', message: 'Dit is (een deel van) de situatieschets van het plan. Herschrijf hem kort en anoniem in eigen woorden.' });
  }
  const scan = scanForPersonalData(
    { title: submission.title, situation: submission.situation, breakthrough: submission.breakthrough, legalBases: submission.legalBases },
    { structured: new Set(['legalBases.article']) },
  );
  return { errors: [...scan.errors, ...errors], warnings: scan.warnings };
}

/** Legal bases may only be chosen from the plan's own (the form shows them read-only). */
export function unknownLegalBases(chosen: readonly LegalBasisRef[], plan: readonly LegalBasisRef[]): LegalBasisRef[] {
  return chosen.filter((basis) => !plan.some((p) => p.regulation === basis.regulation && p.article === basis.article));
}
