import * as Plot from '@observablehq/plot';
import { useMemo } from 'react';
import { ChartFigure, type LegendItem } from './ChartFigure';
import type { GripFlows } from './gripApi';
import { monthLabel, monthTick } from './gripFormat';
import { countColumn, GripTable, textColumn, type Column } from './GripTable';
import { PlotChart } from './PlotChart';

type Month = GripFlows[number];

const LEGEND: readonly LegendItem[] = [
  { label: 'Instroom (vlak, boven de nullijn)', swatch: 'bar', className: 'dbk-plot-up' },
  { label: 'Uitstroom (open, gestreepte rand, onder de nullijn)', swatch: 'bar-hollow', className: 'dbk-plot-down' },
  { label: 'Cliënten met ondersteuning (lijn met bolletjes, onderste grafiek)', swatch: 'line-markers', className: 'dbk-plot-realised' },
];

const COLUMNS: readonly Column<Month>[] = [
  textColumn('Maand', (m) => monthLabel(m.month)),
  countColumn('Instroom', (m) => m.inflow),
  countColumn('Uitstroom', (m) => m.outflow),
  countColumn('Saldo', (m) => m.inflow - m.outflow, (m) => `${m.inflow - m.outflow > 0 ? '+' : ''}${m.inflow - m.outflow}`),
  countColumn('Cliënten', (m) => m.clients),
];

const count = (n: number) => new Intl.NumberFormat('nl-NL').format(n);

/** In- and outflow as bars above and below the zero line, and the clients per month below it. */
export function FlowsChart({ months, caption }: { months: GripFlows; caption: string }) {
  const domain = useMemo(() => months.map((m) => m.month), [months]);
  const flows = useMemo(
    (): Plot.PlotOptions => ({
      height: 320,
      marginLeft: 60,
      x: { domain, tickFormat: monthTick, label: null, padding: 0.2 },
      y: { grid: true, tickFormat: (n: number) => count(Math.abs(n)), label: 'Cliënten (instroom boven, uitstroom onder)' },
      marks: [
        Plot.barY(months, { x: 'month', y: 'inflow', className: 'dbk-plot-up', strokeWidth: 2 }),
        Plot.barY(months, { x: 'month', y: (m: Month) => -m.outflow, className: 'dbk-plot-down', strokeWidth: 2, strokeDasharray: '4 3' }),
        Plot.ruleY([0], { className: 'dbk-plot-axis' }),
      ],
    }),
    [months, domain],
  );
  const clients = useMemo(
    (): Plot.PlotOptions => ({
      height: 240,
      marginLeft: 60,
      x: { domain, tickFormat: monthTick, label: null, type: 'point' },
      y: { grid: true, tickFormat: count, label: 'Cliënten', zero: true },
      marks: [Plot.lineY(months, { x: 'month', y: 'clients', className: 'dbk-plot-realised', strokeWidth: 3, marker: 'circle' })],
    }),
    [months, domain],
  );
  return (
    <ChartFigure caption={caption} legend={LEGEND}>
      {months.length > 0 ? (
        <>
          <PlotChart options={flows} label={`Staafgrafiek: instroom en uitstroom per maand. De aantallen staan in de tabel onder de grafieken.`} />
          <PlotChart options={clients} label={`Lijngrafiek: cliënten met ondersteuning per maand. De aantallen staan in de tabel onder de grafieken.`} />
        </>
      ) : null}
      <GripTable caption={`Cijfers bij de grafieken: ${caption}`} columns={COLUMNS} rows={months} rowKey={(m) => m.month} empty="Geen maanden in deze periode." />
    </ChartFigure>
  );
}
