import type { PlanDocument } from '../plans/domain/plan-document.js';
import { BOTTLENECK_LEVELS, DOMAINS, labelOf } from '../plans/domain/vocabulary.js';
import type { Cell, CellInput, Column, Layout } from '../pdf/layout.js';
import { ACCENT, BAD, BAD_FILL, BODY, BOLD, FILL, GOOD, GOOD_FILL, INK, ITALIC, MUTED, RULE } from '../pdf/theme.js';
import { BREAK_FILL, plural, STAR, STAR_FILL, type CanvasPlan } from './canvas-common.js';

/** The canvas's sections in the order of the paper canvas, except the kosten-batenanalyse (canvas-kba.ts). */

export function drawCore(l: Layout, plan: CanvasPlan) {
  const domains = (plan.domains ?? []).map((d) => labelOf(DOMAINS, d));
  const satisfaction = plan.lifeSatisfaction;
  l.boxes([
    {
      label: 'Tevredenheidscijfer',
      value: satisfaction ? `${satisfaction} / 10` : '–',
      sub: 'Hoe tevreden is het huishouden over het leven?',
      big: true,
      fill: satisfaction ? (satisfaction < 5.5 ? BAD_FILL : GOOD_FILL) : FILL,
    },
    { label: 'Huishouden', value: describeHousehold(plan.household), big: false },
    { label: 'Leefgebieden', value: domains.length ? domains.join(', ') : 'Niet ingevuld' },
  ]);

  l.heading('Situatieschets');
  l.paragraph(plan.situation);

  const professionals = plan.involvement?.professionals ?? [];
  const professionalColumns: Column[] = [
    { header: 'Organisatie', width: 0.45 },
    { header: 'Rol', width: 0.4 },
    { header: 'Steunt het plan', width: 0.15 },
  ];
  const professionalRows = professionals.map((p) => [p.organisation, p.role, agreement(p.agrees)]);
  l.heading('Betrokken organisaties en professionals', { keep: professionals.length ? l.tableStart(professionalColumns, professionalRows) : 20 });
  if (professionals.length === 0) l.paragraph('', { empty: 'Nog geen organisaties of professionals vastgelegd.' });
  else l.table(professionalColumns, professionalRows);

  l.heading('Perspectief', { icon: star, keep: 50 });
  l.textAt('Waar wil het huishouden over een jaar staan, in eigen woorden?', l.left, l.y - 2, l.width, { font: ITALIC, size: 8, color: MUTED });
  l.y += 11;
  l.callout(plan.perspective, STAR_FILL, STAR);

  l.heading('Doorbraak', { keep: 50 });
  l.textAt('Wat moet er doorbroken worden om daar te komen?', l.left, l.y - 2, l.width, { font: ITALIC, size: 8, color: MUTED });
  l.y += 11;
  l.callout(plan.breakthrough, BREAK_FILL, ACCENT);
}

function agreement(agrees: boolean | undefined): Cell {
  if (agrees === true) return { text: 'ja', color: GOOD, bold: true };
  if (agrees === false) return { text: 'nee', color: BAD, bold: true };
  return { text: 'onbekend', muted: true };
}

export function drawActions(l: Layout, plan: CanvasPlan) {
  const columns = [
    { title: 'Zelf doen', sub: 'huishouden en netwerk', items: plan.selfActions ?? [] },
    { title: 'Ondersteuning', sub: '', items: plan.support ?? [] },
    { title: 'Behandeling', sub: '', items: plan.treatment ?? [] },
  ];
  l.heading('Acties', { keep: 60 });
  const gap = 8;
  const width = (l.width - 2 * gap) / 3;
  const pad = 5;
  const itemHeight = (item: { description: string; owner: string }) =>
    l.measure(item.description, width - 2 * pad - 8) + (item.owner ? l.measure(item.owner, width - 2 * pad - 8, ITALIC, 7.8) : 0) + 5;
  const empty = 'Geen acties.';
  const heights = columns.map((c) => (c.items.length ? c.items.reduce((sum, item) => sum + itemHeight(item), 0) : l.measure(empty, width)) + 4);
  const headerHeight = 18;
  const height = Math.max(...heights);

  if (headerHeight + height <= l.pageHeight) {
    // Three columns side by side, as on the paper canvas.
    l.ensure(headerHeight + height);
    const top = l.y;
    columns.forEach((column, index) => {
      const x = l.left + index * (width + gap);
      l.doc.rect(x, top, width, headerHeight).fill(ACCENT);
      l.textAt(column.title, x + pad, top + 4.5, width - 2 * pad, { font: BOLD, size: 9.5, color: '#ffffff' });
      l.doc.rect(x, top + headerHeight, width, height).lineWidth(0.5).strokeColor(RULE).stroke();
      let y = top + headerHeight + 4;
      if (column.items.length === 0) l.textAt(empty, x + pad, y, width - 2 * pad, { font: ITALIC, color: MUTED });
      for (const item of column.items) {
        l.doc.circle(x + pad + 2, y + 5, 1.4).fill(ACCENT);
        const used = l.textAt(item.description, x + pad + 8, y, width - 2 * pad - 8);
        if (item.owner) l.textAt(item.owner, x + pad + 8, y + used, width - 2 * pad - 8, { font: ITALIC, size: 7.8, color: MUTED });
        y += itemHeight(item);
      }
    });
    l.y = top + headerHeight + height + 8;
    return;
  }
  // Too long for one page: a table that breaks between rows.
  const rows: CellInput[][] = [];
  const count = Math.max(...columns.map((c) => c.items.length));
  for (let i = 0; i < count; i++) {
    rows.push(columns.map((c) => (c.items[i] ? { text: c.items[i]!.description, note: c.items[i]!.owner || undefined } : '')));
  }
  l.table(
    columns.map((c) => ({ header: c.title, width: 1 / 3 })),
    rows,
    { size: BODY },
  );
}

