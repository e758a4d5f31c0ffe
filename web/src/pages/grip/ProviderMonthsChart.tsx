import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { ChartFigure, type LegendItem } from './ChartFigure';
import type { GripProviderDetail } from './gripApi';
import { compactEuro, monthDate, monthLabel, shortMonth } from './gripFormat';
import { GripTable, moneyColumn, textColumn, type Column } from './GripTable';
import { PlotChart } from './PlotChart';

type Month = GripProviderDetail['months'][number];

const LEGEND: readonly LegendItem[] = [
  { label: 'Toegewezen (doorgetrokken lijn met bolletjes)', swatch: 'line-markers', className: 'dbk-plot-realised' },
  { label: 'Gedeclareerd (gestreept met blokjes)', swatch: 'square-markers', className: 'dbk-plot-forecast' },
];

const COLUMNS: readonly Column<Month>[] = [
  textColumn('Maand', (m) => monthLabel(m.month)),
  moneyColumn('Toegewezen', (m) => m.assignedCents),
  moneyColumn('Gedeclareerd', (m) => m.declaredCents),
  moneyColumn('Verschil', (m) => m.declaredCents - m.assignedCents),
];

/** Per month what the provider's assignments cost and what it declared. */
export function ProviderMonthsChart({ months, caption }: { months: readonly Month[]; caption: string }) {
  const options = useMemo((): Plot.PlotOptions => {
    const data = months.map((m) => ({ ...m, x: monthDate(m.month) }));
    return {
      height: 320,
      marginLeft: 80,
      x: { type: 'utc', tickFormat: shortMonth, label: null, ticks: 'month' },
      y: { grid: true, tickFormat: compactEuro, label: 'Per maand', zero: true },
      marks: [
        Plot.lineY(data, { x: 'x', y: 'assignedCents', className: 'dbk-plot-realised', strokeWidth: 3, marker: 'circle' }),
        Plot.lineY(data, { x: 'x', y: 'declaredCents', className: 'dbk-plot-forecast', strokeWidth: 2, strokeDasharray: '6 3' }),
        Plot.dot(data, { x: 'x', y: 'declaredCents', symbol: 'square', r: 4, className: 'dbk-plot-forecast-dots' }),
        Plot.ruleY([0], { className: 'dbk-plot-axis' }),
      ],
    };
  }, [months]);
  return (
    <ChartFigure caption={caption} legend={LEGEND}>
      {months.length > 0 ? <PlotChart options={options} label={`Lijngrafiek: ${caption}. De bedragen staan in de tabel onder de grafiek.`} /> : null}
      <GripTable caption={`Cijfers bij de grafiek: ${caption}`} columns={COLUMNS} rows={months} rowKey={(m) => m.month} empty="Geen maanden met toewijzingen of declaraties." />
    </ChartFigure>
  );
}
