import { z } from 'zod';
import { legalBasisCreate, legalBasisFields, type LegalBasis, type LegalBasisUpdate } from '../../../../src/library/legal-bases.contract';

export const LEGAL_FIELDS = {
  code: { id: 'grondslag-code', label: 'Code' },
  regulation: { id: 'grondslag-regeling', label: 'Regeling' },
  shortName: { id: 'grondslag-korte-naam', label: 'Korte naam' },
  article: { id: 'grondslag-artikel', label: 'Artikel' },
  description: { id: 'grondslag-omschrijving', label: 'Omschrijving' },
  domains: { id: 'grondslag-leefgebieden', label: 'Leefgebieden' },
  url: { id: 'grondslag-url', label: 'Webadres van de tekst' },
  note: { id: 'grondslag-toelichting', label: 'Toelichting' },
} as const;

export const LEGAL_FIELD_NAMES = Object.keys(LEGAL_FIELDS) as (keyof typeof LEGAL_FIELDS)[];

/**
 * The form to add or edit a legal basis: the contract's request schema (its Dutch messages), with
 * the link as typed text. No domains means the basis applies to every domain.
 */
export const legalFormSchema = z.object({
  code: legalBasisCreate.shape.code,
  regulation: legalBasisFields.regulation,
  shortName: legalBasisFields.shortName,
  article: legalBasisFields.article,
  description: legalBasisFields.description,
  domains: legalBasisFields.domains,
  url: z.string().trim().pipe(legalBasisFields.url.unwrap()),
  note: legalBasisFields.note,
});

export type LegalFormValues = z.input<typeof legalFormSchema>;
export type LegalFormOutput = z.output<typeof legalFormSchema>;

export const EMPTY_LEGAL_FORM: LegalFormValues = { code: '', regulation: '', shortName: '', article: '', description: '', domains: [], url: '', note: '' };

export function legalFormValues(basis: LegalBasis): LegalFormValues {
  return {
    code: basis.code,
    regulation: basis.regulation,
    // The API fills a missing short name with the full one; showing it twice says nothing.
    shortName: basis.shortName === basis.regulation ? '' : basis.shortName,
    article: basis.article,
    description: basis.description,
    domains: [...basis.domains],
    url: basis.url ?? '',
    note: basis.note,
  };
}

const sameDomains = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((domain) => b.includes(domain));

/** Only what changed, compared with what the form showed (so an untouched short name stays). */
export function legalChanges(before: LegalBasis, after: LegalFormOutput): LegalBasisUpdate {
  const shown = legalFormValues(before);
  const changes: LegalBasisUpdate = {};
  if (after.regulation !== shown.regulation) changes.regulation = after.regulation;
  if (after.shortName !== shown.shortName) changes.shortName = after.shortName;
  if (after.article !== shown.article) changes.article = after.article;
  if (after.description !== shown.description) changes.description = after.description;
  if (!sameDomains(after.domains, shown.domains ?? [])) changes.domains = after.domains;
  if ((after.url ?? '') !== shown.url) changes.url = after.url;
  if (after.note !== shown.note) changes.note = after.note;
  return changes;
}

/**
 * The link text for the text of a regulation: named after the site, so people know where they
 * go ("Bekijk op wetten.overheid.nl", or lokaleregelgeving.overheid.nl for a local ordinance).
 */
export function sourceLinkText(url: string): string {
  try {
    return `Bekijk op ${new URL(url).hostname.replace(/^www\./, '')}`;
  } catch {
    return 'Bekijk de tekst';
  }
}
