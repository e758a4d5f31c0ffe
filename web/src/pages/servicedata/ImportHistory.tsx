import { useQuery } from '@tanstack/react-query';
import { Heading2 } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { formatDateTime } from '../../format';
import { Link } from '../../router';
import { fileCounts, formatCount, IMPORT_STATUS_LABELS, resultSummary } from './importFiles';
import { IMPORT_PATH, servicedataApi, servicedataKeys, type ImportJob } from './servicedataApi';

/** While an import in the list still runs, the list asks again now and then. */
const POLL_MS = 3000;

export const importHref = (id: string) => `${IMPORT_PATH}?import=${encodeURIComponent(id)}`;

function outcome(job: ImportJob): string {
  return job.status === 'done' ? resultSummary(job) : IMPORT_STATUS_LABELS[job.status];
}

/** Every import of the municipality, newest first; each opens its result above the list. */
export function ImportHistory({ current, onOpen }: { current: string; onOpen: () => void }) {
  const jobs = useQuery({
    queryKey: servicedataKeys.jobs,
    queryFn: ({ signal }) => servicedataApi.jobs(signal),
    refetchInterval: (query) => (query.state.data?.items.some((job) => job.status !== 'done') ? POLL_MS : false),
  });

  return (
    <section aria-labelledby="import-geschiedenis" className="dbk-sd-section">
      <Heading2 id="import-geschiedenis">Eerdere imports</Heading2>
      {jobs.error ? (
        <LoadError what="De eerdere imports" error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : !jobs.data ? (
        <Loading>De eerdere imports worden geladen…</Loading>
      ) : jobs.data.items.length === 0 ? (
        <Paragraph>Er zijn nog geen gegevens ingelezen.</Paragraph>
      ) : (
        <>
          {jobs.data.total > jobs.data.items.length ? (
            <Paragraph>
              De nieuwste {formatCount(jobs.data.items.length)} van {formatCount(jobs.data.total)} imports.
            </Paragraph>
          ) : null}
          <Table caption="Eerdere imports, nieuwste eerst" captionHidden>
            <TableHead columns={['Wanneer', 'Door', 'Bestand', 'Status', 'Bestanden', 'Records']} />
            <TableBody>
              {jobs.data.items.map((job) => (
                <Row key={job.id}>
                  <Cell header>{formatDateTime(job.createdAt)}</Cell>
                  <Cell>{job.createdBy ?? 'onbekend'}</Cell>
                  <Cell>
                    <Link href={importHref(job.id)} className="utrecht-link utrecht-link--html-a" aria-current={job.id === current ? 'true' : undefined} onClick={onOpen}>
                      {job.fileName}
                    </Link>
                  </Cell>
                  <Cell>{outcome(job)}</Cell>
                  <Cell>{job.status === 'done' ? formatCount(job.files.length) : '–'}</Cell>
                  <Cell>{formatCount(job.status === 'done' ? fileCounts(job.files).records : job.progress.records)}</Cell>
                </Row>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
