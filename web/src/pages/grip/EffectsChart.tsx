import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { formatEuro } from '../../../../src/shared/money';
import { ChartFigure, type LegendItem } from './ChartFigure';
import { waterfallSteps, type WaterfallStep } from './gripCharts';
import type { GripVariance } from './gripApi';
import { compactEuro, signedEuro } from './gripFormat';
import { GripTable, moneyColumn, textColumn, type Column } from './GripTable';
import { PlotChart } from './PlotChart';

const LEGEND: readonly LegendItem[] = [
  { label: 'Effect dat de kosten verhoogt (vlak, boven de nullijn, bedrag met +)', swatch: 'bar', className: 'dbk-plot-up' },
  { label: 'Effect dat de kosten verlaagt (open, gestreepte rand, onder de nullijn)', swatch: 'bar-hollow', className: 'dbk-plot-down' },
  { label: 'Verschil: de drie effecten samen (vlak, rechts)', swatch: 'bar', className: 'dbk-plot-total' },
];

const KIND_LABELS: Record<WaterfallStep['kind'], string> = { total: 'Kosten', up: 'Verhoogt de kosten', down: 'Verlaagt de kosten' };

const COLUMNS: readonly Column<WaterfallStep>[] = [
  textColumn('Stap', (s) => s.label),
  textColumn('Soort', (s) => KIND_LABELS[s.kind]),
  { header: 'Bedrag', cell: (s) => (s.kind === 'total' ? formatEuro(s.amount) : signedEuro(s.amount)), value: (s) => s.amount / 100, exportHeader: 'Bedrag (€)', numeric: true },
  moneyColumn('Stand na de stap', (s) => s.to),
];

/** The difference between two periods split into volume, price and mix: bars from zero, and the steps in a table. */
export function EffectsChart({ variance, caption }: { variance: GripVariance; caption: string }) {
  const steps = useMemo(() => waterfallSteps(variance), [variance]);
  const options = useMemo((): Plot.PlotOptions => {
    // The effects as bars from zero: beside costs of millions a waterfall would hide them.
    const bars = [
      ...steps.filter((s) => s.kind !== 'total'),
      { label: 'Verschil', kind: 'total', from: 0, to: variance.differenceCents, amount: variance.differenceCents } as WaterfallStep,
    ].map((s) => ({ ...s, from: 0, to: s.amount }));
    const bar = (kind: WaterfallStep['kind'], className: string) =>
      Plot.barY(
        bars.filter((s) => s.kind === kind),
        { x: 'label', y: 'amount', className, fill: 'currentColor', stroke: 'currentColor', strokeWidth: 2, ...(kind === 'down' ? { strokeDasharray: '4 3' } : {}) },
      );
    return {
      height: 320,
      marginLeft: 80,
      marginTop: 30,
      marginBottom: 30,
      x: { domain: bars.map((s) => s.label), label: null, padding: 0.3 },
      y: { grid: true, tickFormat: compactEuro, label: 'Effect op de kosten', zero: true, nice: true, insetTop: 20, insetBottom: 20 },
      marks: [
        bar('total', 'dbk-plot-total'),
        bar('up', 'dbk-plot-up'),
        bar('down', 'dbk-plot-down'),
        ...[true, false].map((above) =>
          Plot.text(
            bars.filter((s) => s.amount >= 0 === above),
            { x: 'label', y: 'amount', text: (s: WaterfallStep) => `${s.amount > 0 ? '+' : ''}${compactEuro(s.amount)}`, dy: above ? -8 : 12, className: 'dbk-plot-label' },
          ),
        ),
        Plot.ruleY([0], { className: 'dbk-plot-axis', strokeWidth: 2 }),
      ],
    };
  }, [steps, variance.differenceCents]);

  return (
    <ChartFigure caption={caption} description="Wat elk effect aan de kosten toevoegt of eraf haalt; samen zijn ze het verschil. De tabel loopt van de kosten in de vergelijkingsperiode, via de drie effecten, naar de kosten nu." legend={LEGEND}>
      <PlotChart options={options} label={`Staafgrafiek: ${caption}. De bedragen staan in de tabel onder de grafiek.`} />
      <GripTable caption={`Cijfers bij de grafiek: ${caption}`} columns={COLUMNS} rows={steps} rowKey={(s) => s.label} empty="Geen kosten in deze perioden." />
    </ChartFigure>
  );
}