export function drawLegitimacy(l: Layout, plan: CanvasPlan) {
  const bases = plan.legalBases ?? [];
  const columns: Column[] = [
    { header: 'Regeling en artikel', width: 0.36 },
    { header: 'Motivering', width: 0.64 },
  ];
  const rows: CellInput[][] = bases.map((base) => [
    { text: [base.regulation, base.article ? `art. ${base.article}` : ''].filter(Boolean).join(', '), bold: true, note: base.bwbId || undefined },
    base.motivation || '–',
  ]);
  l.heading('Legitimiteit', { keep: 11 + (bases.length ? l.tableStart(columns, rows, 9) : 20) });
  l.textAt('Op welke wet, welk artikel of welke regel berust dit maatwerk, en waarom?', l.left, l.y - 2, l.width, { font: ITALIC, size: 8, color: MUTED });
  l.y += 11;
  if (bases.length === 0) return l.paragraph('', { empty: 'Nog geen wettelijke grondslag vastgelegd.' });
  l.table(columns, rows, { size: 9 });
}

export function drawInvolvement(l: Layout, plan: CanvasPlan) {
  const involvement = plan.involvement ?? {};
  const professionals = involvement.professionals ?? [];
  l.heading('Betrokkenheid', { keep: 50 });
  const agrees = involvement.householdAgrees;
  const supporting = professionals.filter((p) => p.agrees === true).length;
  l.boxes([
    {
      label: 'Huishouden stemt in met het plan',
      value: agrees === true ? 'Ja' : agrees === false ? 'Nee' : 'Nog niet bekend',
      fill: agrees === true ? GOOD_FILL : agrees === false ? BAD_FILL : FILL,
      color: agrees === true ? GOOD : agrees === false ? BAD : INK,
    },
    {
      label: 'Professionals die het plan steunen',
      value: professionals.length ? `${supporting} van ${professionals.length}` : 'Geen vastgelegd',
    },
  ]);
  l.subheading('Het huishouden zelf', 20);
  l.paragraph(involvement.householdView, { empty: 'Niet ingevuld.' });
  l.subheading('Netwerk', 20);
  l.paragraph(involvement.network, { empty: 'Niet ingevuld.' });
}

export function drawBottlenecks(l: Layout, plan: CanvasPlan) {
  const bottlenecks = plan.bottlenecks ?? [];
  const columns: Column[] = [
    { header: 'Thema', width: 0.16 },
    { header: 'Niveau', width: 0.11 },
    { header: 'Knellende regel', width: 0.25 },
    { header: 'Omschrijving', width: 0.48 },
  ];
  const rows = bottlenecks.map((b) => [labelOf(DOMAINS, b.theme), labelOf(BOTTLENECK_LEVELS, b.level), b.rule || '–', b.description]);
  l.heading('Knelpunten (systeemleren)', { keep: bottlenecks.length ? l.tableStart(columns, rows) : 20 });
  if (bottlenecks.length === 0) return l.paragraph('', { empty: 'Geen knelpunten vastgelegd.' });
  l.table(columns, rows);
}

/** The canvas's ★, drawn: the standard fonts have no star glyph. */
function drawStar(doc: PDFKit.PDFDocument, cx: number, cy: number, r: number) {
  const points: [number, number][] = [];
  for (let i = 0; i < 10; i++) {
    const radius = i % 2 === 0 ? r : r * 0.45;
    const angle = -Math.PI / 2 + (i * Math.PI) / 5;
    points.push([cx + radius * Math.cos(angle), cy + radius * Math.sin(angle)]);
  }
  doc.polygon(...points).fill(STAR);
}

/** The ★ before the Perspectief heading. */
const star = (doc: PDFKit.PDFDocument, x: number, y: number) => drawStar(doc, x + 6, y + 6.5, 6.5);

function describeHousehold(household: PlanDocument['household']): string {
  if (!household) return 'Niet ingevuld';
  return `${plural(household.adults, 'volwassene', 'volwassenen')}, ${plural(household.children, 'kind', 'kinderen')}`;
}
