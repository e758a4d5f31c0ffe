import { CONFIDENCE_KEYS, type Confidence } from '../../../../src/library/domain/price-items';
import { DOMAINS, FREQUENCIES, FUNDING_STREAMS, labelOf, type Domain, type Frequency, type FundingStream } from '../../../../src/plans/domain/vocabulary';

export interface Option {
  value: string;
  label: string;
}

const options = (items: readonly { key: string; label: string }[]): Option[] => items.map((item) => ({ value: item.key, label: item.label }));

export const FUNDING_STREAM_OPTIONS = options(FUNDING_STREAMS);
export const DOMAIN_OPTIONS = options(DOMAINS);
export const FREQUENCY_OPTIONS = options(FREQUENCIES);

/** How sure a figure is, as people say it; `low` is an estimate and is shown as one everywhere. */
export const CONFIDENCE_TEXT: Record<Confidence, string> = { high: 'Hoog', medium: 'Middel', low: 'Schatting' };
export const CONFIDENCE_OPTIONS: Option[] = CONFIDENCE_KEYS.map((key) => ({
  value: key,
  label: key === 'low' ? 'Schatting (onzeker bedrag)' : CONFIDENCE_TEXT[key],
}));

export const fundingStreamLabel = (key: FundingStream | string) => labelOf(FUNDING_STREAMS, key as FundingStream);
export const domainLabel = (key: Domain | string) => labelOf(DOMAINS, key as Domain);
export const frequencyLabel = (key: Frequency | string) => labelOf(FREQUENCIES, key as Frequency);

/** The leefgebieden of a legal basis; none means it applies to every domain. */
export function domainsText(domains: readonly string[]): string {
  return domains.length === 0 ? 'Alle leefgebieden' : domains.map(domainLabel).join(', ');
}

/** "Wmo 2015, artikel 2.3.5": how people cite a legal basis. */
export function citation(basis: { shortName: string; regulation: string; article: string }): string {
  const name = basis.shortName || basis.regulation;
  return basis.article ? `${name}, artikel ${basis.article}` : name;
}
