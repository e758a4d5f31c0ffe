import { DataList } from '../../components/DataList';
import { formatEuro } from '../../../../src/shared/money';
import { domainLabel, fundingStreamLabel } from '../library/labels';
import type { KbaSummary, LegalBasisRef } from './inspirationApi';

export const legalText = (bases: readonly LegalBasisRef[]) =>
  bases.length === 0 ? 'Geen' : bases.map((b) => (b.article ? `${b.regulation} art. ${b.article}` : b.regulation)).join('; ');

export const kbaText = (kba: KbaSummary | null) =>
  kba ? `Rendement ${formatEuro(kba.returnCents)} (dreigend ${formatEuro(kba.threatenedCents)}, maatwerk ${formatEuro(kba.planCents)})` : 'Geen kosten-batenanalyse';

interface FactsProps {
  legalBases: readonly LegalBasisRef[];
  domains: readonly string[];
  fundingStreams: readonly string[];
  kba: KbaSummary | null;
  municipality?: string;
  full?: boolean;
}

/** What a solution rests on: law, domains, funding streams and the KBA totals. */
export function SolutionFacts({ legalBases, domains, fundingStreams, kba, municipality, full = false }: FactsProps) {
  const items = [
    ...(municipality ? [{ key: 'Gemeente', value: municipality }] : []),
    { key: 'Grondslagen', value: legalText(legalBases) },
    { key: 'Leefgebieden', value: domains.length ? domains.map(domainLabel).join(', ') : 'Geen' },
    { key: 'Geldstromen', value: fundingStreams.length ? fundingStreams.map(fundingStreamLabel).join(', ') : 'Geen' },
  ];
  if (kba && full) {
    items.push(
      { key: 'Kosten huidig', value: formatEuro(kba.currentCents) },
      { key: 'Kosten dreigend', value: formatEuro(kba.threatenedCents) },
      { key: 'Kosten maatwerk', value: formatEuro(kba.planCents) },
      { key: 'Rendement', value: formatEuro(kba.returnCents) },
      { key: 'Uit het maatwerkbudget', value: formatEuro(kba.maatwerkbudgetCents) },
    );
  } else {
    items.push({ key: 'Kosten en baten', value: kbaText(kba) });
  }
  return <DataList items={items} />;
}
