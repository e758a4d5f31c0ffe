import type { Kba } from '../../../../../src/plans/domain/kba';
import { formatEuro } from '../../../../../src/shared/money';
import { Button } from '../../../components/Button';
import { statusText, type AutosaveState } from './autosave';
import './savebar.css';

/**
 * Always in view at the bottom of the canvas: the four numbers of the KBA and whether the plan is
 * saved. The save status is a polite live region; the numbers are not (they change per keystroke).
 */
export function SaveBar({ kba, state, readOnly, onRetry }: { kba: Kba; state: AutosaveState; readOnly: boolean; onRetry: () => void }) {
  const status = statusText(state);
  return (
    <div className="dbk-savebar" data-covers-window-bottom="">
      <dl className="dbk-savebar__figures" aria-label="Kosten-batenanalyse in het kort">
        <div className="dbk-savebar__figure">
          <dt>Huidig</dt>
          <dd>{formatEuro(kba.currentCents)}</dd>
        </div>
        <div className="dbk-savebar__figure">
          <dt>Dreigend</dt>
          <dd>{formatEuro(kba.expectedThreatenedCents)}</dd>
        </div>
        <div className="dbk-savebar__figure">
          <dt>Maatwerk</dt>
          <dd>{formatEuro(kba.planCents)}</dd>
        </div>
        <div className="dbk-savebar__figure dbk-savebar__figure--key">
          <dt>Rendement</dt>
          <dd className={kba.returnCents < 0 ? 'dbk-amount--negative' : undefined}>{formatEuro(kba.returnCents)}</dd>
        </div>
      </dl>
      {readOnly ? (
        <p className="dbk-savebar__status">Alleen lezen</p>
      ) : (
        <div className={`dbk-savebar__status dbk-savebar__status--${status.tone}`}>
          <p role="status" aria-live="polite" className="dbk-savebar__text" id="opslagstatus" data-version={state.version}>
            {status.text}
          </p>
          {state.outcome.kind === 'failed' ? (
            <Button appearance="secondary" onClick={onRetry}>
              Opnieuw proberen
            </Button>
          ) : null}
        </div>
      )}
    </div>
  );
}
