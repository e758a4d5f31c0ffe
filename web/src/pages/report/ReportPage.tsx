import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { useUrlFilters } from '../../http/useUrlFilters';
import { PeriodForm } from './PeriodForm';
import { reportApi, reportFilterSchema, reportKeys } from './reportApi';
import { ReportView } from './ReportView';
import './report.css';

const BUTTON_LINK = 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link';

export function ReportPage() {
  usePageTitle('Raadsrapportage');
  const schema = useMemo(() => reportFilterSchema(new Date()), []);
  const [filters, setFilters] = useUrlFilters(schema);
  const period = useMemo(() => ({ from: filters.van, to: filters.tot }), [filters]);
  const report = useQuery({
    queryKey: reportKeys.report(period),
    queryFn: ({ signal }) => reportApi.load(period, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeading>Raadsrapportage</PageHeading>
      <Paragraph>
        Een rapportage over maatwerk voor de gemeenteraad: kerncijfers, knelpunten en gepubliceerde oplossingen over een periode. Alleen
        totalen, geen casusinhoud of cliëntnummers.
      </Paragraph>
      <PeriodForm period={period} onApply={(next) => setFilters({ van: next.from, tot: next.to }, { push: true })} />
      <div className="dbk-report__downloads">
        <a href={reportApi.pdfUrl(period)} className={BUTTON_LINK} download>
          Download PDF
        </a>
        <a href={reportApi.htmlUrl(period)} className={BUTTON_LINK} target="_blank" rel="noopener">
          Open als webpagina (HTML)<span className="dbk-visually-hidden"> (opent in een nieuw venster)</span>
        </a>
      </div>
      {report.error ? (
        <LoadError what="De rapportage" error={report.error} onRetry={() => void report.refetch()} />
      ) : report.data ? (
        <div aria-busy={report.isFetching}>
          <ReportView report={report.data} />
        </div>
      ) : (
        <Loading>De rapportage wordt samengesteld…</Loading>
      )}
    </>
  );
}
