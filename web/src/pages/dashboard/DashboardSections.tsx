import type { ReactNode } from 'react';
import { DOMAINS, FUNDING_STREAMS } from '../../../../src/plans/domain/vocabulary';
import { PLAN_STATUSES } from '../../../../src/plans/domain/statuses';
import { formatEuro } from '../../../../src/shared/money';
import { Heading2 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { DashboardChart, type ChartSeries } from './DashboardChart';
import { label, type DashboardAggregates } from './dashboardApi';

const count = (value: number) => String(value);
const score = (value: number) => value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

/** The key figures as a definition list: readable without any chart. */
export function KeyFigures({ d }: { d: DashboardAggregates }) {
  const figures: [string, string][] = [
    ['Aantal plannen', count(d.plans.count)],
    ['Rendement totaal', formatEuro(d.returns.totalCents)],
    ['Rendement gemiddeld per plan', formatEuro(d.returns.averageCents)],
    ['Huidige kosten', formatEuro(d.currentCents)],
    ['Dreigende kosten', formatEuro(d.threatenedCents)],
    ['Verwachte dreigende kosten', formatEuro(d.expectedThreatenedCents)],
    ['Kosten maatwerkplannen', formatEuro(d.planCents)],
  ];
  return (
    <section aria-labelledby="dashboard-kop-kerncijfers">
      <h2 id="dashboard-kop-kerncijfers" className="utrecht-heading-2 dbk-visually-hidden">
        Kerncijfers
      </h2>
      <dl className="dbk-dashboard__figures">
        {figures.map(([term, value]) => (
          <div key={term} className="dbk-dashboard__figure">
            <dt>{term}</dt>
            <dd className="dbk-dashboard__amount">{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="dbk-dashboard__section">
      <Heading2 id={id}>{title}</Heading2>
      {children}
    </section>
  );
}

const COUNT: readonly ChartSeries[] = [{ name: 'Aantal plannen', className: 'dbk-plot-count' }];
const AMOUNT: readonly ChartSeries[] = [{ name: 'Bedrag', className: 'dbk-plot-count' }];

/** The four figures per funding stream: four colours apart for colour-blind readers, each bar named in words. */
const STREAM_SERIES: readonly ChartSeries[] = [
  { name: 'Huidig', className: 'dbk-plot-current' },
  { name: 'Dreigend (verwacht)', short: 'Dreigend', className: 'dbk-plot-threatened' },
  { name: 'Maatwerkplan', short: 'Plan', className: 'dbk-plot-plan' },
  { name: 'Rendement', className: 'dbk-plot-return' },
];

/** Every section of the dashboard: a chart, then its figures in a table. */
export function DashboardSections({ d, prefix = 'dashboard' }: { d: DashboardAggregates; prefix?: string }) {
  const r = d.realised;
  return (
    <>
      <Section id={`${prefix}-kop-geldstromen`} title="Per geldstroom">
        <DashboardChart
          caption="Kosten en rendement per geldstroom"
          description="Waar de kosten en de besparingen landen: het rendement is de verwachte dreigende kosten min de kosten van het plan."
          labelHeader="Geldstroom"
          series={STREAM_SERIES}
          rows={d.byFundingStream.map((row) => ({ label: label(FUNDING_STREAMS, row.fundingStream), values: [row.currentCents, row.threatenedCents, row.planCents, row.returnCents] }))}
          format={formatEuro}
        />
      </Section>

      <Section id={`${prefix}-kop-status`} title="Plannen per status">
        <DashboardChart
          caption="Aantal plannen per status"
          labelHeader="Status"
          series={COUNT}
          rows={Object.entries(d.plans.byStatus).map(([status, n]) => ({ label: label(PLAN_STATUSES, status), values: [n] }))}
          format={count}
        />
        {d.byPeriod.length > 0 ? (
          <DashboardChart
            caption="Aantal plannen per maand van aanmaken"
            labelHeader="Maand"
            series={COUNT}
            rows={d.byPeriod.map((row) => ({ label: row.month, values: [row.count] }))}
            format={count}
          />
        ) : null}
      </Section>

      <Section id={`${prefix}-kop-gerealiseerd`} title="Gerealiseerd versus verwacht">
        {r.linkedPlans === 0 ? (
          <Paragraph>
            Nog geen goedgekeurde plannen waarvan het cliëntnummer voorkomt in de eigen gegevens van de gemeente (iWmo/iJw-berichten en
            CSV-exports). Importeer die gegevens om te zien wat maatwerk werkelijk opleverde.
          </Paragraph>
        ) : (
          <>
            <Paragraph>
              {r.linkedPlans} goedgekeurde {r.linkedPlans === 1 ? 'plan is' : 'plannen zijn'} gekoppeld aan de eigen gegevens; van{' '}
              {r.completedPlans} {r.completedPlans === 1 ? 'plan' : 'plannen'} is de horizon voorbij, alleen die tellen mee in het rendement.
            </Paragraph>
            <DashboardChart
              caption="Verwacht en gerealiseerd rendement van plannen met afgeronde horizon"
              labelHeader="Rendement"
              series={AMOUNT}
              rows={[
                { label: 'Verwacht', values: [r.expectedReturnCents] },
                { label: 'Gerealiseerd', values: [r.realisedReturnCents] },
              ]}
              format={formatEuro}
            />
            <Paragraph>
              Planscenario van de gekoppelde plannen: <span className="dbk-dashboard__amount">{formatEuro(r.planCents)}</span>; werkelijke kosten van hun
              huishoudens sinds goedkeuring: <span className="dbk-dashboard__amount">{formatEuro(r.realisedCents)}</span>.
            </Paragraph>
          </>
        )}
      </Section>

      <Section id={`${prefix}-kop-budget`} title={`Maatwerkbudget ${d.budget.year}`}>
        <DashboardChart
          caption={`Maatwerkbudget ${d.budget.year}: per bron, vastgelegd en betaald`}
          labelHeader="Onderdeel"
          series={AMOUNT}
          rows={[
            ...d.budgetBySource.map((source) => ({ label: `Bron: ${source.name}`, values: [source.amountCents] })),
            { label: 'Budget totaal', values: [d.budget.budgetCents] },
            { label: 'Vastgelegd', values: [d.budget.committedCents] },
            { label: 'Betaald', values: [d.budget.paidCents] },
          ]}
          format={formatEuro}
        />
      </Section>

      <Section id={`${prefix}-kop-grondslagen`} title="Top-10 wettelijke grondslagen">
        <DashboardChart
          caption="De tien meest gebruikte wettelijke grondslagen (aantal plannen)"
          labelHeader="Grondslag"
          series={COUNT}
          rows={d.topLegalBases.map((b) => ({ label: b.article ? `${b.regulation}, art. ${b.article}` : b.regulation, values: [b.count] }))}
          format={count}
        />
      </Section>

      <Section id={`${prefix}-kop-leefgebieden`} title="Leefgebieden van de doorbraken">
        <DashboardChart
          caption="Aantal plannen per leefgebied"
          labelHeader="Leefgebied"
          series={COUNT}
          rows={d.domains.map((row) => ({ label: label(DOMAINS, row.domain), values: [row.count] }))}
          format={count}
        />
      </Section>

      <Section id={`${prefix}-kop-tevredenheid`} title="Levenstevredenheid">
        <Paragraph>
          Gemiddelde score (1 tot 10) bij de intake en na 6 en 12 maanden. Een meting na 6 of 12 maanden telt alleen mee als ze op tijd is
          gedaan: vanaf twee weken vóór het meetmoment. {d.satisfaction.pairs} {d.satisfaction.pairs === 1 ? 'plan heeft' : 'plannen hebben'} zowel een
          intakescore als een score na 12 maanden.
        </Paragraph>
        <DashboardChart
          caption="Gemiddelde levenstevredenheid per moment"
          labelHeader="Moment"
          series={[{ name: 'Gemiddelde score', className: 'dbk-plot-count' }]}
          rows={[
            { label: 'Bij intake', values: [d.satisfaction.intakeAverage] },
            { label: 'Na 6 maanden', values: [d.satisfaction.after6mAverage] },
            { label: 'Na 12 maanden', values: [d.satisfaction.after12mAverage] },
          ]}
          format={score}
          missing="geen metingen"
        />
      </Section>

      <Section id={`${prefix}-kop-knelpunten`} title="Knelpunten per thema">
        <DashboardChart
          caption="Aantal vastgelegde knelpunten per thema"
          labelHeader="Thema"
          series={[{ name: 'Aantal knelpunten', className: 'dbk-plot-count' }]}
          rows={d.bottlenecks.map((row) => ({ label: label(DOMAINS, row.theme), values: [row.count] }))}
          format={count}
        />
      </Section>
    </>
  );
}
