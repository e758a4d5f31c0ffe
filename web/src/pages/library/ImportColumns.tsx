import { Heading2 } from '../../components/Heading';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';

/** What each column of the reference file holds; keys or the Dutch labels are both accepted. */
const MEANING: Record<string, { text: string; example: string }> = {
  code: { text: 'Unieke code; een bestaande code wordt bijgewerkt.', example: 'LOK-WMO-BEG-1' },
  name: { text: 'Naam van het product of de voorziening.', example: 'Begeleiding individueel' },
  unit: { text: 'Eenheid waarin de prijs geldt.', example: 'uur' },
  unit_price_eur: { text: 'Prijs per eenheid in euro, zonder duizendtalscheiding.', example: '64,50' },
  default_frequency: { text: 'once, day, week, month of year (of eenmalig, per dag, …).', example: 'week' },
  funding_stream: { text: 'Geldstroom, bijvoorbeeld wmo, jeugdwet of participatiewet (of de Nederlandse naam).', example: 'wmo' },
  domain: { text: 'Leefgebied, bijvoorbeeld care, housing of debts (of de Nederlandse naam).', example: 'care' },
  price_year: { text: 'Jaar waarop het bedrag betrekking heeft.', example: '2025' },
  confidence: { text: 'high, medium of low (hoog, middel, laag); low is een schatting.', example: 'high' },
  source: { text: 'Waar het bedrag vandaan komt.', example: 'Contract Demodam 2025' },
  note: { text: 'Toelichting; deze kolom mag ontbreken.', example: '' },
};

export function ImportColumns({ columns }: { columns: readonly string[] }) {
  return (
    <section aria-labelledby="kolommen">
      <Heading2 id="kolommen">De kolommen</Heading2>
      <Table caption="Kolommen van het CSV-bestand" captionHidden>
        <TableHead columns={['Kolom', 'Betekenis', 'Voorbeeld']} />
        <TableBody>
          {columns.map((column) => (
            <Row key={column}>
              <Cell header>
                <code className="dbk-code">{column}</code>
              </Cell>
              <Cell>{MEANING[column]?.text ?? ''}</Cell>
              <Cell>{MEANING[column]?.example ? <code className="dbk-code">{MEANING[column].example}</code> : null}</Cell>
            </Row>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
