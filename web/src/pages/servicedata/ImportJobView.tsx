import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef } from 'react';
import { Heading3 } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { StatusBadge } from '../../components/StatusBadge';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { formatDateTime } from '../../format';
import { errorText, fileKindLabel, formatBytes, formatCount, IMPORT_STATUS_LABELS, progressAnnouncement, progressPercent, resultSummary } from './importFiles';
import { servicedataApi, servicedataKeys, type ImportFileResult, type ImportJob } from './servicedataApi';

/** How often a running import is asked for its progress. */
const POLL_MS = 1000;

/**
 * One import: its progress while it runs (polled), then the result per file with the errors of
 * every rejected file. `takeFocus`: the user just started or opened it, so its heading gets focus.
 */
export function ImportJobView({ id, takeFocus }: { id: string; takeFocus: boolean }) {
  const queryClient = useQueryClient();
  const heading = useRef<HTMLHeadingElement>(null);
  const job = useQuery({
    queryKey: servicedataKeys.job(id),
    queryFn: ({ signal }) => servicedataApi.job(id, signal),
    refetchInterval: (query) => (query.state.data?.status === 'done' || query.state.error ? false : POLL_MS),
  });
  const done = job.data?.status === 'done';

  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [takeFocus]);

  // The history shows the same import: once done, it shows the outcome too.
  useEffect(() => {
    if (done) void queryClient.invalidateQueries({ queryKey: servicedataKeys.jobs });
  }, [done, queryClient]);

  return (
    <section className="dbk-import-job" aria-labelledby="import-resultaat">
      <h2 id="import-resultaat" className="utrecht-heading-2 dbk-heading-2 dbk-import-job__heading" tabIndex={-1} ref={heading}>
        {job.data ? `Import van ${job.data.fileName}` : 'Import'}
      </h2>
      {job.error ? (
        <LoadError what="De gegevens van de import" error={job.error} onRetry={() => void job.refetch()} />
      ) : job.data ? (
        <JobDetails job={job.data} />
      ) : (
        <Loading>De import wordt opgehaald…</Loading>
      )}
    </section>
  );
}

function JobDetails({ job }: { job: ImportJob }) {
  const progressId = useId();
  const percent = progressPercent(job);
  return (
    <>
      <Paragraph>
        <StatusBadge status={job.status === 'done' ? 'active' : 'neutral'}>{IMPORT_STATUS_LABELS[job.status]}</StatusBadge> Aangeleverd op{' '}
        {formatDateTime(job.createdAt)}
        {job.createdBy ? ` door ${job.createdBy}` : ''}
        {job.finishedAt ? `, klaar op ${formatDateTime(job.finishedAt)}` : ''}.
      </Paragraph>
      {/* Polite and only at milestones (see progressAnnouncement), so screen readers are not flooded. */}
      <p className="dbk-visually-hidden" role="status">
        {progressAnnouncement(job)}
      </p>
      {job.status !== 'done' ? (
        <div className="dbk-import-progress">
          <label htmlFor={progressId} className="utrecht-form-label">
            Voortgang
          </label>
          <progress id={progressId} max={Math.max(job.progress.totalBytes, 1)} value={Math.min(job.progress.bytes, Math.max(job.progress.totalBytes, 1))}>
            {percent} %
          </progress>
          <span className="dbk-muted">
            {percent} % · {formatBytes(job.progress.bytes)} van {formatBytes(job.progress.totalBytes)} gelezen · {formatCount(job.progress.records)}{' '}
            {job.progress.records === 1 ? 'record' : 'records'}
          </span>
        </div>
      ) : (
        <>
          <Paragraph>
            <strong>Resultaat: {resultSummary(job)}.</strong> Elk bestand wordt helemaal of niet ingelezen: van een afgewezen bestand is niets
            opgeslagen; verbeter het en lever het opnieuw aan. Een bestand dat al was ingelezen, verandert niets (ongewijzigd).
          </Paragraph>
          <FileResults files={job.files} />
          {job.files.filter((file) => file.errors.length > 0).map((file, index) => (
            <FileErrors key={`${file.name}-${index}`} file={file} index={index} />
          ))}
        </>
      )}
    </>
  );
}

function FileResults({ files }: { files: readonly ImportFileResult[] }) {
  return (
    <Table caption="Resultaat per bestand">
      <TableHead columns={['Bestand', 'Soort', 'Status', 'Records', 'Nieuw', 'Gewijzigd', 'Ongewijzigd']} />
      <TableBody>
        {files.length === 0 ? (
          <Row>
            <Cell>In dit bestand zijn geen berichten of CSV-bestanden gevonden.</Cell>
            <Cell />
            <Cell />
            <Cell />
            <Cell />
            <Cell />
            <Cell />
          </Row>
        ) : (
          files.map((file, index) => (
            <Row key={`${file.name}-${index}`}>
              <Cell header>{file.name}</Cell>
              <Cell>{fileKindLabel(file.kind)}</Cell>
              <Cell>
                <StatusBadge status={file.status === 'imported' ? 'active' : 'warning'}>{file.status === 'imported' ? 'Geïmporteerd' : 'Afgewezen'}</StatusBadge>
              </Cell>
              <Cell>{formatCount(file.records)}</Cell>
              <Cell>{formatCount(file.inserted)}</Cell>
              <Cell>{formatCount(file.updated)}</Cell>
              <Cell>{formatCount(file.unchanged)}</Cell>
            </Row>
          ))
        )}
      </TableBody>
    </Table>
  );
}

function FileErrors({ file, index }: { file: ImportFileResult; index: number }) {
  const id = `import-fouten-${index}`;
  return (
    <section className="dbk-import-errors" aria-labelledby={id}>
      <Heading3 id={id}>
        {file.status === 'rejected' ? 'Afgewezen' : 'Meldingen'}: {file.name}
      </Heading3>
      <ul className="utrecht-unordered-list dbk-list">
        {file.errors.map((error, n) => (
          <li key={n} className="utrecht-unordered-list__item">
            {errorText(error)}
          </li>
        ))}
      </ul>
      {file.errors.length >= 100 ? <Paragraph small>Hier staan de eerste 100 fouten; er kunnen er meer zijn.</Paragraph> : null}
    </section>
  );
}
