import { VARIANCE_LIGHT_LABELS, varianceLight, varianceShare, type VarianceLight as Light } from './gripFormat';

/** A shape per state, so the light reads without colour: circle with tick, triangle, octagon with cross. */
function Icon({ light }: { light: Light }) {
  return (
    <svg className={`dbk-light__icon dbk-light__icon--${light}`} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {light === 'within' ? (
        <>
          <circle cx="8" cy="8" r="7" />
          <path d="M4.5 8.2l2.3 2.3 4.7-4.9" className="dbk-light__mark" />
        </>
      ) : light === 'slightly-over' ? (
        <>
          <path d="M8 1.2L15 14.5H1z" />
          <path d="M8 6v4M8 11.6v1" className="dbk-light__mark dbk-light__mark--dark" />
        </>
      ) : (
        <>
          <path d="M5.1 1h5.8L15 5.1v5.8L10.9 15H5.1L1 10.9V5.1z" />
          <path d="M5.4 5.4l5.2 5.2M10.6 5.4l-5.2 5.2" className="dbk-light__mark" />
        </>
      )}
    </svg>
  );
}

/** The traffic light on a variance: icon shape and text, the share of the budget beside it. */
export function VarianceLight({ budgetCents, varianceCents }: { budgetCents: number; varianceCents: number }) {
  const light = varianceLight(budgetCents, varianceCents);
  const share = varianceShare(budgetCents, varianceCents);
  return (
    <span className={`dbk-light dbk-light--${light}`}>
      <Icon light={light} />
      <span>
        {VARIANCE_LIGHT_LABELS[light]}
        {share && light !== 'within' ? ` (${share})` : ''}
      </span>
    </span>
  );
}
