import * as Plot from '@observablehq/plot';
import { useMemo, type ReactNode } from 'react';
import { Table, TableBody } from '../../components/Table';
import { ChartFigure, type LegendItem } from '../grip/ChartFigure';
import { PlotChart } from '../grip/PlotChart';
// The chart rules (.dbk-plot, legend, figure) live with the grip pages' charts; they are shared.
import '../grip/grip.css';

export interface ChartSeries {
  /** The column header and, shortened, the word before each bar's value. */
  name: string;
  short?: string;
  /** dashboard.css gives this class its colour, the same in the chart and the legend. */
  className: string;
}

export interface ChartRow {
  label: string;
  /** One value per series; null is "no figure" (shown as text, not as a bar of 0). */
  values: (number | null)[];
}

interface DashboardChartProps {
  caption: string;
  description?: ReactNode;
  /** Header of the first column of the table. */
  labelHeader: string;
  series: readonly ChartSeries[];
  rows: readonly ChartRow[];
  format: (value: number) => string;
  /** Text for a null value. */
  missing?: string;
}

interface Bar {
  row: string;
  series: string;
  value: number;
  text: string;
}

const CHAR_WIDTH = 7.2;
const MAX_LABEL = 34;
const shorten = (label: string) => (label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label);

/**
 * Horizontal bars drawn by Observable Plot (ADR 0003, the grip pages' PlotChart and ChartFigure),
 * then the same figures in a table of their own that scrolls inside its box. Series differ in
 * colour and each bar carries its series and value as text, so colour is never the only cue;
 * long labels are shortened in the chart only, the table has them whole.
 */
export function DashboardChart({ caption, description, labelHeader, series, rows, format, missing = '–' }: DashboardChartProps) {
  const grouped = series.length > 1;
  const bars = useMemo(
    () =>
      rows.flatMap((row) =>
        series.flatMap((s, i): Bar[] => {
          const value = row.values[i];
          if (value === null || value === undefined) return [];
          return [{ row: row.label, series: s.name, value, text: grouped ? `${s.short ?? s.name} ${format(value)}` : format(value) }];
        }),
      ),
    [rows, series, grouped, format],
  );
  const options = useMemo((): Plot.PlotOptions => {
    const labels = rows.map((row) => row.label);
    const hasNegative = bars.some((bar) => bar.value < 0);
    const longestText = Math.max(0, ...bars.map((bar) => bar.text.length));
    const room = Math.min(220, longestText * CHAR_WIDTH + 12);
    const marginLeft = Math.min(MAX_LABEL, Math.max(6, ...labels.map((l) => l.length))) * CHAR_WIDTH + 16;
    const text = (positive: boolean) =>
      Plot.text(
        bars.filter((bar) => bar.value >= 0 === positive),
        {
          x: 'value',
          ...(grouped ? { y: 'series', fy: 'row' } : { y: 'row' }),
          text: 'text',
          textAnchor: positive ? 'start' : 'end',
          dx: positive ? 4 : -4,
          className: 'dbk-plot-label',
        },
      );
    const band = grouped ? 18 : 26;
    return {
      height: Math.max(60, rows.length * (grouped ? series.length * band + 14 : band) + 40),
      marginLeft,
      marginRight: 8,
      marginTop: 8,
      x: { axis: null, insetRight: room, insetLeft: hasNegative ? room : 0, zero: true },
      ...(grouped
        ? { y: { axis: null, domain: series.map((s) => s.name), padding: 0.15 }, fy: { domain: labels, label: null, tickFormat: shorten, padding: 0.2 } }
        : { y: { domain: labels, label: null, tickFormat: shorten, padding: 0.25 } }),
      marks: [
        ...series.map((s) =>
          Plot.barX(
            bars.filter((bar) => bar.series === s.name),
            { x: 'value', ...(grouped ? { y: 'series', fy: 'row' } : { y: 'row' }), className: s.className, fill: 'currentColor' },
          ),
        ),
        text(true),
        text(false),
        Plot.ruleX([0], { className: 'dbk-plot-axis' }),
      ],
    };
  }, [bars, rows, series, grouped]);

  const legend: LegendItem[] = grouped ? series.map((s) => ({ label: s.name, swatch: 'bar', className: s.className })) : [];
  return (
    <ChartFigure caption={caption} description={description} legend={legend}>
      {bars.length > 0 ? <PlotChart options={options} label={`Staafgrafiek: ${caption}. De cijfers staan in de tabel onder de grafiek.`} /> : null}
      <Table caption={`Cijfers bij de grafiek: ${caption}`}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {labelHeader}
            </th>
            {series.map((s) => (
              <th key={s.name} scope="col" className="utrecht-table__header-cell utrecht-table__header-cell--numeric dbk-dashboard__number">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <TableBody>
          {rows.length === 0 ? (
            <tr className="utrecht-table__row">
              <td className="utrecht-table__cell" colSpan={series.length + 1}>
                Geen gegevens in deze selectie.
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.label} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                  {row.label}
                </th>
                {row.values.map((value, i) => (
                  <td key={i} className="utrecht-table__cell utrecht-table__cell--numeric dbk-dashboard__number">
                    {value === null ? missing : format(value)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </TableBody>
      </Table>
    </ChartFigure>
  );
}
