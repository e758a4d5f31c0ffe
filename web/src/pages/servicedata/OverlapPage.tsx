import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Alert } from '../../components/Alert';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { can, useUser } from '../../session';
import { formatIsoDate } from '../actions/actionsFormat';
import { overlapFilterSchema } from './candidateFilters';
import { CountChart } from './CountChart';
import { DateFilter } from './DateFilter';
import { cellText, overlapRows } from './overlapFormat';
import { CANDIDATES_PATH, OVERLAP_PATH, servicedataApi, servicedataKeys, type Overlap } from './servicedataApi';
import './servicedata.css';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dbk-sd-section">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

function Figures({ overlap }: { overlap: Overlap }) {
  const figures: [string, string][] = [
    ['Peildatum', formatIsoDate(overlap.date)],
    ['Huishoudens met ondersteuning', cellText(overlap.households)],
    ['Cliënten met ondersteuning', cellText(overlap.clients)],
  ];
  return (
    <dl className="dbk-sd-figures">
      {figures.map(([term, value]) => (
        <div key={term} className="dbk-sd-figure">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** For policy: how many households get support from several of the five pillars at once. */
export function OverlapPage() {
  usePageTitle('Overlap pijlers');
  const user = useUser();
  const [filters, setFilters] = useUrlFilters(overlapFilterSchema);
  const overlap = useQuery({
    queryKey: servicedataKeys.overlap(filters.datum),
    queryFn: ({ signal }) => servicedataApi.overlap(filters.datum || undefined, signal),
    placeholderData: keepPreviousData,
  });
  const rows = overlap.data ? overlapRows(overlap.data) : null;

  return (
    <>
      <PageHeading>Overlap pijlers</PageHeading>
      <Paragraph lead>
        Hoeveel huishoudens krijgen op de peildatum ondersteuning uit meer dan één pijler: Wmo, Jeugd, Participatie, Schuldhulp en Onderwijs?
        Huishoudens met drie of meer pijlers zijn waar maatwerk het meest oplevert.
      </Paragraph>
      <Paragraph>
        De cijfers komen uit de eigen gegevens van de gemeente (iWmo- en iJw-berichten en CSV-exports) en tellen voorzieningen die op de
        peildatum lopen. Elke grafiek heeft een tabel met dezelfde cijfers; het aandeel is het deel van alle huishoudens met ondersteuning.
        {can(user, 'services.candidates') ? (
          <>
            {' '}
            Welke huishoudens het zijn, staat bij <TextLink href={CANDIDATES_PATH}>Kandidaten maatwerk</TextLink>.
          </>
        ) : null}
      </Paragraph>
      <DateFilter id="overlap" label="Peildatum kiezen" value={filters} onApply={(next) => setFilters({ datum: next.datum }, { push: true })} clearHref={OVERLAP_PATH} />
      {overlap.error ? (
        <LoadError what="De cijfers over overlap" error={overlap.error} onRetry={() => void overlap.refetch()} />
      ) : overlap.data && rows ? (
        <div aria-busy={overlap.isFetching}>
          <Figures overlap={overlap.data} />
          {overlap.data.suppressed ? (
            <Alert type="info">
              <p className="utrecht-paragraph dbk-paragraph">
                Kleine aantallen worden niet getoond: staat er “&lt; 5”, dan gaat het om 1 tot en met 4 huishoudens. Zo is niemand te herkennen.
                Alleen de informatieanalist ziet deze aantallen.
              </p>
            </Alert>
          ) : null}
          <Section id="overlap-aantal" title="Aantal pijlers per huishouden">
            <CountChart caption="Huishoudens naar aantal pijlers" labelHeader="Aantal pijlers" rows={rows.byPillarCount} total={overlap.data.households} empty="Geen huishoudens met ondersteuning op deze peildatum." />
          </Section>
          <Section id="overlap-pijler" title="Per pijler">
            <Paragraph>Een huishouden met ondersteuning uit meer pijlers telt bij elk daarvan mee; de aandelen tellen daarom op tot meer dan 100 procent.</Paragraph>
            <CountChart caption="Huishoudens per pijler" labelHeader="Pijler" rows={rows.byPillar} total={overlap.data.households} empty="Geen huishoudens met ondersteuning op deze peildatum." />
          </Section>
          <Section id="overlap-combinaties" title="Combinaties van pijlers">
            <Paragraph>Elke combinatie van twee of meer pijlers die voorkomt, de meest voorkomende eerst.</Paragraph>
            <CountChart
              caption="Huishoudens per combinatie van pijlers"
              labelHeader="Combinatie"
              rows={rows.combinations}
              total={overlap.data.households}
              empty="Geen huishoudens met ondersteuning uit meer dan één pijler op deze peildatum."
            />
          </Section>
        </div>
      ) : (
        <Loading>De cijfers worden berekend…</Loading>
      )}
    </>
  );
}
