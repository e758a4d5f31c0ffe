import { useId, type ReactNode } from 'react';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';

export interface Series {
  name: string;
  /** Distinguishes series without colour: a pattern and a label on every bar. */
  pattern: 'solid' | 'striped' | 'dotted' | 'hollow';
}

export interface ChartRow {
  label: string;
  values: number[];
}

interface BarChartProps {
  caption: string;
  /** Column header of the labels. */
  labelHeader: string;
  series: readonly Series[];
  rows: readonly ChartRow[];
  format: (value: number) => string;
}

const BAR = 18;
const GAP = 10;
const LABEL_WIDTH = 190;
const WIDTH = 640;

/**
 * Simple horizontal bars in inline SVG, with the same figures in a table beside them: the table
 * is what screen readers use, and each bar carries its value as text, so colour is never needed.
 */
export function BarChart({ caption, labelHeader, series, rows, format }: BarChartProps) {
  const uid = `chart${useId().replace(/[^a-zA-Z0-9-]/g, '')}`;
  const fillOf = (pattern: Series['pattern'] | undefined) => (pattern === 'striped' || pattern === 'dotted' ? `url(#${uid}-${pattern})` : pattern === 'hollow' ? '#fff' : undefined);
  const values = rows.flatMap((row) => row.values);
  const max = Math.max(1, ...values.map((v) => Math.abs(v)));
  const hasNegative = values.some((v) => v < 0);
  const plotWidth = WIDTH - LABEL_WIDTH - 110;
  const zero = LABEL_WIDTH + (hasNegative ? plotWidth / 2 : 0);
  const scale = (hasNegative ? plotWidth / 2 : plotWidth) / max;
  const groupHeight = series.length * BAR + GAP;
  const height = Math.max(1, rows.length) * groupHeight + (series.length > 1 ? 28 : 4);

  return (
    <div className="dbk-chart">
      {rows.length > 0 ? (
        <svg className="dbk-chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
          <defs>
            <pattern id={`${uid}-striped`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="dbk-chart__bar--light" />
              <line x1="0" y1="0" x2="0" y2="6" className="dbk-chart__stripe" strokeWidth="3" />
            </pattern>
            <pattern id={`${uid}-dotted`} width="5" height="5" patternUnits="userSpaceOnUse">
              <rect width="5" height="5" className="dbk-chart__bar--light" />
              <circle cx="2.5" cy="2.5" r="1.4" className="dbk-chart__dot" />
            </pattern>
          </defs>
          {rows.map((row, r) => (
            <g key={row.label} transform={`translate(0 ${r * groupHeight})`}>
              <text x={LABEL_WIDTH - 8} y={(series.length * BAR) / 2 + 5} textAnchor="end" className="dbk-chart__label">
                {row.label.length > 28 ? `${row.label.slice(0, 27)}…` : row.label}
              </text>
              {row.values.map((value, s) => {
                const width = Math.abs(value) * scale;
                const x = value < 0 ? zero - width : zero;
                const fill = fillOf(series[s]?.pattern);
                return (
                  <g key={s}>
                    <rect x={x} y={s * BAR + 2} width={Math.max(width, 1)} height={BAR - 4} className="dbk-chart__bar" fill={fill} />
                    <text x={value < 0 ? x - 4 : x + width + 4} y={s * BAR + BAR - 5} textAnchor={value < 0 ? 'end' : 'start'} className="dbk-chart__value">
                      {format(value)}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
          <line x1={zero} x2={zero} y1={0} y2={rows.length * groupHeight} className="dbk-chart__axis" />
          {series.length > 1 ? (
            <g transform={`translate(${LABEL_WIDTH} ${rows.length * groupHeight + 8})`}>
              {series.map((s, i) => (
                <g key={s.name} transform={`translate(${i * 150} 0)`}>
                  <rect width="14" height="14" className="dbk-chart__bar" fill={fillOf(s.pattern)} />
                  <text x="20" y="12" className="dbk-chart__label">
                    {s.name}
                  </text>
                </g>
              ))}
            </g>
          ) : null}
        </svg>
      ) : null}
      <DataTable caption={caption} labelHeader={labelHeader} series={series} rows={rows} format={format} />
    </div>
  );
}

function DataTable({ caption, labelHeader, series, rows, format }: BarChartProps): ReactNode {
  return (
    <Table caption={caption}>
      <TableHead columns={[labelHeader, ...series.map((s) => s.name)]} />
      <TableBody>
        {rows.length === 0 ? (
          <Row>
            <Cell>Geen gegevens in deze selectie.</Cell>
            {series.map((s) => (
              <Cell key={s.name} />
            ))}
          </Row>
        ) : (
          rows.map((row) => (
            <Row key={row.label}>
              <Cell header>{row.label}</Cell>
              {row.values.map((value, i) => (
                <Cell key={i}>{format(value)}</Cell>
              ))}
            </Row>
          ))
        )}
      </TableBody>
    </Table>
  );
}
