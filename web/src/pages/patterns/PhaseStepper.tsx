import { PATTERN_PHASES, type PatternPhase } from '../../../../src/patterns/domain/phases';

/** The werktafel's phases in order, the current one marked for sight and screen readers. */
export function PhaseStepper({ phase }: { phase: PatternPhase }) {
  const current = PATTERN_PHASES.findIndex((p) => p.key === phase);
  return (
    <ol className="dbk-phase-stepper" aria-label="Fasen van de werktafel">
      {PATTERN_PHASES.map((p, index) => (
        <li
          key={p.key}
          className={`dbk-phase-step${index < current ? ' dbk-phase-step--past' : ''}${index === current ? ' dbk-phase-step--current' : ''}`}
          aria-current={index === current ? 'step' : undefined}
        >
          <span className="dbk-phase-step__number">{index + 1}</span> {p.label}
          {index === current ? <span className="dbk-visually-hidden"> (huidige fase)</span> : null}
        </li>
      ))}
    </ol>
  );
}
