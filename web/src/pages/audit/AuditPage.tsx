import { useMemo, useRef } from 'react';
import { api } from '../../api';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { navigate, useLocation } from '../../router';
import { can, useUser } from '../../session';
import { useResource } from '../../useResource';
import { AuditTable } from './AuditTable';
import { filtersHref, PAGE_SIZE, readFilters, toQuery, type AuditFilters } from './filters';
import { FilterForm } from './FilterForm';
import { Pagination } from './Pagination';

const PATH = '/beheer/auditlog';

export function AuditPage() {
  usePageTitle('Auditlog');
  const me = useUser();
  const location = useLocation();
  const filters = useMemo(() => readFilters(location.search), [location.search]);
  const events = useResource(() => api.audit.list(toQuery(filters)), location.href);
  const users = useResource(() => (can(me, 'users.read') ? api.users.list().then((r) => r.items) : Promise.resolve([])));
  const userNames = useMemo(() => new Map((users.data ?? []).map((user) => [user.id, user.name])), [users.data]);
  const resultRef = useRef<HTMLParagraphElement>(null);

  const apply = (next: AuditFilters) => navigate(filtersHref(PATH, next));
  const total = events.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const first = (filters.page - 1) * PAGE_SIZE + 1;
  const last = Math.min(total, filters.page * PAGE_SIZE);
  const filtered = Boolean(filters.from || filters.to || filters.action || filters.entityType);

  return (
    <>
      <PageHeading>Auditlog</PageHeading>
      <Paragraph>
        Wie heeft wanneer wat gedaan in Doorbraak binnen {me.tenant.name}, nieuwste eerst. Het auditlog kan niet worden gewijzigd of
        gewist. Het bevat geen inhoud van casussen, alleen wat er gebeurde en door wie.
      </Paragraph>

      <FilterForm filters={filters} onApply={apply} clearHref={PATH} />

      <p className="utrecht-paragraph dbk-result-count" role="status" tabIndex={-1} ref={resultRef} id="auditlog-resultaat">
        {events.data
          ? total === 0
            ? filtered
              ? 'Er zijn geen gebeurtenissen die aan deze filters voldoen.'
              : 'Er zijn nog geen gebeurtenissen.'
            : `${total} ${total === 1 ? 'gebeurtenis' : 'gebeurtenissen'}${filtered ? ' gevonden' : ''}; u ziet ${first} tot en met ${last}.`
          : ''}
      </p>

      {events.error ? (
        <LoadError what="De gebeurtenissen" error={events.error} onRetry={events.reload} />
      ) : events.data ? (
        events.data.items.length > 0 ? (
          <div aria-busy={events.loading}>
            <AuditTable events={events.data.items} userNames={userNames} caption={`Gebeurtenissen, pagina ${filters.page} van ${pages}`} />
            <Pagination
              page={filters.page}
              pages={pages}
              hrefFor={(page) => filtersHref(PATH, { ...filters, page })}
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
