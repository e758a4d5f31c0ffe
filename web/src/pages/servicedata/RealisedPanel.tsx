import { useQuery } from '@tanstack/react-query';
import { FUNDING_STREAMS, labelOf, type FundingStream } from '../../../../src/plans/domain/vocabulary';
import { amsterdamDate } from '../../../../src/shared/dates';
import { formatEuro } from '../../../../src/shared/money';
import { Alert } from '../../components/Alert';
import { Heading2 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { Table, TableBody, TableHead } from '../../components/Table';
import { formatCount } from './importFiles';
import { periodRunning, periodText, showsRealised } from './realisedFormat';
import { servicedataApi, servicedataKeys } from './servicedataApi';
import './servicedata.css';

const streamLabel = (key: string) => labelOf(FUNDING_STREAMS, key as FundingStream);

/**
 * On the canvas of an approved plan: what the household really cost in the municipality's own
 * records (declarations and realisations since approval, over the plan's horizon) against the
 * plan scenario — the arrangementenmonitor.
 */
export function RealisedPanel({ planId, status }: { planId: string; status: string }) {
  const shown = showsRealised(status);
  const realised = useQuery({
    queryKey: servicedataKeys.realised(planId),
    queryFn: ({ signal }) => servicedataApi.realised(planId, signal),
    enabled: shown,
  });
  if (!shown) return null;
  const data = realised.data;
  const period = data ? periodText(data.from, data.to) : null;

  return (
    <section className="dbk-questions" aria-labelledby="gerealiseerd">
      <Heading2 id="gerealiseerd">Gerealiseerd versus verwacht</Heading2>
      {realised.error ? (
        <p className="utrecht-paragraph" role="alert">
          Wat er werkelijk is uitgegeven, kon niet worden geladen: {realised.error.message}
        </p>
      ) : !data ? (
        <p className="utrecht-paragraph dbk-loading" role="status">
          De werkelijke kosten worden opgehaald…
        </p>
      ) : (
        <>
          <Paragraph>
            Wat het huishouden van dit plan werkelijk kostte volgens de eigen gegevens van de gemeente (declaraties en realisaties), naast de
            kosten van het planscenario.{period ? ` Periode: ${period}.` : ''}
            {periodRunning(data.to, amsterdamDate(new Date())) ? ' De periode loopt nog: wat later wordt gedeclareerd, komt er nog bij.' : ''}
          </Paragraph>
          {!data.linked ? (
            <Alert type="warning">
              <p className="utrecht-paragraph dbk-paragraph">
                Het cliëntnummer van dit plan komt niet voor in de eigen gegevens van de gemeente. Daarom is er niets te vergelijken. Controleer het
                cliëntnummer in het canvas, of laat de informatieanalist de gegevens van dit huishouden inlezen.
              </p>
            </Alert>
          ) : null}
          <dl className="dbk-sd-figures">
            <div className="dbk-sd-figure">
              <dt>Verwacht (planscenario)</dt>
              <dd>{formatEuro(data.planCents)}</dd>
            </div>
            <div className="dbk-sd-figure">
              <dt>Gerealiseerd</dt>
              <dd>{formatEuro(data.realisedCents)}</dd>
            </div>
            <div className="dbk-sd-figure">
              <dt>Verschil (gerealiseerd min verwacht)</dt>
              <dd>{formatEuro(data.realisedCents - data.planCents)}</dd>
            </div>
          </dl>
          {data.linked ? (
            <Paragraph small>
              {data.clients === 1 ? '1 cliënt' : `${formatCount(data.clients)} cliënten`} in het huishouden;{' '}
              {data.lines === 1 ? '1 declaratieregel of realisatie' : `${formatCount(data.lines)} declaratieregels en realisaties`} in de periode.
            </Paragraph>
          ) : null}
          <Table caption="Verwacht en gerealiseerd per geldstroom">
            <TableHead columns={['Geldstroom', 'Verwacht', 'Gerealiseerd', 'Verschil']} />
            <TableBody>
              {data.byFundingStream.length === 0 ? (
                <tr className="utrecht-table__row">
                  <td className="utrecht-table__cell" colSpan={4}>
                    Geen kosten in het planscenario en geen declaraties in de periode.
                  </td>
                </tr>
              ) : (
                data.byFundingStream.map((row) => (
                  <tr key={row.fundingStream} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                      {streamLabel(row.fundingStream)}
                    </th>
                    <td className="utrecht-table__cell dbk-sd-number">{formatEuro(row.planCents)}</td>
                    <td className="utrecht-table__cell dbk-sd-number">{formatEuro(row.realisedCents)}</td>
                    <td className="utrecht-table__cell dbk-sd-number">{formatEuro(row.realisedCents - row.planCents)}</td>
                  </tr>
                ))
              )}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
