import { BOTTLENECK_LEVELS, DOMAINS, labelOf, type BottleneckLevel, type Domain } from '../../plans/domain/vocabulary.js';
import { formatEuro } from '../../shared/money.js';
import type { DashboardAggregates } from '../../dashboard/dashboard.contract.js';
import type { KeyFigure, ReportModel } from '../report.contract.js';

export type { KeyFigure, ReportModel };

/**
 * The raadsrapportage (council report) as data, modelled on Maastricht's tussenevaluatie of the
 * 50 gezinnen-aanpak (seed 002): inleiding, kerncijfers, knelpunten (systeemleren), oplossingen and
 * verantwoording. Built from aggregates and published stories only: no case text, no client or
 * case number can reach it, because none goes in.
 */

/** The part of the dashboard aggregates (CONTRACT.md "Dashboard") the report uses. */
export type ReportFigures = Pick<DashboardAggregates, 'plans' | 'expectedThreatenedCents' | 'planCents' | 'returns' | 'budget' | 'satisfaction' | 'bottlenecks' | 'realised'>;

/** A solution from the inspiration library that a maatwerker marked publishable and a second approved. */
export interface StoryInput {
  title: string;
  situation: string;
  breakthrough: string;
  returnCents: number | null;
}

export interface PatternInput {
  title: string;
  level: string;
  theme: string;
  phase: string;
  planCount: number;
}

export interface ReportInput {
  municipality: string;
  from: string;
  to: string;
  /** The local date the report is made, `YYYY-MM-DD`. */
  today: string;
  figures: ReportFigures;
  stories: StoryInput[];
  patterns: PatternInput[];
}

/** Statuses of a plan whose maatwerk is carried out (or was): "uitgevoerd" in the seed's sense. */
export const EXECUTED_STATUSES = ['in_progress', 'monitoring', 'closed'] as const;

export const PATTERN_PHASES = [
  { key: 'steps', label: 'Stappen vastgesteld' },
  { key: 'diagnosis', label: 'Diagnose' },
  { key: 'solutions', label: 'Oplossingen' },
  { key: 'done', label: 'Afgerond' },
] as const;

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** `2026-03-05` → `5 maart 2026`. */
export function dutchDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A whole calendar year reads as `2026`, anything else as `1 januari 2026 t/m 30 juni 2026`. */
export function periodLabel(from: string, to: string): string {
  const year = from.slice(0, 4);
  if (from === `${year}-01-01` && to === `${year}-12-31`) return year;
  return `${dutchDate(from)} t/m ${dutchDate(to)}`;
}

