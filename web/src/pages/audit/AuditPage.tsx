import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { api, queryKeys } from '../../api';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { filtersToSearch } from '../../http/urlFilters';
import { useUrlFilters } from '../../http/useUrlFilters';
import { can, useUser } from '../../session';
import { useUsers } from '../users/useUsers';
import { AuditTable } from './AuditTable';
import { auditFiltersSchema, isFiltered, PAGE_SIZE, toQuery, type AuditFilters } from './filters';
import { FilterForm } from './FilterForm';
import { Pagination } from './Pagination';

const PATH = '/beheer/auditlog';
const hrefFor = (filters: AuditFilters) => `${PATH}${filtersToSearch(auditFiltersSchema, filters)}`;

export function AuditPage() {
  usePageTitle('Auditlog');
  const me = useUser();
  const [filters, setFilters] = useUrlFilters(auditFiltersSchema);
  const q = toQuery(filters);
  // The previous page stays while the next one loads, so the table and focus do not jump.
  const events = useQuery({ queryKey: queryKeys.audit(q), queryFn: () => api.audit.list(q), placeholderData: keepPreviousData });
  const users = useUsers({ enabled: can(me, 'users.read') });
  const userNames = useMemo(() => new Map((users.data ?? []).map((user) => [user.id, user.name])), [users.data]);
  const resultRef = useRef<HTMLParagraphElement>(null);

  // The count speaks for the filters in the address only once their answer is there.
  const answered = events.data !== undefined && !events.isPlaceholderData;
  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = (filters.pagina - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, filters.pagina * PAGE_SIZE);
  const filtered = isFiltered(filters);

  return (
    <>
      <PageHeading>Auditlog</PageHeading>
      <Paragraph>
        Wie heeft wanneer wat gedaan in Doorbraak binnen {me.tenant.name}, nieuwste eerst. Het auditlog kan niet worden gewijzigd of
        gewist. Het bevat geen inhoud van casussen, alleen wat er gebeurde en door wie.
      </Paragraph>

      {/* Each search is a step in the history, so the back button returns to the previous filters. */}
      <FilterForm filters={filters} onApply={(next) => setFilters(next, { push: true })} clearHref={PATH} />

      <p className="utrecht-paragraph dbk-result-count" role="status" tabIndex={-1} ref={resultRef} id="auditlog-resultaat">
        {answered
          ? total === 0
            ? filtered
              ? 'Er zijn geen gebeurtenissen die aan deze filters voldoen.'
              : 'Er zijn nog geen gebeurtenissen.'
            : `${total} ${total === 1 ? 'gebeurtenis' : 'gebeurtenissen'}${filtered ? ' gevonden' : ''}; u ziet ${first} tot en met ${last}.`
          : ''}
      </p>

      {events.error ? (
        <LoadError what="De gebeurtenissen" error={events.error} onRetry={() => void events.refetch()} />
      ) : events.data ? (
        events.data.items.length > 0 ? (
          <div aria-busy={events.isFetching}>
            <AuditTable events={events.data.items} userNames={userNames} caption={`Gebeurtenissen, pagina ${filters.pagina} van ${pages}`} />
            <Pagination
              page={filters.pagina}
              pages={pages}
              hrefFor={(page) => hrefFor({ ...filters, pagina: page })}
              onNavigate={() => requestAnimationFrame(() => resultRef.current?.focus())}
            />
          </div>
        ) : null
      ) : (
        <Loading>De gebeurtenissen worden geladen…</Loading>
      )}
    </>
  );
}
