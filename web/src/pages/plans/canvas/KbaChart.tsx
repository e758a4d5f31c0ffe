import { useId } from 'react';
import type { Kba } from '../../../../../src/plans/domain/kba';
import { formatEuro } from '../../../../../src/shared/money';

const WIDTH = 560;
const LABEL = 150;
const BAR = 30;
const GAP = 16;

/**
 * Current, threatened and plan costs as bars, in SVG (sizes as attributes: the CSP allows no
 * inline styles). The same numbers are in the table next to it; the text alternative says them.
 */
export function KbaChart({ kba }: { kba: Kba }) {
  const titleId = useId();
  const descId = useId();
  const bars = [
    { key: 'current', label: 'Huidig', cents: kba.currentCents },
    { key: 'threatened', label: kba.expectedThreatenedCents === kba.threatenedCents ? 'Dreigend' : 'Dreigend (verwacht)', cents: kba.expectedThreatenedCents },
    { key: 'plan', label: 'Maatwerk', cents: kba.planCents },
  ];
  const max = Math.max(1, ...bars.map((bar) => bar.cents));
  const room = WIDTH - LABEL - 130;
  const height = bars.length * (BAR + GAP);
  return (
    <svg className="dbk-kba-chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby={`${titleId} ${descId}`} preserveAspectRatio="xMinYMin meet">
      <title id={titleId}>Kosten per scenario over {kba.horizonMonths} maanden</title>
      <desc id={descId}>{bars.map((bar) => `${bar.label}: ${formatEuro(bar.cents)}`).join('; ')}.</desc>
      {bars.map((bar, index) => {
        const y = index * (BAR + GAP);
        const width = Math.max(bar.cents > 0 ? 2 : 0, Math.round((bar.cents / max) * room));
        return (
          <g key={bar.key} aria-hidden="true">
            <text x={0} y={y + BAR / 2} dominantBaseline="middle" className="dbk-kba-chart__label">
              {bar.label}
            </text>
            <rect x={LABEL} y={y} width={width} height={BAR} className={`dbk-kba-chart__bar dbk-kba-chart__bar--${bar.key}`} />
            <text x={LABEL + width + 8} y={y + BAR / 2} dominantBaseline="middle" className="dbk-kba-chart__value">
              {formatEuro(bar.cents)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
