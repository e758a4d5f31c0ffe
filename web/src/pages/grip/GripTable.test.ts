import { describe, expect, it } from 'vitest';
import { countColumn, exportTable, moneyColumn, textColumn, type Column } from './GripTable';

interface Row {
  name: string;
  cents: number;
  clients: number;
}

const COLUMNS: Column<Row>[] = [
  textColumn('Regel', (r) => r.name),
  moneyColumn('Begroting', (r) => r.cents),
  countColumn('Cliënten', (r) => r.clients),
  { header: 'Actie', cell: () => 'knop', value: () => 'knop', screenOnly: true },
];

describe('exportTable', () => {
  it('exports euros as numbers with (€) in the header, drops screen-only columns and ends with the totals', () => {
    const rows = [
      { name: 'Wmo', cents: 123_456, clients: 3 },
      { name: 'Jeugd', cents: -5, clients: 0 },
    ];
    expect(exportTable('Regels', COLUMNS, rows, { label: 'Totaal', row: { name: '', cents: 123_451, clients: 3 } })).toEqual({
      title: 'Regels',
      headers: ['Regel', 'Begroting (€)', 'Cliënten'],
      rows: [
        ['Wmo', 1234.56, 3],
        ['Jeugd', -0.05, 0],
        ['Totaal', 1234.51, 3],
      ],
    });
  });
});
