import { DOMAIN_KEYS, type Domain } from '../../plans/domain/vocabulary.js';
import { parseCsv } from './csv.js';
import { CONFIDENCE_KEYS, type Confidence } from './price-items.js';
import { fold } from './search.js';

/** One entry of the legal library: a law's article, or a local ordinance or policy rule. */
export interface LegalBasisData {
  code: string;
  regulation: string;
  shortName: string;
  article: string;
  bwbId: string | null;
  url: string | null;
  description: string;
  /** Leefgebieden it is typically used for; empty = applies to every domain. */
  domains: Domain[];
  confidence: Confidence;
  note: string;
}

/** What a plan says about a legal basis (plan document `legalBases[]`). */
export interface LegalReference {
  regulation: string;
  article?: string;
  bwbId?: string | null;
}

export const LEGAL_CSV_COLUMNS = [
  'code',
  'regulation',
  'short_name',
  'bwb_id',
  'article',
  'description_nl',
  'description_en',
  'domains',
  'url',
  'confidence',
  'note',
] as const;

export const BWB_ID_PATTERN = /^BWBR\d{7}$/;

/**
 * The reference file `legal-bases.csv` as library entries (Dutch description; `;`-lists of
 * domains). The file ships with the code, so any fault in it is a programming error: it throws.
 */
export function legalBasesFromReferenceCsv(text: string): LegalBasisData[] {
  const [header, ...rows] = parseCsv(text, ',');
  const names = header?.cells.map((cell) => cell.trim()) ?? [];
  if (names.join(',') !== LEGAL_CSV_COLUMNS.join(',')) throw new Error(`legal-bases.csv: onverwachte kolommen ${names.join(',')}`);
  return rows.map(({ line, cells }) => {
    if (cells.length !== LEGAL_CSV_COLUMNS.length) throw new Error(`legal-bases.csv regel ${line}: ${cells.length} kolommen`);
    const get = (column: (typeof LEGAL_CSV_COLUMNS)[number]) => cells[LEGAL_CSV_COLUMNS.indexOf(column)]!.trim();
    const domains = get('domains')
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean);
    const unknown = domains.filter((d) => !(DOMAIN_KEYS as string[]).includes(d));
    if (unknown.length > 0) throw new Error(`legal-bases.csv regel ${line}: onbekend leefgebied ${unknown.join(', ')}`);
    const confidence = get('confidence') as Confidence;
    if (!CONFIDENCE_KEYS.includes(confidence)) throw new Error(`legal-bases.csv regel ${line}: betrouwbaarheid ${confidence}`);
    const bwbId = get('bwb_id') || null;
    if (bwbId !== null && !BWB_ID_PATTERN.test(bwbId)) throw new Error(`legal-bases.csv regel ${line}: BWB-id ${bwbId}`);
    return {
      code: get('code'),
      regulation: get('regulation'),
      shortName: get('short_name'),
      article: get('article'),
      bwbId,
      url: get('url') || null,
      description: get('description_nl'),
      domains: domains as Domain[],
      confidence,
      note: get('note'),
    };
  });
}

/** `Art. 35 lid 1`, `artikel 35`, ` 35 ` → `35`: the article number as a plan may write it. */
export function normalizeArticle(article: string | undefined): string {
  return fold(article ?? '')
    .replace(/^(artikelen|artikel|art\.?)\s*/, '')
    .replace(/\s*(lid|onder|sub)\b.*$/, '')
    .replace(/\s+/g, '');
}

/**
 * Does a plan's legal basis refer to this library entry? Same article, and the same law: by BWB
 * identifier when both have one, otherwise by the regulation's full or short name.
 */
export function refersTo(reference: LegalReference, basis: Pick<LegalBasisData, 'regulation' | 'shortName' | 'article' | 'bwbId'>): boolean {
  if (normalizeArticle(reference.article) !== normalizeArticle(basis.article)) return false;
  if (reference.bwbId && basis.bwbId) return reference.bwbId.trim().toUpperCase() === basis.bwbId.toUpperCase();
  const name = fold(reference.regulation);
  return name !== '' && (name === fold(basis.regulation) || name === fold(basis.shortName));
}
