import { lineCents, type CostLine } from '../plans/domain/kba.js';
import { FREQUENCIES, FUNDING_STREAMS, labelOf, type FundingStream } from '../plans/domain/vocabulary.js';
import type { CellInput, Column, Layout } from '../pdf/layout.js';
import { BAD, BAD_FILL, BOLD, GOOD, GOOD_FILL, ITALIC, MUTED } from '../pdf/theme.js';
import { formatEuro } from '../shared/money.js';
import { nl, percent, plural, streamLabel, type CanvasPlan } from './canvas-common.js';

/** The canvas's kosten-batenanalyse: the scenario totals, per funding stream, alternatives side by side, every cost line. */
export function drawKba(l: Layout, plan: CanvasPlan) {
  const { kba } = plan;
  const scenarios = plan.scenarios ?? {};
  const probability = scenarios.threatened?.probability ?? 1;
  const horizon = kba.horizonMonths;
  const planName = scenarios.plan?.name?.trim() || 'Maatwerk';

  l.heading('Kosten-batenanalyse', { keep: 90 });
  l.textAt(
    `Maatschappelijke kosten over ${plural(horizon, 'maand', 'maanden')}, per scenario en per geldstroom. Rendement = dreigend − maatwerk.`,
    l.left,
    l.y - 2,
    l.width,
    { font: ITALIC, size: 8, color: MUTED },
  );
  l.y += 12;

  const threatenedSub =
    probability < 1
      ? `kans ${percent(probability)}; verwachte waarde ${formatEuro(kba.expectedThreatenedCents)}`
      : 'als er niets verandert';
  const good = kba.returnCents >= 0;
  l.boxes([
    { label: 'Huidig', value: formatEuro(kba.currentCents), sub: 'wat nu wordt ingezet', big: true },
    { label: 'Dreigend', value: formatEuro(kba.threatenedCents), sub: threatenedSub, big: true },
    { label: 'Maatwerk', value: formatEuro(kba.planCents), sub: planName, big: true },
    {
      label: 'Rendement',
      value: formatEuro(kba.returnCents),
      sub: probability < 1 ? 'verwacht dreigend − maatwerk' : 'dreigend − maatwerk',
      big: true,
      fill: good ? GOOD_FILL : BAD_FILL,
      color: good ? GOOD : BAD,
    },
  ]);
  const versus = kba.versusCurrentCents;
  const versusText =
    versus >= 0
      ? `Ten opzichte van huidig: ${formatEuro(versus)} goedkoper dan nu.`
      : `Ten opzichte van huidig: het maatwerk kost ${formatEuro(-versus)} meer dan nu (huidig − maatwerk = ${formatEuro(versus)}); het bespaart op het dreigende pad.`;
  l.paragraph(versusText, { size: 9 });
  l.paragraph(`Gevraagd uit het maatwerkbudget: ${formatEuro(kba.maatwerkbudgetCents)}.`, { font: BOLD, size: 9 });

  if (kba.byFundingStream.length > 0) {
    l.table(
      [
        { header: 'Geldstroom', width: 0.28 },
        { header: 'Huidig', width: 0.18, align: 'right' },
        { header: probability < 1 ? `Dreigend (verwacht, ${percent(probability)})` : 'Dreigend', width: 0.18, align: 'right' },
        { header: 'Maatwerk', width: 0.18, align: 'right' },
        { header: 'Rendement', width: 0.18, align: 'right' },
      ],
      kba.byFundingStream.map((row) => [
        streamLabel(row.fundingStream),
        formatEuro(row.currentCents),
        formatEuro(row.threatenedCents),
        formatEuro(row.planCents),
        { text: formatEuro(row.returnCents), color: row.returnCents >= 0 ? GOOD : BAD },
      ]),
      {
        footer: [
          'Totaal',
          formatEuro(kba.currentCents),
          formatEuro(kba.expectedThreatenedCents),
          formatEuro(kba.planCents),
          { text: formatEuro(kba.returnCents), color: good ? GOOD : BAD },
        ],
        title: 'Per geldstroom: waar kosten en besparingen landen',
      },
    );
    if (probability < 1) {
      l.paragraph(
        `Dreigend per geldstroom is de verwachte waarde: ${percent(probability)} × dreigend + ${percent(1 - probability)} × huidig. Door afronding kunnen rijen een cent afwijken van het totaal.`,
        { size: 7.8, color: MUTED },
      );
    }
  }

  const alternatives = scenarios.alternatives ?? [];
  if (alternatives.length > 0) {
    const title = 'Alternatieven naast elkaar';
    const options = [
      { name: `${planName} (voorgesteld)`, lines: scenarios.plan?.lines ?? [], planCents: kba.planCents, returnCents: kba.returnCents },
      ...alternatives.map((alternative, index) => ({
        name: kba.alternatives[index]?.name ?? alternative.name,
        lines: alternative.lines,
        planCents: kba.alternatives[index]?.planCents ?? 0,
        returnCents: kba.alternatives[index]?.returnCents ?? 0,
      })),
    ];
    if (options.length <= 4) {
      const streams = FUNDING_STREAMS.map((s) => s.key).filter((stream) => options.some((o) => o.lines.some((line) => line.fundingStream === stream)));
      const perStream = (lines: CostLine[], stream: FundingStream) =>
        lines.filter((line) => line.fundingStream === stream).reduce((sum, line) => sum + lineCents(line, horizon), 0);
      const share = 0.7 / options.length;
      l.table(
        [{ header: 'Kosten per geldstroom', width: 0.3 }, ...options.map((o) => ({ header: o.name, width: share, align: 'right' as const }))],
        [
          ...streams.map((stream) => [streamLabel(stream), ...options.map((o) => formatEuro(perStream(o.lines, stream)))]),
          ['Totaal kosten', ...options.map((o) => ({ text: formatEuro(o.planCents), bold: true }))],
          ['Rendement (t.o.v. dreigend)', ...options.map((o) => ({ text: formatEuro(o.returnCents), bold: true, color: o.returnCents >= 0 ? GOOD : BAD }))],
          ['Ten opzichte van huidig', ...options.map((o) => formatEuro(kba.currentCents - o.planCents))],
        ],
        { title },
      );
    } else {
      l.table(
        [
          { header: 'Scenario', width: 0.4 },
          { header: 'Kosten', width: 0.2, align: 'right' },
          { header: 'Rendement', width: 0.2, align: 'right' },
          { header: 'T.o.v. huidig', width: 0.2, align: 'right' },
        ],
        options.map((o) => [o.name, formatEuro(o.planCents), { text: formatEuro(o.returnCents), color: o.returnCents >= 0 ? GOOD : BAD }, formatEuro(kba.currentCents - o.planCents)]),
        { title },
      );
    }
  }

  const sections: { title: string; lines: CostLine[]; totalCents: number }[] = [
    { title: 'Kostenregels huidig: wat nu wordt ingezet', lines: scenarios.current?.lines ?? [], totalCents: kba.currentCents },
    {
      title: `Kostenregels dreigend: als er niets verandert${probability < 1 ? ` (kans ${percent(probability)})` : ''}`,
      lines: scenarios.threatened?.lines ?? [],
      totalCents: kba.threatenedCents,
    },
    { title: `Kostenregels maatwerk: ${planName}`, lines: scenarios.plan?.lines ?? [], totalCents: kba.planCents },
    ...alternatives.map((alternative, index) => ({
      title: `Kostenregels alternatief ${index + 1}: ${kba.alternatives[index]?.name ?? alternative.name}`,
      lines: alternative.lines,
      totalCents: kba.alternatives[index]?.planCents ?? 0,
    })),
  ];
  for (const section of sections) {
    if (section.lines.length === 0) {
      l.subheading(section.title, 16);
      l.paragraph('', { empty: 'Geen kostenregels.' });
      continue;
    }
    l.table(
      COST_COLUMNS,
      section.lines.map((line) => costLineCells(line, horizon)),
      { title: section.title, footer: [`Totaal (${plural(section.lines.length, 'regel', 'regels')})`, '', '', formatEuro(section.totalCents)] },
    );
  }
}

