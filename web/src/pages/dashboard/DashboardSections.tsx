import type { ReactNode } from 'react';
import { DOMAINS, FUNDING_STREAMS } from '../../../../src/plans/domain/vocabulary';
import { PLAN_STATUSES } from '../../../../src/plans/domain/statuses';
import { formatEuro } from '../../../../src/shared/money';
import { Heading2 } from '../../components/Heading';
import { Paragraph } from '../../components/Paragraph';
import { BarChart } from './BarChart';
import { label, type DashboardAggregates } from './dashboardApi';

const count = (value: number) => String(value);
const score = (value: number | null) => (value === null ? 'geen metingen' : value.toLocaleString('nl-NL', { maximumFractionDigits: 2 }));

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
    <dl className="dbk-budget-totals dbk-dashboard__figures">
      {figures.map(([term, value]) => (
        <div key={term} className="dbk-budget-total">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
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

/** Every section of the dashboard: a chart with its data table beside it. */
export function DashboardSections({ d, prefix = 'dashboard' }: { d: DashboardAggregates; prefix?: string }) {
  const r = d.realised;
  return (
    <>
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
            <BarChart
              caption="Verwacht en gerealiseerd rendement van plannen met afgeronde horizon"
              labelHeader="Rendement"
              series={[{ name: 'Bedrag', pattern: 'solid' }]}
              rows={[
                { label: 'Verwacht', values: [r.expectedReturnCents] },
                { label: 'Gerealiseerd', values: [r.realisedReturnCents] },
              ]}
              format={formatEuro}
            />
            <Paragraph>
              Planscenario van de gekoppelde plannen: {formatEuro(r.planCents)}; werkelijke kosten van hun huishoudens sinds goedkeuring:{' '}
              {formatEuro(r.realisedCents)}.
            </Paragraph>
          </>
        )}
      </Section>
      <Section id={`${prefix}-kop-status`} title="Plannen per status">
        <BarChart
          caption="Aantal plannen per status"
          labelHeader="Status"
          series={[{ name: 'Aantal plannen', pattern: 'solid' }]}
          rows={Object.entries(d.plans.byStatus).map(([status, n]) => ({ label: label(PLAN_STATUSES, status), values: [n] }))}
          format={count}
        />
        {d.byPeriod.length > 0 ? (
          <BarChart
            caption="Aantal plannen per maand van aanmaken"
            labelHeader="Maand"
            series={[{ name: 'Aantal plannen', pattern: 'solid' }]}
            rows={d.byPeriod.map((row) => ({ label: row.month, values: [row.count] }))}
            format={count}
          />
        ) : null}
      </Section>

      <Section id={`${prefix}-kop-geldstromen`} title="Per geldstroom">
        <Paragraph>Waar de kosten en de besparingen landen: het rendement is de verwachte dreigende kosten min de kosten van het plan.</Paragraph>
        <BarChart
          caption="Kosten en rendement per geldstroom"
          labelHeader="Geldstroom"
          series={[
            { name: 'Huidig', pattern: 'dotted' },
            { name: 'Dreigend (verwacht)', pattern: 'striped' },
            { name: 'Maatwerkplan', pattern: 'solid' },
            { name: 'Rendement', pattern: 'hollow' },
          ]}
          rows={d.byFundingStream.map((r) => ({ label: label(FUNDING_STREAMS, r.fundingStream), values: [r.currentCents, r.threatenedCents, r.planCents, r.returnCents] }))}
          format={formatEuro}
        />
      </Section>

      <Section id={`${prefix}-kop-grondslagen`} title="Top-10 wettelijke grondslagen">
        <BarChart
          caption="De tien meest gebruikte wettelijke grondslagen (aantal plannen)"
          labelHeader="Grondslag"
          series={[{ name: 'Aantal plannen', pattern: 'solid' }]}
          rows={d.topLegalBases.map((b) => ({ label: b.article ? `${b.regulation}, art. ${b.article}` : b.regulation, values: [b.count] }))}
          format={count}
        />
      </Section>

      <Section id={`${prefix}-kop-leefgebieden`} title="Leefgebieden van de doorbraken">
        <BarChart
          caption="Aantal plannen per leefgebied"
          labelHeader="Leefgebied"
          series={[{ name: 'Aantal plannen', pattern: 'solid' }]}
          rows={d.domains.map((r) => ({ label: label(DOMAINS, r.domain), values: [r.count] }))}
          format={count}
        />
      </Section>

      <Section id={`${prefix}-kop-budget`} title={`Maatwerkbudget ${d.budget.year}`}>
        <BarChart
          caption={`Maatwerkbudget ${d.budget.year}: per bron, vastgelegd en betaald`}
          labelHeader="Onderdeel"
          series={[{ name: 'Bedrag', pattern: 'solid' }]}
          rows={[
            ...d.budgetBySource.map((s) => ({ label: `Bron: ${s.name}`, values: [s.amountCents] })),
            { label: 'Budget totaal', values: [d.budget.budgetCents] },
            { label: 'Vastgelegd', values: [d.budget.committedCents] },
            { label: 'Betaald', values: [d.budget.paidCents] },
          ]}
          format={formatEuro}
        />
      </Section>

      <Section id={`${prefix}-kop-tevredenheid`} title="Levenstevredenheid">
        <Paragraph>
          Gemiddelde score (1 tot 10) bij de intake en na 6 en 12 maanden. {d.satisfaction.pairs} {d.satisfaction.pairs === 1 ? 'plan heeft' : 'plannen hebben'}{' '}
          zowel een intakescore als een score na 12 maanden.
        </Paragraph>
        <BarChart
          caption="Gemiddelde levenstevredenheid per moment"
          labelHeader="Moment"
          series={[{ name: 'Gemiddelde score', pattern: 'solid' }]}
          rows={[
            { label: 'Bij intake', values: [d.satisfaction.intakeAverage ?? 0] },
            { label: 'Na 6 maanden', values: [d.satisfaction.after6mAverage ?? 0] },
            { label: 'Na 12 maanden', values: [d.satisfaction.after12mAverage ?? 0] },
          ]}
          format={(v) => (v === 0 ? score(null) : score(v))}
        />
      </Section>

      <Section id={`${prefix}-kop-knelpunten`} title="Knelpunten per thema">
        <BarChart
          caption="Aantal vastgelegde knelpunten per thema"
          labelHeader="Thema"
          series={[{ name: 'Aantal knelpunten', pattern: 'solid' }]}
          rows={d.bottlenecks.map((r) => ({ label: label(DOMAINS, r.theme), values: [r.count] }))}
          format={count}
        />
      </Section>
    </>
  );
}
