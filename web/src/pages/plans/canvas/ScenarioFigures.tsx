import { formatEuro } from '../../../../../src/shared/money';

/** Costs, return and the comparison with now of one maatwerk scenario, for the side-by-side cards. */
export function ScenarioFigures({ planCents, returnCents, currentCents }: { planCents: number; returnCents: number; currentCents: number }) {
  return (
    <dl className="dbk-alternative-card__figures">
      <div>
        <dt>Kosten</dt>
        <dd className="dbk-amount">{formatEuro(planCents)}</dd>
      </div>
      <div>
        <dt>Rendement</dt>
        <dd className={`dbk-amount${returnCents < 0 ? ' dbk-amount--negative' : ''}`}>{formatEuro(returnCents)}</dd>
      </div>
      <div>
        <dt>T.o.v. huidig</dt>
        <dd className="dbk-amount">{formatEuro(currentCents - planCents)}</dd>
      </div>
    </dl>
  );
}
