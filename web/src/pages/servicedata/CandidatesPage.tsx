import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { formatEuro } from '../../../../src/shared/money';
import { Button } from '../../components/Button';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { filtersToSearch } from '../../http/urlFilters';
import { useUrlFilters } from '../../http/useUrlFilters';
import { Link } from '../../router';
import { can, useUser } from '../../session';
import { formatIsoDate } from '../actions/actionsFormat';
import { candidateFilterSchema, candidatesParams, pageCount, type CandidateFilters } from './candidateFilters';
import { DateFilter } from './DateFilter';
import { formatCount } from './importFiles';
import { pillarList } from './overlapFormat';
import { CANDIDATES_PATH, servicedataApi, servicedataKeys, type Candidate } from './servicedataApi';
import { StartPlanDialog } from './StartPlanDialog';
import './servicedata.css';

const hrefFor = (filters: CandidateFilters) => `${CANDIDATES_PATH}${filtersToSearch(candidateFilterSchema, filters)}`;

/** For maatwerkers: the costliest households on several pillars, to start a maatwerk plan with. */
export function CandidatesPage() {
  usePageTitle('Kandidaten maatwerk');
  const user = useUser();
  const mayStart = can(user, 'plans.fromCandidate');
  const [filters, setFilters] = useUrlFilters(candidateFilterSchema);
  const params = candidatesParams(filters);
  const candidates = useQuery({
    queryKey: servicedataKeys.candidates(params),
    queryFn: ({ signal }) => servicedataApi.candidates(params, signal),
    placeholderData: keepPreviousData,
  });
  const [starting, setStarting] = useState<{ candidate: Candidate; rank: number } | null>(null);
  const resultRef = useRef<HTMLParagraphElement>(null);
  const data = candidates.data;
  const pages = data ? pageCount(data.total) : 1;

  return (
    <>
      <PageHeading>Kandidaten maatwerk</PageHeading>
      <Paragraph lead>
        Huishoudens die op de peildatum ondersteuning krijgen uit meerdere pijlers, de hoogste jaarkosten eerst. Hier loont een integrale
        aanpak het meest.
      </Paragraph>
      <Paragraph>
        De jaarkosten zijn de kosten van de lopende voorzieningen over het jaar vanaf de peildatum. Een huishouden heeft geen naam of adres in
        Doorbraak: u herkent het aan de cliëntnummers uit de eigen administratie.
        {mayStart ? ' Met “Start een maatwerkplan” maakt u een plan waarin de huidige situatie al is ingevuld.' : ''}
      </Paragraph>
      <DateFilter
        id="kandidaten"
        label="Kandidaten filteren"
        value={{ datum: filters.datum, pijlers: filters.pijlers }}
        onApply={(next) => setFilters({ datum: next.datum, pijlers: next.pijlers ?? 3, pagina: 1 }, { push: true })}
        clearHref={CANDIDATES_PATH}
      />
      {candidates.error ? (
        <LoadError what="De kandidaten" error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : !data ? (
        <Loading>De kandidaten worden gezocht…</Loading>
      ) : (
        <div aria-busy={candidates.isFetching}>
          <p className="utrecht-paragraph dbk-result-count" role="status" tabIndex={-1} ref={resultRef}>
            {data.total === 1 ? '1 huishouden' : `${formatCount(data.total)} huishoudens`} met {filters.pijlers === 5 ? 'alle 5' : `${filters.pijlers} of meer`}{' '}
            pijlers op {formatIsoDate(data.date)}
            {pages > 1 ? `; pagina ${filters.pagina} van ${pages}` : ''}.
          </p>
          {data.items.length > 0 ? (
            <CandidateTable items={data.items} offset={params.offset} mayStart={mayStart} onStart={(candidate, rank) => setStarting({ candidate, rank })} />
          ) : null}
          <Pager
            page={filters.pagina}
            pages={pages}
            hrefFor={(pagina) => hrefFor({ ...filters, pagina })}
            onNavigate={() => requestAnimationFrame(() => resultRef.current?.focus())}
          />
          {starting ? <StartPlanDialog candidate={starting.candidate} rank={starting.rank} date={data.date} onClose={() => setStarting(null)} /> : null}
        </div>
      )}
    </>
  );
}

function CandidateTable({ items, offset, mayStart, onStart }: { items: readonly Candidate[]; offset: number; mayStart: boolean; onStart: (candidate: Candidate, rank: number) => void }) {
  const columns = ['Nr.', 'Pijlers', 'Cliënten', 'Voorzieningen', 'Aanbieders', 'Jaarkosten', 'Cliëntnummers', ...(mayStart ? ['Actie'] : [])];
  return (
    <div className="utrecht-table-container dbk-table-container" role="region" aria-labelledby="kandidaten-tabel" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table dbk-table">
        <caption id="kandidaten-tabel" className="utrecht-table__caption dbk-table__caption">
          Kandidaten voor maatwerk, hoogste jaarkosten eerst
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th key={column} scope="col" className={`utrecht-table__header-cell${['Cliënten', 'Voorzieningen', 'Aanbieders', 'Jaarkosten'].includes(column) ? ' dbk-sd-number' : ''}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {items.map((item, index) => {
            const rank = offset + index + 1;
            return (
              <tr key={item.householdKey} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                  {rank}
                </th>
                <td className="utrecht-table__cell">{pillarList(item.pillars)}</td>
                <td className="utrecht-table__cell dbk-sd-number">{formatCount(item.clients)}</td>
                <td className="utrecht-table__cell dbk-sd-number">{formatCount(item.services)}</td>
                <td className="utrecht-table__cell dbk-sd-number">{formatCount(item.providers)}</td>
                <td className="utrecht-table__cell dbk-sd-number">{formatEuro(item.annualCostCents)}</td>
                <td className="utrecht-table__cell">{item.clientNumbers.length > 0 ? item.clientNumbers.join(', ') : <span className="dbk-muted">niet bekend</span>}</td>
                {mayStart ? (
                  <td className="utrecht-table__cell">
                    <Button appearance="secondary" onClick={() => onStart(item, rank)}>
                      Start een maatwerkplan<span className="dbk-visually-hidden"> voor huishouden {rank}</span>
                    </Button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function Pager({ page, pages, hrefFor, onNavigate }: { page: number; pages: number; hrefFor: (page: number) => string; onNavigate: () => void }) {
  if (pages <= 1) return null;
  const link = (target: number, rel: 'prev' | 'next', text: string) => (
    <Link href={hrefFor(target)} className={`utrecht-pagination__relative-link utrecht-pagination__relative-link--${rel} dbk-pagination__link`} rel={rel} onClick={onNavigate}>
      {text}
    </Link>
  );
  return (
    <nav className="utrecht-pagination dbk-pagination" aria-label="Paginering van de kandidaten">
      <span className="utrecht-pagination__before">{page > 1 ? link(page - 1, 'prev', 'Vorige pagina') : null}</span>
      <span className="dbk-pagination__status">
        Pagina {page} van {pages}
      </span>
      <span className="utrecht-pagination__after">{page < pages ? link(page + 1, 'next', 'Volgende pagina') : null}</span>
    </nav>
  );
}
