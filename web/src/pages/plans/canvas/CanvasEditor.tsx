import { useEffect, useMemo, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { FieldError } from '../../../http/client';
import { computeKba } from '../../../../../src/plans/domain/kba';
import { Alert } from '../../../components/Alert';
import { Button } from '../../../components/Button';
import { formatDateTime } from '../../../format';
import { can, useUser } from '../../../session';
import type { Plan } from '../planTypes';
import { ActionsSection } from './ActionsSection';
import { isDirty } from './autosave';
import { BottlenecksSection } from './BottlenecksSection';
import { CanvasFieldContext, type FieldState } from './CanvasContext';
import { CanvasHeader } from './CanvasHeader';
import { CanvasNav } from './CanvasNav';
import { CaseSection } from './CaseSection';
import { ConflictPanel } from './ConflictPanel';
import { InvolvementSection } from './InvolvementSection';
import { KeptNotice } from './KeptNotice';
import { LegalBasesSection } from './LegalBasesSection';
import { PerspectiveSection } from './PerspectiveSection';
import { confirmationKey } from './privacy';
import { SaveBar } from './SaveBar';
import { SaveProblems } from './SaveProblems';
import { ScenariosSection } from './ScenariosSection';
import { useAutosave, type PlanMeta } from './useAutosave';

const NO_ERRORS: FieldError[] = [];
/** Statuses with a follow-up section (measurements are scheduled from the approval on). */
const FOLLOW_UP: readonly string[] = ['approved', 'in_progress', 'monitoring', 'closed'];

/**
 * The maatwerkcanvas of one plan, in the order of the paper canvas, with the navigator always in
 * view at the top and the KBA and the save status at the bottom; `after` (questions, follow-up)
 * comes below the sections, inside that frame.
 */
export function CanvasEditor({ plan, locked = false, onMeta, workflow, after }: { plan: Plan; locked?: boolean; onMeta?: (meta: PlanMeta) => void; workflow?: ReactNode; after?: ReactNode }) {
  const user = useUser();
  const mayEdit = can(user, 'plans.update');
  // `locked`: the workflow status does not allow silent edits (approved and later).
  const readOnly = !mayEdit || locked;
  const autosave = useAutosave(plan, user.id, readOnly);
  useEffect(() => onMeta?.(autosave.meta), [autosave.meta, onMeta]);
  const { document, edit, state, scan, confirmed, confirm } = autosave;
  const { horizonMonths, scenarios } = document;
  const kba = useMemo(() => computeKba({ horizonMonths, scenarios }), [horizonMonths, scenarios]);
  const [restoredShown, setRestoredShown] = useState(Boolean(autosave.restored));

  // Every field reads its error and warnings from this context; it changes only when those do,
  // so a keystroke re-renders the field typed in, not the whole canvas.
  const serverErrors = state.outcome.kind === 'invalid' ? state.outcome.errors : NO_ERRORS;
  const issues = JSON.stringify([readOnly, [...scan.errors], [...scan.warnings].map(([path, list]) => [path, list.map((w) => w.kind)]), serverErrors, [...confirmed]]);
  const fields = useMemo<FieldState>(
    () => ({
      readOnly,
      error: (path) => scan.errors.get(path) ?? serverErrors.find((error) => error.path === path)?.message,
      warnings: (path) =>
        (scan.warnings.get(path) ?? []).map((warning) => {
          const key = confirmationKey(path, warning.kind);
          return { ...warning, key, confirmed: confirmed.has(key) };
        }),
      confirm,
    }),
    // Keyed on `issues`: while that string is the same, older scans give the same answers.
    [issues, confirm],
  );

  const keyDown = (event: KeyboardEvent) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      autosave.flush();
    }
  };

  return (
    <CanvasFieldContext.Provider value={fields}>
      <div className="dbk-canvas" onBlur={() => autosave.flush()} onKeyDown={keyDown}>
        <CanvasHeader planId={plan.id} document={document} meta={autosave.meta} dirty={isDirty(state)} />
        {!mayEdit ? (
          <Alert type="info">
            <p className="utrecht-paragraph dbk-paragraph">U kunt dit plan bekijken, maar niet wijzigen: dat doen de consulent en de maatwerkers.</p>
          </Alert>
        ) : null}
        {!readOnly && autosave.meta.status === 'approved' ? (
          <Alert type="warning">
            <p className="utrecht-paragraph dbk-paragraph">Dit plan is goedgekeurd. Als u het wijzigt, gaat het terug naar ‘Geagendeerd’ en vervallen de goedkeuringen.</p>
          </Alert>
        ) : null}
        {autosave.conflict ? <ConflictPanel mine={document} base={autosave.saved} theirs={autosave.conflict} onChoose={autosave.resolve} /> : null}
        {restoredShown && autosave.restored ? (
          <Alert type="info" heading="Niet-opgeslagen wijzigingen teruggezet">
            <p className="utrecht-paragraph dbk-paragraph">
              Op deze computer stonden wijzigingen van {formatDateTime(autosave.restored.storedAt)} die nog niet waren opgeslagen. Ze staan weer in het
              canvas en worden nu opgeslagen.
            </p>
            <Button appearance="secondary" onClick={() => setRestoredShown(false)}>
              Melding sluiten
            </Button>
          </Alert>
        ) : null}
        {autosave.kept ? <KeptNotice kept={autosave.kept} current={document} onRestore={autosave.restoreKept} onDismiss={autosave.dismissKept} /> : null}
        <SaveProblems state={state} />
        <CanvasNav document={document} followUp={FOLLOW_UP.includes(autosave.meta.status)} />
        {workflow}
        <CaseSection
          caseNumber={document.caseNumber}
          clientNumber={document.clientNumber}
          household={document.household}
          lifeSatisfaction={document.lifeSatisfaction}
          domains={document.domains}
          situation={document.situation}
          professionals={document.involvement?.professionals}
          edit={edit}
        />
        <PerspectiveSection perspective={document.perspective} breakthrough={document.breakthrough} edit={edit} />
        <ActionsSection selfActions={document.selfActions} support={document.support} treatment={document.treatment} edit={edit} />
        <ScenariosSection planId={plan.id} clientNumber={document.clientNumber} scenarios={scenarios} horizonMonths={horizonMonths} kba={kba} edit={edit} />
        <LegalBasesSection planId={plan.id} legalBases={document.legalBases} saved={autosave.saved} edit={edit} />
        <InvolvementSection involvement={document.involvement} edit={edit} />
        <BottlenecksSection bottlenecks={document.bottlenecks} edit={edit} />
        {after}
        <SaveBar kba={kba} state={state} readOnly={readOnly} onRetry={autosave.retry} />
      </div>
    </CanvasFieldContext.Provider>
  );
}
