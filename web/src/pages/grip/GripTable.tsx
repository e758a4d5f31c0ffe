import type { ReactNode } from 'react';
import { formatEuro } from '../../../../src/shared/money';
import { ExportButtons } from '../../components/ExportButtons';
import { Table, TableBody } from '../../components/Table';
import type { ExportTable } from '../../components/tableExport';

/** One column, on screen and in the CSV/XLSX export. */
export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** The value in the export: euros and counts as numbers, so a spreadsheet can calculate. */
  value: (row: T) => string | number | null;
  /** The header in the export when it says more, e.g. "Begroting (€)". */
  exportHeader?: string;
  numeric?: boolean;
  /** Buttons and the like: on screen only. */
  screenOnly?: boolean;
}

export function textColumn<T>(header: string, get: (row: T) => string, cell?: (row: T) => ReactNode): Column<T> {
  return { header, value: get, cell: cell ?? get };
}

export function moneyColumn<T>(header: string, get: (row: T) => number): Column<T> {
  return { header, cell: (row) => formatEuro(get(row)), value: (row) => get(row) / 100, exportHeader: `${header} (€)`, numeric: true };
}

export function countColumn<T>(header: string, get: (row: T) => number | null, text?: (row: T) => string): Column<T> {
  return { header, cell: (row) => text?.(row) ?? String(get(row) ?? '–'), value: get, numeric: true };
}

interface GripTableProps<T> {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T, index: number) => string;
  /** A totals row, in the table foot and as the last row of the export. */
  footer?: { label: string; row: T };
  empty: string;
  /** The export's file name; the caption when not given. */
  fileName?: string;
}

/** The export of the table as it stands: the caption as the sheet's title. */
export function exportTable<T>(caption: string, columns: readonly Column<T>[], rows: readonly T[], footer?: { label: string; row: T }): ExportTable {
  const exported = columns.filter((column) => !column.screenOnly);
  const line = (row: T) => exported.map((column) => column.value(row));
  const foot = footer ? [[footer.label, ...exported.slice(1).map((column) => column.value(footer.row))]] : [];
  return { title: caption, headers: exported.map((column) => column.exportHeader ?? column.header), rows: [...rows.map(line), ...foot] };
}

const cellClass = (numeric: boolean | undefined) => `utrecht-table__cell${numeric ? ' utrecht-table__cell--numeric dbk-grip-number' : ''}`;

/**
 * A captioned table whose first column names the row, with its CSV and XLSX export beside it:
 * every table of the grip pages is this one.
 */
export function GripTable<T>({ caption, columns, rows, rowKey, footer, empty, fileName }: GripTableProps<T>) {
  return (
    <div className="dbk-grip-table">
      <Table caption={caption}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column, c) => (
              <th key={c} scope="col" className={`utrecht-table__header-cell${column.numeric ? ' utrecht-table__header-cell--numeric dbk-grip-number' : ''}`}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <TableBody>
          {rows.length === 0 ? (
            <tr className="utrecht-table__row">
              <td className="utrecht-table__cell" colSpan={columns.length}>
                {empty}
              </td>
            </tr>
          ) : (
            rows.map((row, index) => (
              <tr key={rowKey(row, index)} className="utrecht-table__row">
                {columns.map((column, c) =>
                  c === 0 ? (
                    <th key={c} scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                      {column.cell(row)}
                    </th>
                  ) : (
                    <td key={c} className={cellClass(column.numeric)}>
                      {column.cell(row)}
                    </td>
                  ),
                )}
              </tr>
            ))
          )}
        </TableBody>
        {footer && rows.length > 0 ? (
          <tfoot className="utrecht-table__footer dbk-grip-table__footer">
            <tr className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                {footer.label}
              </th>
              {columns.slice(1).map((column, c) => (
                <td key={c} className={cellClass(column.numeric)}>
                  {column.cell(footer.row)}
                </td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </Table>
      {rows.length > 0 ? <ExportButtons tables={() => [exportTable(caption, columns, rows, footer)]} fileName={fileName ?? caption} what={caption} /> : null}
    </div>
  );
}
