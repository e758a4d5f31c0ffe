import type { ReactNode } from 'react';
import { formatEuro } from '../../../../src/shared/money';
import { Heading2 } from '../../components/Heading';
import type { GripBudget } from './gripApi';
import { VarianceLight } from './VarianceLight';

export function GripSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dbk-grip-section">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

/** The year's totals at a glance: budget, forecast and the light on the variance. */
export function KeyFigures({ figures }: { figures: GripBudget['totals'] }) {
  const items: [string, ReactNode][] = [
    ['Begroting', formatEuro(figures.budgetCents)],
    ['Gerealiseerd', formatEuro(figures.realisedCents)],
    ['Prognose (neutraal)', formatEuro(figures.forecastCents)],
    ['Afwijking', formatEuro(figures.varianceCents)],
    ['Stoplicht', <VarianceLight budgetCents={figures.budgetCents} varianceCents={figures.varianceCents} />],
  ];
  return (
    <dl className="dbk-grip-figures">
      {items.map(([term, value]) => (
        <div key={term} className="dbk-grip-figure">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
