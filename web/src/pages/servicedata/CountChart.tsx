import { Fragment } from 'react';
import { Table, TableBody, TableHead } from '../../components/Table';
import { cellText, shareText, type CountRow } from './overlapFormat';

const BAR = 20;
const GAP = 8;
const LABEL_WIDTH = 220;
const WIDTH = 640;

interface CountChartProps {
  caption: string;
  labelHeader: string;
  rows: readonly CountRow[];
  /** All households with support: the base of the percentages (null when withheld). */
  total: number | null;
  empty: string;
}

/**
 * Horizontal bars in inline SVG beside a captioned table of the same figures. The table is what
 * screen readers use (the SVG is hidden from them); every bar carries its number as text, so
 * nothing depends on colour. A withheld count has no bar and reads "< 5".
 */
export function CountChart({ caption, labelHeader, rows, total, empty }: CountChartProps) {
  const max = Math.max(1, ...rows.map((row) => row.households ?? 0));
  const plotWidth = WIDTH - LABEL_WIDTH - 70;
  const height = Math.max(1, rows.length) * (BAR + GAP);

  return (
    <div className="dbk-sd-chart">
      {rows.length > 0 ? (
        <svg className="dbk-sd-chart__svg" viewBox={`0 0 ${WIDTH} ${height}`} aria-hidden="true" focusable="false">
          {rows.map((row, index) => {
            const y = index * (BAR + GAP);
            const width = row.households ? Math.max(1, (row.households / max) * plotWidth) : 0;
            return (
              <Fragment key={row.label}>
                <text x={LABEL_WIDTH - 8} y={y + BAR / 2 + 4} textAnchor="end" className="dbk-sd-chart__text">
                  {row.label.length > 32 ? `${row.label.slice(0, 31)}…` : row.label}
                </text>
                {width > 0 ? <rect x={LABEL_WIDTH} y={y + 2} width={width} height={BAR - 4} className="dbk-sd-chart__bar" /> : null}
                <text x={LABEL_WIDTH + width + 6} y={y + BAR / 2 + 4} className="dbk-sd-chart__text">
                  {cellText(row.households)}
                </text>
              </Fragment>
            );
          })}
          <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} className="dbk-sd-chart__axis" />
        </svg>
      ) : null}
      <Table caption={caption}>
        <TableHead columns={[labelHeader, 'Huishoudens', 'Aandeel']} />
        <TableBody>
          {rows.length === 0 ? (
            <tr className="utrecht-table__row">
              <td className="utrecht-table__cell" colSpan={3}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => {
              const part = shareText(row.households, total);
              return (
                <tr key={row.label} className="utrecht-table__row">
                  <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                    {row.label}
                  </th>
                  <td className="utrecht-table__cell dbk-sd-number">
                    {row.households === null ? (
                      <>
                        <span aria-hidden="true">&lt; 5</span>
                        <span className="dbk-visually-hidden">minder dan 5</span>
                      </>
                    ) : (
                      cellText(row.households)
                    )}
                  </td>
                  <td className="utrecht-table__cell dbk-sd-number">
                    {part ?? (
                      <>
                        <span aria-hidden="true">–</span>
                        <span className="dbk-visually-hidden">niet getoond</span>
                      </>
                    )}
                  </td>
                </tr>
              );
            })
          )}
        </TableBody>
      </Table>
    </div>
  );
}
