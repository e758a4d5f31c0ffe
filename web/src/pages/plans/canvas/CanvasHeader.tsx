import { PLAN_STATUSES } from '../../../../../src/plans/domain/statuses';
import { PageHeading } from '../../../components/Heading';
import { StatusBadge } from '../../../components/StatusBadge';
import { formatMoment } from '../../../../../src/shared/moments';
import { Link } from '../../../router';
import { plansApi } from '../plansApi';
import type { PlanDocument } from '../planTypes';
import type { PlanMeta } from './useAutosave';

interface CanvasHeaderProps {
  planId: string;
  document: PlanDocument;
  meta: PlanMeta;
  dirty: boolean;
}

export const statusLabel = (status: string) => PLAN_STATUSES.find((s) => s.key === status)?.label ?? status;

export function CanvasHeader({ planId, document, meta, dirty }: CanvasHeaderProps) {
  return (
    <header className="dbk-canvas-header">
      <div className="dbk-canvas-header__main">
        <p className="dbk-canvas-header__kicker">
          <Link href="/plannen" className="utrecht-link utrecht-link--html-a">
            Plannen
          </Link>{' '}
          <span aria-hidden="true">›</span> Maatwerkcanvas
        </p>
        <PageHeading>Casus {document.caseNumber || '(zonder nummer)'}</PageHeading>
        <dl className="dbk-canvas-header__meta">
          <div>
            <dt>Cliëntnummer</dt>
            <dd>{document.clientNumber}</dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>
              <StatusBadge status={meta.status === 'draft' ? 'neutral' : meta.status === 'rejected' || meta.status === 'withdrawn' ? 'inactive' : 'active'}>
                {statusLabel(meta.status)}
              </StatusBadge>
            </dd>
          </div>
          <div>
            {/* The version number stays internal (optimistic concurrency); people see when. */}
            <dt>Laatst gewijzigd</dt>
            <dd id="plan-gewijzigd">
              <time dateTime={meta.savedAt}>{formatMoment(meta.savedAt)}</time>
            </dd>
          </div>
        </dl>
      </div>
      <div className="dbk-canvas-header__actions">
        <a
          href={plansApi.pdfUrl(planId)}
          target="_blank"
          rel="noopener"
          className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action dbk-button-link"
        >
          Canvas als PDF<span className="dbk-visually-hidden"> (opent in een nieuw venster)</span>
        </a>
        <p className="dbk-canvas-header__note">{dirty ? 'De PDF toont het plan zoals het laatst is opgeslagen.' : 'Voor de doorbraaktafel, op A4.'}</p>
      </div>
    </header>
  );
}
