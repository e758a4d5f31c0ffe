import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '../../components/Button';
import { TextField } from '../../components/FormField';
import { Heading2, PageHeading } from '../../components/Heading';
import { LoadError, Loading } from '../../components/Loading';
import { Paragraph } from '../../components/Paragraph';
import { Cell, Row, Table, TableBody, TableHead } from '../../components/Table';
import { TextLink } from '../../components/TextLink';
import { usePageTitle } from '../../components/usePageTitle';
import { patternKeys, patternsApi, type CocktailsQuery, type Combination } from './patternsApi';
import { combinationLabel, countText, shareText } from './patternsFormat';
import './patterns.css';

export function CocktailsPage() {
  usePageTitle('Giftige cocktails');
  const [filter, setFilter] = useState<Pick<CocktailsQuery, 'from' | 'to'>>({});
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const data = useQuery({ queryKey: patternKeys.cocktails(filter), queryFn: ({ signal }) => patternsApi.cocktails(filter, signal), placeholderData: keepPreviousData });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilter({ from: from || undefined, to: to || undefined });
  };

  return (
    <>
      <PageHeading>Giftige cocktails</PageHeading>
      <Paragraph lead>
        Welke leefgebieden komen samen voor in één huishouden? De Maatpact-analyse van 100 maatwerkreizen vond vier “giftige cocktails”; wonen zit in alle vier
        (de woonfuik). Hier ziet u hoe vaak combinaties voorkomen in de plannen van uw gemeente: goedgekeurd, in uitvoering, in opvolging of afgesloten.
      </Paragraph>
      <form className="utrecht-form dbk-form" noValidate onSubmit={apply} aria-label="Periode kiezen">
        <TextField id="cocktails-van" label="Plannen aangemaakt vanaf" type="date" value={from} onChange={setFrom} size="narrow" />
        <TextField id="cocktails-tot" label="Tot en met" type="date" value={to} onChange={setTo} size="narrow" />
        <ButtonGroup>
          <Button type="submit">Toon</Button>
        </ButtonGroup>
      </form>
      {data.data ? (
        <>
          <Paragraph>
            Aantal plannen: <strong>{data.data.plans}</strong>. Aandelen zijn een percentage van dat aantal. Een combinatie van één of twee huishoudens staat er
            als “minder dan 3” als u geen plannen mag inzien: zo is niemand te herkennen.
          </Paragraph>
          <section aria-labelledby="maatpact">
            <Heading2 id="maatpact">De vier combinaties uit Maatpact</Heading2>
            <Paragraph>
              Zo zijn de clusters vertaald naar de leefgebieden van het canvas: GGZ is psychische gezondheid; jeugdzorg is jeugd; kinderen telt mee als het
              huishouden kinderen heeft of opvoeding of jeugd een leefgebied is; “niet passende begeleiding of ondersteuning” is het leefgebied zorg en
              ondersteuning; “geen uitkering of inkomen” is het leefgebied inkomen.
            </Paragraph>
            <Table caption="Maatpact-combinaties in uw plannen">
              <TableHead columns={['Combinatie', 'Leefgebieden', 'Plannen', 'Aandeel']} />
              <TableBody>
                {data.data.maatpact.map((row) => (
                  <Row key={row.key}>
                    <Cell header>{row.label}</Cell>
                    <Cell>{combinationLabel(row.domains)}</Cell>
                    <Cell>{countText(row)}</Cell>
                    <Cell>{shareText(row)}</Cell>
                  </Row>
                ))}
              </TableBody>
            </Table>
          </section>
          <CombinationTable id="paren" title="Paren van leefgebieden" rows={data.data.pairs} />
          <CombinationTable id="drietallen" title="Drietallen van leefgebieden" rows={data.data.triples} />
        </>
      ) : data.error ? (
        <LoadError what="De cocktails" error={data.error} onRetry={() => void data.refetch()} />
      ) : (
        <Loading>De cocktails worden geladen…</Loading>
      )}
      <Paragraph>
        <TextLink href="/systeemleren">Terug naar systeemleren</TextLink>
      </Paragraph>
    </>
  );
}

function CombinationTable({ id, title, rows }: { id: string; title: string; rows: Combination[] }) {
  return (
    <section aria-labelledby={id}>
      <Heading2 id={id}>{title}</Heading2>
      {rows.length === 0 ? (
        <Paragraph>Geen combinaties in deze periode.</Paragraph>
      ) : (
        <Table caption={`${title}, meest voorkomend eerst`} captionHidden>
          <TableHead columns={['Leefgebieden', 'Plannen', 'Aandeel']} />
          <TableBody>
            {rows.map((row) => (
              <Row key={row.domains.join('+')}>
                <Cell header>{combinationLabel(row.domains)}</Cell>
                <Cell>{countText(row)}</Cell>
                <Cell>{shareText(row)}</Cell>
              </Row>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
