import { useMemo } from 'react';
import { PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { usePageTitle } from '../../components/usePageTitle';
import { navigate, useLocation } from '../../router';
import { useResource } from '../../useResource';
import { PeriodForm } from './PeriodForm';
import { periodHref, readPeriod, reportApi } from './reportApi';
import { ReportView } from './ReportView';
import './report.css';

const BUTTON_LINK = 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link';

export function ReportPage() {
  usePageTitle('Raadsrapportage');
  const location = useLocation();
  const period = useMemo(() => readPeriod(location.search, new Date()), [location.search]);
  const report = useResource(() => reportApi.load(period), `${period.from}/${period.to}`);

  return (
    <>
      <PageHeading>Raadsrapportage</PageHeading>
      <Paragraph>
        Een rapportage over maatwerk voor de gemeenteraad: kerncijfers, knelpunten en gepubliceerde oplossingen over een periode. Alleen
        totalen, geen casusinhoud of cliëntnummers.
      </Paragraph>
      <PeriodForm period={period} onApply={(next) => navigate(periodHref(next))} />
      <div className="dbk-report__downloads">
        <a href={reportApi.pdfUrl(period)} className={BUTTON_LINK} download>
          Download PDF
        </a>
        <a href={reportApi.htmlUrl(period)} className={BUTTON_LINK} target="_blank" rel="noopener">
          Open als webpagina (HTML)<span className="dbk-visually-hidden"> (opent in een nieuw venster)</span>
        </a>
      </div>
      {report.error ? (
        <LoadError what="De rapportage" error={report.error} onRetry={report.reload} />
      ) : report.data ? (
        <div aria-busy={report.loading}>
          <ReportView report={report.data} />
        </div>
      ) : (
        <Loading>De rapportage wordt samengesteld…</Loading>
      )}
    </>
  );
}
