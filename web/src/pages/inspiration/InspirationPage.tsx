import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert } from '../../components/Alert';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { can, useUser } from '../../session';
import { apiQuery, inspirationFilters, isFiltered } from './filters';
import { afterInspirationChange, inspirationApi, inspirationKeys } from './inspirationApi';
import { InspirationSearch } from './InspirationSearch';
import { ReviewItem } from './ReviewItem';
import { SolutionCard } from './SolutionCard';
import './inspiration.css';

export const INSPIRATION_PATH = '/inspiratie';

const count = (n: number) => (n === 1 ? '1 oplossing' : `${n} oplossingen`);

export function InspirationPage() {
  usePageTitle('Inspiratiebibliotheek');
  const me = useUser();
  const [filters, setFilters] = useUrlFilters(inspirationFilters);
  const query = apiQuery(filters);
  const queryClient = useQueryClient();
  // A new search shows only its own answer (cached when it was shown before), never the previous one.
  const list = useQuery({ queryKey: inspirationKeys.list(query), queryFn: () => inspirationApi.list(query) });
  const [notice, setNotice] = useState('');
  const filtered = isFiltered(filters);
  const pending = list.data?.pending ?? [];

  return (
    <>
      <PageHeading>Inspiratiebibliotheek</PageHeading>
      <Paragraph lead>
        Originele, bruikbare oplossingen van de gemeenten in {me.tenant.region ?? 'uw regio'}: wat de doorbraak was, op welke grondslag en wat het
        opleverde. Herschreven en anoniem: zonder namen, data of cliënt- en casusnummers.
      </Paragraph>

      {notice ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{notice}</p>
        </Alert>
      ) : null}

      {can(me, 'inspiration.review') && pending.length > 0 ? (
        <section aria-labelledby="ter-beoordeling">
          <Heading2 id="ter-beoordeling">Ter beoordeling</Heading2>
          <Paragraph>Oplossingen uit uw gemeente die een tweede maatwerker moet controleren voordat de regio ze ziet.</Paragraph>
          <ul className="dbk-inspiration-list">
            {pending.map((solution) => (
              <li key={solution.id}>
                <ReviewItem
                  solution={solution}
                  onDone={(done) => {
                    setNotice(done.status === 'published' ? `‘${done.title}’ is gepubliceerd in de regio.` : `‘${done.title}’ is afgewezen.`);
                    void afterInspirationChange(queryClient, { refetch: true });
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <InspirationSearch filters={filters} onSearch={(next) => setFilters(next, { push: true })} clearHref={INSPIRATION_PATH} />

      <section aria-labelledby="oplossingen">
        <Heading2 id="oplossingen">{filtered ? 'Gevonden oplossingen' : 'Alle oplossingen'}</Heading2>
        <p className="utrecht-paragraph dbk-result-count" role="status">
          {list.data
            ? list.data.total === 0
              ? filtered
                ? 'Er zijn geen oplossingen gevonden. Probeer een andere zoekterm of minder filters.'
                : 'De bibliotheek is nog leeg.'
              : `${count(list.data.total)}${filtered ? ' gevonden' : ''}.`
            : ''}
        </p>
        {list.error ? (
          <LoadError what="De oplossingen" error={list.error} onRetry={() => void list.refetch()} />
        ) : list.data ? (
          <ul className="dbk-inspiration-list" aria-busy={list.isFetching}>
            {list.data.items.map((solution) => (
              <li key={solution.id}>
                <SolutionCard solution={solution} />
              </li>
            ))}
          </ul>
        ) : (
          <Loading>De oplossingen worden geladen…</Loading>
        )}
      </section>
    </>
  );
}
