import { CODE_PATTERN, CODE_RULE } from '../../../../src/library/domain/price-items';
import type { Domain } from '../../../../src/plans/domain/vocabulary';
import type { FieldError } from '../../http/client';
import type { LegalBasis, LegalBasisChanges, LegalBasisInput } from './libraryApi';

export interface LegalFormValues {
  code: string;
  regulation: string;
  shortName: string;
  article: string;
  description: string;
  domains: Domain[];
  url: string;
  note: string;
}

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

function isWebAddress(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export function checkLegalForm(values: LegalFormValues): { input: LegalBasisInput; errors: [] } | { input: null; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const fail = (path: keyof typeof LEGAL_FIELDS, message: string) => errors.push({ path, message });
  const code = values.code.trim();
  const url = values.url.trim();

  if (!code) fail('code', 'Vul een code in, bijvoorbeeld LOK-WMO-21.');
  else if (!CODE_PATTERN.test(code)) fail('code', CODE_RULE);
  if (!values.regulation.trim()) fail('regulation', 'Vul de naam van de wet, verordening of beleidsregel in.');
  if (!values.description.trim()) fail('description', 'Beschrijf kort wat deze grondslag mogelijk maakt.');
  if (url && !isWebAddress(url)) fail('url', 'Gebruik een volledig webadres dat begint met https://.');

  if (errors.length > 0) return { input: null, errors };
  return {
    input: {
      code,
      regulation: values.regulation.trim(),
      shortName: values.shortName.trim(),
      article: values.article.trim(),
      description: values.description.trim(),
      domains: [...values.domains],
      url,
      note: values.note.trim(),
    },
    errors: [],
  };
}

const sameDomains = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((domain) => b.includes(domain));

/** Only what changed, compared with what the form showed (so an untouched short name stays). */
export function legalChanges(before: LegalBasis, after: LegalBasisInput): LegalBasisChanges {
  const shown = legalFormValues(before);
  const changes: LegalBasisChanges = {};
  if (after.regulation !== shown.regulation) changes.regulation = after.regulation;
  if (after.shortName !== shown.shortName) changes.shortName = after.shortName;
  if (after.article !== shown.article) changes.article = after.article;
  if (after.description !== shown.description) changes.description = after.description;
  if (!sameDomains(after.domains, shown.domains)) changes.domains = after.domains;
  if (after.url !== shown.url) changes.url = after.url;
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
