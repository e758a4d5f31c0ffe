import { CONFIDENTIAL, drawCanvas } from '../canvas/canvas-pdf.js';
import { openPdf } from '../pdf/document.js';
import { Layout } from '../pdf/layout.js';
import type { plans } from '../plans/plans.schema.js';
import { presentPlan } from '../plans/plans.present.js';
import { PLAN_STATUSES } from '../plans/domain/statuses.js';
import { formatEuro } from '../shared/money.js';
import { scheduleAgenda, TABLE_KINDS, type TableKind } from './domain/agenda.js';

/**
 * The papers for a table session in one PDF: an agenda page (times, case numbers, amounts; no
 * client numbers) followed by every case's canvas, each with its own page numbers.
 */

export interface AgendaPdfInput {
  municipality: string;
  printedAt: Date;
  table: { name: string; kind: TableKind };
  session: { date: string; startTime: string };
  agenda: { row: typeof plans.$inferSelect; slotMinutes: number; authorName: string | null }[];
  compress?: boolean;
}

const MUTED = '#5b6675';
const ACCENT = '#1d4f91';

export function longDate(isoDate: string): string {
  return new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(`${isoDate}T12:00:00Z`));
}

const statusLabel = (status: string) => PLAN_STATUSES.find((s) => s.key === status)?.label ?? status;

export async function renderAgendaPdf(input: AgendaPdfInput): Promise<Buffer> {
  const kindLabel = TABLE_KINDS.find((k) => k.key === input.table.kind)?.label ?? input.table.kind;
  const { doc, done } = openPdf({
    title: `Agenda ${input.table.name} ${input.session.date}`,
    author: input.municipality,
    subject: CONFIDENTIAL,
    compress: input.compress,
  });
  const presented = input.agenda.map((item) => ({ ...item, plan: presentPlan(item.row) }));
  const schedule = scheduleAgenda(
    input.session.startTime,
    presented.map((p) => ({ slotMinutes: p.slotMinutes, plan: p.plan })),
  );

  const l = new Layout(doc);
  l.textAt(`Agenda ${input.table.name}`, l.left, 30, l.width * 0.7, { font: 'Helvetica-Bold', size: 22, color: ACCENT });
  l.textAt(`${input.municipality} · ${kindLabel}`, l.left, 57, l.width * 0.7, { size: 11.5 });
  l.textAt('VERTROUWELIJK', l.right - 168, 37, 168, { font: 'Helvetica-Bold', size: 9, color: '#a8231a', align: 'center' });
  l.y = 84;
  l.boxes([
    { label: 'Datum', value: longDate(input.session.date) },
    { label: 'Tijd', value: `${input.session.startTime} – ${schedule.endsAt}` },
    { label: 'Casussen', value: String(presented.length) },
    { label: 'Duur', value: `${schedule.totalMinutes} minuten` },
  ]);
  if (presented.length === 0) {
    l.paragraph('', { empty: 'Er staan nog geen casussen op de agenda.' });
  } else {
    const sum = (pick: (p: (typeof presented)[number]['plan']) => number) => presented.reduce((total, p) => total + pick(p.plan), 0);
    l.table(
      [
        { header: '#', width: 0.05 },
        { header: 'Tijd', width: 0.14 },
        { header: 'Casus', width: 0.14 },
        { header: 'Status', width: 0.13 },
        { header: 'Min.', width: 0.07, align: 'right' },
        { header: 'Maatwerk', width: 0.16, align: 'right' },
        { header: 'Rendement', width: 0.16, align: 'right' },
        { header: 'Maatwerkbudget', width: 0.15, align: 'right' },
      ],
      schedule.items.map((item, index) => [
        String(index + 1),
        `${item.startsAt} – ${item.endsAt}`,
        { text: item.plan.caseNumber, bold: true },
        statusLabel(item.plan.status),
        String(item.slotMinutes),
        formatEuro(item.plan.kba.planCents),
        formatEuro(item.plan.kba.returnCents),
        formatEuro(item.plan.kba.maatwerkbudgetCents),
      ]),
      {
        footer: [
          '',
          'Totaal',
          '',
          '',
          String(schedule.totalMinutes),
          formatEuro(sum((p) => p.kba.planCents)),
          formatEuro(sum((p) => p.kba.returnCents)),
          formatEuro(sum((p) => p.kba.maatwerkbudgetCents)),
        ],
        title: 'Casussen in volgorde van bespreking',
      },
    );
    l.paragraph('Het canvas van elke casus volgt, in dezelfde volgorde. Ten hoogste een half uur per casus.', { size: 9, color: MUTED });
  }
  const agendaPages = doc.bufferedPageRange().count;
  for (let i = 0; i < agendaPages; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { ...margins, top: 0, bottom: 0 };
    l.textAt(`${CONFIDENTIAL} · agenda ${input.session.date}`, l.left, doc.page.height - 42, l.width, { size: 7.5, color: MUTED });
    doc.page.margins = margins;
  }
  doc.switchToPage(agendaPages - 1);

  for (const item of presented) {
    drawCanvas(doc, item.plan, { municipality: input.municipality, printedAt: input.printedAt, authorName: item.authorName }, { newPage: true });
  }
  doc.end();
  return done;
}