function costLineCells(line: CostLine & { priceItemCode?: string; vat?: boolean }, horizonMonths: number): CellInput[] {
  const frequency = labelOf(FREQUENCIES, line.frequency);
  const calculation = `${formatEuro(line.unitPriceCents)} × ${nl(line.quantity, 4)} ${frequency}`;
  const period: string[] = [];
  if ((line.startMonth ?? 0) > 0) period.push(`vanaf maand ${(line.startMonth ?? 0) + 1}`);
  if (line.months !== undefined && line.frequency !== 'once') period.push(`${plural(line.months, 'maand', 'maanden')}`);
  const notes = [line.priceItemCode ? `prijslijst ${line.priceItemCode}` : 'handmatig', line.vat ? 'incl. btw' : ''].filter(Boolean).join(' · ');
  return [
    { text: line.description || '(geen omschrijving)', note: notes },
    streamLabel(line.fundingStream),
    { text: calculation, note: period.join(', ') || undefined },
    { text: formatEuro(lineCents(line, horizonMonths)), bold: true },
  ];
}

const COST_COLUMNS: Column[] = [
  { header: 'Omschrijving', width: 0.4 },
  { header: 'Geldstroom', width: 0.2 },
  { header: 'Prijs × aantal × frequentie', width: 0.24 },
  { header: 'Totaal', width: 0.16, align: 'right' },
];
