import { useState } from 'react';
import { SelectField } from '../../components/FormField';
import { gripApi, type BudgetParams, type ReportMoment } from './gripApi';
import { REPORT_MOMENTS } from './gripFilters';

const BUTTON_LINK = 'utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link';

/** The grip report for the council's P&C cycle, as PDF, for the year and peildatum on screen. */
export function ReportDownload({ params }: { params: BudgetParams }) {
  const [moment, setMoment] = useState<ReportMoment>('najaarsrapportage');
  const label = REPORT_MOMENTS.find((m) => m.value === moment)?.label ?? moment;
  return (
    <div className="dbk-grip-report">
      <SelectField
        id="grip-rapport-moment"
        label="Moment in de planning-en-controlcyclus"
        value={moment}
        onChange={(value) => setMoment(value as ReportMoment)}
        options={REPORT_MOMENTS}
      />
      <a href={gripApi.reportUrl({ ...params, moment })} className={BUTTON_LINK} download>
        Griprapportage downloaden (PDF)<span className="dbk-visually-hidden">, {label}</span>
      </a>
    </div>
  );
}
