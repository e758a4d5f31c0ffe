import { memo } from 'react';
import type { Kba } from '../../../../../src/plans/domain/kba';
import { FUNDING_STREAMS, labelOf } from '../../../../../src/plans/domain/vocabulary';
import { formatEuro } from '../../../../../src/shared/money';
import { Heading3 } from '../../../components/Heading';
import { KbaChart } from './KbaChart';
import { percentText } from './numberInput';
import './kba.css';

const sign = (cents: number) => (cents < 0 ? ' dbk-amount--negative' : '');

/**
 * The cost-benefit analysis of the plan as it is on screen (computed here with the server's own
 * engine): both comparisons, honestly, and where costs and savings land per funding stream.
 */
export const KbaPanel = memo(function KbaPanel({ kba, probability }: { kba: Kba; probability: number }) {
  const expected = kba.expectedThreatenedCents !== kba.threatenedCents || probability !== 1;
  return (
    <div className="dbk-kba" id="kba">
      <div className="dbk-kba__summary">
        <Heading3 id="kba-totalen">Uitkomst over {kba.horizonMonths} maanden</Heading3>
        <dl className="dbk-kba__figures" aria-labelledby="kba-totalen">
          <div className="dbk-kba__figure">
            <dt>Huidig</dt>
            <dd className="dbk-amount" data-testid="kba-huidig">{formatEuro(kba.currentCents)}</dd>
          </div>
          <div className="dbk-kba__figure">
            <dt>Dreigend{expected ? ` (verwacht bij ${percentText(probability)} % kans)` : ''}</dt>
            <dd className="dbk-amount" data-testid="kba-dreigend">{formatEuro(kba.expectedThreatenedCents)}</dd>
          </div>
          {expected ? (
            <div className="dbk-kba__figure dbk-kba__figure--minor">
              <dt>Dreigend als het helemaal uitkomt</dt>
              <dd className="dbk-amount">{formatEuro(kba.threatenedCents)}</dd>
            </div>
          ) : null}
          <div className="dbk-kba__figure">
            <dt>Maatwerk</dt>
            <dd className="dbk-amount" data-testid="kba-maatwerk">{formatEuro(kba.planCents)}</dd>
          </div>
          <div className="dbk-kba__figure dbk-kba__figure--key">
            <dt>Rendement (dreigend − maatwerk)</dt>
            <dd className={`dbk-amount${sign(kba.returnCents)}`} data-testid="kba-rendement">{formatEuro(kba.returnCents)}</dd>
          </div>
          <div className="dbk-kba__figure">
            <dt>Ten opzichte van huidig (huidig − maatwerk)</dt>
            <dd className={`dbk-amount${sign(kba.versusCurrentCents)}`} data-testid="kba-versus-huidig">{formatEuro(kba.versusCurrentCents)}</dd>
          </div>
          <div className="dbk-kba__figure">
            <dt>Gevraagd uit het maatwerkbudget</dt>
            <dd className="dbk-amount">{formatEuro(kba.maatwerkbudgetCents)}</dd>
          </div>
        </dl>
        {kba.versusCurrentCents < 0 && kba.returnCents > 0 ? (
          <p className="utrecht-paragraph dbk-paragraph dbk-kba__note">
            Maatwerk kost {formatEuro(-kba.versusCurrentCents)} meer dan de huidige situatie, maar {formatEuro(kba.returnCents)} minder dan wat dreigt.
          </p>
        ) : null}
      </div>
      <div className="dbk-kba__chart">
        <KbaChart kba={kba} />
      </div>
      <div className="dbk-kba__streams">
        <div className="dbk-table-container dbk-kba__stream-table" role="region" aria-labelledby="kba-geldstromen" tabIndex={0}>
          <table className="utrecht-table utrecht-table--html-table dbk-table">
            <caption id="kba-geldstromen" className="utrecht-table__caption dbk-table__caption">
              Per geldstroom: waar kosten en besparingen landen
            </caption>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">Geldstroom</th>
                <th scope="col" className="utrecht-table__header-cell dbk-amount">Huidig</th>
                <th scope="col" className="utrecht-table__header-cell dbk-amount">Dreigend{expected ? ' (verwacht)' : ''}</th>
                <th scope="col" className="utrecht-table__header-cell dbk-amount">Maatwerk</th>
                <th scope="col" className="utrecht-table__header-cell dbk-amount">Rendement</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {kba.byFundingStream.length === 0 ? (
                <tr className="utrecht-table__row">
                  <td className="utrecht-table__cell dbk-muted" colSpan={5}>
                    Nog geen kostenregels.
                  </td>
                </tr>
              ) : (
                kba.byFundingStream.map((row) => (
                  <tr key={row.fundingStream} className="utrecht-table__row">
                    <th scope="row" className="utrecht-table__header-cell dbk-table__row-header">
                      {labelOf(FUNDING_STREAMS, row.fundingStream)}
                    </th>
                    <td className="utrecht-table__cell dbk-amount">{formatEuro(row.currentCents)}</td>
                    <td className="utrecht-table__cell dbk-amount">{formatEuro(row.threatenedCents)}</td>
                    <td className="utrecht-table__cell dbk-amount">{formatEuro(row.planCents)}</td>
                    <td className={`utrecht-table__cell dbk-amount${sign(row.returnCents)}`}>{formatEuro(row.returnCents)}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </div>
      </div>
    </div>
  );
});