/** A satisfaction average (1–10) with one decimal in Dutch notation, or a dash when there is none. */
export function formatScore(value: number | null): string {
  if (value === null) return '–';
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const domainLabel = (key: string) => labelOf(DOMAINS, key as Domain);
const phaseLabel = (key: string) => PATTERN_PHASES.find((p) => p.key === key)?.label ?? key;
const levelLabel = (key: string) => labelOf(BOTTLENECK_LEVELS, key as BottleneckLevel);

export function buildReport(input: ReportInput): ReportModel {
  const { figures } = input;
  const label = periodLabel(input.from, input.to);
  const executed = EXECUTED_STATUSES.reduce((sum, status) => sum + (figures.plans.byStatus[status] ?? 0), 0);
  const budgetUsed = figures.budget.committedCents + figures.budget.paidCents;
  const { satisfaction } = figures;

  const money = (key: string, text: string, cents: number): KeyFigure => ({ key, label: text, value: formatEuro(cents), raw: cents });
  const count = (key: string, text: string, n: number): KeyFigure => ({ key, label: text, value: String(n), raw: n });

  return {
    title: `Raadsrapportage maatwerk ${input.municipality}, ${label}`,
    municipality: input.municipality,
    period: { from: input.from, to: input.to, label },
    madeOn: dutchDate(input.today),
    inleiding: [
      'Maatwerk is doen wat nodig is voor een huishouden dat met de reguliere oplossingen niet verder komt: één plan over de leefgebieden en regelingen heen, gemaakt samen met het huishouden.',
      'We werken met de doorbraakmethode van het Instituut voor Publieke Waarden: de maatwerker bepaalt met het huishouden welke doorbraak nodig is, onderbouwt het plan met een kosten-batenanalyse en de wettelijke grondslag, en legt het voor aan de doorbraaktafel.',
      `Deze rapportage beschrijft de maatwerkplannen die in de periode ${label} zijn opgesteld, wat ze naar verwachting opleveren, waar regels en systemen knellen en welke oplossingen we hebben gevonden.`,
    ],
    kerncijfers: {
      summary:
        `In deze periode is voor ${plural(figures.plans.count, 'huishouden', 'huishoudens')} een maatwerkplan opgesteld en goedgekeurd. ` +
        `Voor ${plural(executed, 'huishouden is het plan', 'huishoudens zijn de plannen')} al in uitvoering of uitgevoerd. ` +
        `De verwachte besparing is in totaal ${formatEuro(figures.returns.totalCents)}, gemiddeld ${formatEuro(figures.returns.averageCents)} per plan.`,
      figures: [
        count('plans', 'Maatwerkplannen (goedgekeurd of verder)', figures.plans.count),
        count('executed', 'Uitgevoerde plannen (in uitvoering, opvolging of afgesloten)', executed),
        count('returnCount', 'Plannen met een kosten-batenanalyse', figures.returns.count),
        money('returnTotal', 'Verwacht rendement, totaal', figures.returns.totalCents),
        money('returnAverage', 'Verwacht rendement, gemiddeld per plan', figures.returns.averageCents),
        money('expectedThreatened', 'Verwachte kosten zonder maatwerk (dreigend, naar kans)', figures.expectedThreatenedCents),
        money('plan', 'Kosten van de maatwerkplannen', figures.planCents),
        money('budget', `Maatwerkbudget ${figures.budget.year}`, figures.budget.budgetCents),
        money('budgetUsed', `Maatwerkbudget ${figures.budget.year} gebruikt (vastgelegd en betaald)`, budgetUsed),
        // The arrangementenmonitor: what the municipality's own records say the households really cost.
        count('realisedLinked', 'Plannen gekoppeld aan de eigen gegevens van de gemeente', figures.realised.linkedPlans),
        money('realisedCost', 'Werkelijke kosten van die huishoudens sinds goedkeuring', figures.realised.realisedCents),
        count('realisedCompleted', 'Daarvan plannen met een afgeronde horizon', figures.realised.completedPlans),
        money('realisedExpectedReturn', 'Verwacht rendement van de plannen met afgeronde horizon', figures.realised.expectedReturnCents),
        money('realisedReturn', 'Gerealiseerd rendement van de plannen met afgeronde horizon', figures.realised.realisedReturnCents),
      ],
      satisfaction: [
        { moment: 'Bij de start (intake)', average: formatScore(satisfaction.intakeAverage) },
        { moment: 'Na 6 maanden', average: formatScore(satisfaction.after6mAverage) },
        { moment: 'Na 12 maanden', average: formatScore(satisfaction.after12mAverage) },
      ],
      satisfactionPairs: satisfaction.pairs,
    },
    knelpunten: {
      themes: figures.bottlenecks.map((b) => ({ theme: b.theme, label: domainLabel(b.theme), count: b.count })),
      patterns: input.patterns.map((p) => ({
        title: p.title,
        level: levelLabel(p.level),
        theme: domainLabel(p.theme),
        phase: phaseLabel(p.phase),
        planCount: p.planCount,
      })),
    },
    oplossingen: input.stories.map((s) => ({
      title: s.title,
      situation: s.situation,
      breakthrough: s.breakthrough,
      expectedReturn: s.returnCents === null ? null : formatEuro(s.returnCents),
    })),
    verantwoording: [
      'De cijfers gaan over de maatwerkplannen die in de gekozen periode zijn aangemaakt en de status goedgekeurd, in uitvoering, opvolging of afgesloten hebben. Concepten, afgewezen en ingetrokken plannen tellen niet mee.',
      'Het verwachte rendement van een plan is de kosten van het dreigende scenario min de kosten van het maatwerkplan, over de horizon van de kosten-batenanalyse (standaard 12 maanden). Het dreigende scenario telt mee naar de kans die de maatwerker daarvoor heeft ingeschat; zonder ingeschatte kans volledig.',
      'Gerealiseerd versus verwacht: voor goedgekeurde plannen waarvan het cliëntnummer voorkomt in de eigen gegevens van de gemeente (iWmo/iJw-declaraties en realisaties uit de eigen systemen), telt wat het huishouden vanaf de goedkeuring over de horizon van het plan werkelijk kostte. Het gerealiseerde rendement is de verwachte dreigende kosten min die werkelijke kosten, en telt alleen voor plannen waarvan de horizon voorbij is.',
      'Bedragen zijn in hele centen berekend en opgeteld; het gemiddelde is het totaal gedeeld door het aantal plannen, afgerond op hele centen.',
      `Het gebruikte maatwerkbudget is wat in ${figures.budget.year} is vastgelegd en nog niet betaald, plus wat is betaald.`,
      'Tevredenheid is het rapportcijfer (1 tot 10) dat het huishouden zijn leven geeft bij de start, na 6 en na 12 maanden; gemiddelden over alle cijfers op dat moment. Het aantal paren telt de huishoudens met zowel een startcijfer als een cijfer na 12 maanden.',
      'Deze rapportage bevat geen persoonsgegevens: alleen totalen, en alleen verhalen die een maatwerker herschreven en als publiceerbaar gemarkeerd heeft en een tweede maatwerker heeft goedgekeurd.',
    ],
  };
}
