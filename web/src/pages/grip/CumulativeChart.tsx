import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { formatEuro } from '../../../../src/shared/money';
import { ChartFigure, type LegendItem } from './ChartFigure';
import { cumulativeRows, type CumulativeRow } from './gripCharts';
import { compactEuro, monthLabel, shortMonth, monthDate } from './gripFormat';
import type { GripBudgetMonths } from './gripApi';
import { GripTable, moneyColumn, textColumn, type Column } from './GripTable';
import { PlotChart } from './PlotChart';

const LEGEND: readonly LegendItem[] = [
  { label: 'Gerealiseerd (doorgetrokken lijn met bolletjes)', swatch: 'line-markers', className: 'dbk-plot-realised' },
  { label: 'Prognose, neutraal scenario (gestreept)', swatch: 'dashed', className: 'dbk-plot-forecast' },
  { label: 'Bandbreedte positief tot negatief scenario (vlak)', swatch: 'band', className: 'dbk-plot-band' },
  { label: 'Begroting naar rato (gestippeld)', swatch: 'dotted', className: 'dbk-plot-budget' },
];

const COLUMNS: readonly Column<CumulativeRow>[] = [
  textColumn('Maand', (r) => monthLabel(r.month)),
  moneyColumn('Begroting naar rato', (r) => r.budget),
  { header: 'Gerealiseerd', cell: (r) => (r.realised === null ? '–' : formatEuro(r.realised)), value: (r) => (r.realised === null ? null : r.realised / 100), exportHeader: 'Gerealiseerd (€)', numeric: true },
  moneyColumn('Prognose positief', (r) => r.positive),
  moneyColumn('Prognose neutraal', (r) => r.neutral),
  moneyColumn('Prognose negatief', (r) => r.negative),
];

interface CumulativeChartProps {
  months: GripBudgetMonths['months'];
  /** The peildatum: realised runs to its month, the forecast beyond. */
  date: string;
  caption: string;
}

/** Cumulative realised and the forecast band against the budget, per month, with its table. */
export function CumulativeChart({ months, date, caption }: CumulativeChartProps) {
  const rows = useMemo(() => cumulativeRows(months, date), [months, date]);
  const options = useMemo((): Plot.PlotOptions => {
    const data = rows.map((r) => ({ ...r, x: monthDate(r.month) }));
    const realised = data.filter((r) => r.realised !== null);
    return {
      height: 380,
      marginLeft: 80,
      x: { type: 'utc', tickFormat: shortMonth, label: null, ticks: 'month' },
      y: { grid: true, tickFormat: compactEuro, label: 'Cumulatief', zero: true },
      marks: [
        Plot.areaY(data, { x: 'x', y1: 'positive', y2: 'negative', className: 'dbk-plot-band' }),
        Plot.lineY(data, { x: 'x', y: 'budget', className: 'dbk-plot-budget', strokeWidth: 2, strokeDasharray: '2 4' }),
        Plot.lineY(data, { x: 'x', y: 'neutral', className: 'dbk-plot-forecast', strokeWidth: 2, strokeDasharray: '8 4' }),
        Plot.lineY(realised, { x: 'x', y: 'realised', className: 'dbk-plot-realised', strokeWidth: 3, marker: 'circle' }),
        Plot.ruleY([0], { className: 'dbk-plot-axis' }),
      ],
    };
  }, [rows]);
  const label = `Lijngrafiek: ${caption}. De cijfers staan in de tabel onder de grafiek.`;

  return (
    <ChartFigure
      caption={caption}
      description="Alle bedragen zijn opgeteld vanaf 1 januari. Ligt de prognose boven de begroting, dan dreigt een overschrijding aan het eind van het jaar."
      legend={LEGEND}
    >
      {rows.length > 0 ? <PlotChart options={options} label={label} /> : null}
      <GripTable caption={`Cijfers bij de grafiek: ${caption}`} columns={COLUMNS} rows={rows} rowKey={(r) => r.month} empty="Geen maanden in deze selectie." />
    </ChartFigure>
  );
}
