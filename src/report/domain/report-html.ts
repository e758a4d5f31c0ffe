import type { ReportModel } from './report-model.js';

/**
 * The report as one standalone, printable HTML page: no scripts, no external resources, CSS inline,
 * real headings and tables with captions so a screen reader and a printer both get the structure.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

export const REPORT_STYLE = `
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1f24;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.5}
h1{color:#1d4f91;font-size:1.8rem;margin-bottom:.25rem}
h2{color:#1d4f91;font-size:1.3rem;border-bottom:1px solid #c8d0da;padding-bottom:.2rem;margin-top:2rem}
h3{font-size:1.05rem;margin-bottom:.25rem}
.meta{color:#4a5563;margin-top:0}
table{border-collapse:collapse;width:100%;margin:1rem 0}
caption{text-align:left;font-weight:bold;padding-bottom:.3rem}
th,td{border-bottom:1px solid #c8d0da;padding:.35rem .5rem;text-align:left;vertical-align:top}
thead th{background:#eef2f7}
td.num,th.num{text-align:right;white-space:nowrap}
article{border-left:3px solid #1d4f91;padding:.1rem 0 .1rem 1rem;margin:1rem 0}
@media print{body{margin:0;max-width:none}h2{break-after:avoid}table,article{break-inside:avoid}}
`;

function table(caption: string, headers: { text: string; num?: boolean }[], rows: { text: string; num?: boolean; header?: boolean }[][]): string {
  const head = headers.map((h) => `<th scope="col"${h.num ? ' class="num"' : ''}>${escapeHtml(h.text)}</th>`).join('');
  const body = rows
    .map(
      (cells) =>
        `<tr>${cells
          .map((c) => {
            const cls = c.num ? ' class="num"' : '';
            return c.header ? `<th scope="row"${cls}>${escapeHtml(c.text)}</th>` : `<td${cls}>${escapeHtml(c.text)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('\n');
  return `<table>\n<caption>${escapeHtml(caption)}</caption>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

const p = (text: string) => `<p>${escapeHtml(text)}</p>`;

export function renderReportHtml(report: ReportModel): string {
  const { kerncijfers, knelpunten } = report;
  const sections: string[] = [];

  sections.push(`<section aria-labelledby="inleiding"><h2 id="inleiding">Inleiding</h2>\n${report.inleiding.map(p).join('\n')}</section>`);

  sections.push(
    `<section aria-labelledby="kerncijfers"><h2 id="kerncijfers">Kerncijfers</h2>\n${p(kerncijfers.summary)}\n` +
      table(
        `Kerncijfers ${report.period.label}`,
        [{ text: 'Onderwerp' }, { text: 'Waarde', num: true }],
        kerncijfers.figures.map((f) => [{ text: f.label, header: true }, { text: f.value, num: true }]),
      ) +
      '\n' +
      table(
        'Tevredenheid met het leven (gemiddeld rapportcijfer)',
        [{ text: 'Moment' }, { text: 'Gemiddelde', num: true }],
        kerncijfers.satisfaction.map((s) => [{ text: s.moment, header: true }, { text: s.average, num: true }]),
      ) +
      `\n${p(`Huishoudens met een cijfer bij de start én na 12 maanden: ${kerncijfers.satisfactionPairs}.`)}</section>`,
  );

  const themes = knelpunten.themes.length
    ? table(
        'Knelpunten per thema (aantal vastgelegde knelpunten)',
        [{ text: 'Thema' }, { text: 'Aantal', num: true }],
        knelpunten.themes.map((t) => [{ text: t.label, header: true }, { text: String(t.count), num: true }]),
      )
    : p('In deze periode zijn geen knelpunten vastgelegd.');
  const patterns = knelpunten.patterns.length
    ? table(
        'Knellende patronen (systeemleren)',
        [{ text: 'Patroon' }, { text: 'Thema' }, { text: 'Niveau' }, { text: 'Fase' }, { text: 'Plannen', num: true }],
        knelpunten.patterns.map((pt) => [
          { text: pt.title, header: true },
          { text: pt.theme },
          { text: pt.level },
          { text: pt.phase },
          { text: String(pt.planCount), num: true },
        ]),
      )
    : p('Er zijn nog geen knellende patronen vastgelegd.');
  sections.push(`<section aria-labelledby="knelpunten"><h2 id="knelpunten">Knelpunten</h2>\n${p('Waar regels en systemen de voor de hand liggende oplossing in de weg zitten.')}\n${themes}\n${patterns}</section>`);

  const stories = report.oplossingen.length
    ? report.oplossingen
        .map(
          (s) =>
            `<article><h3>${escapeHtml(s.title)}</h3>\n<p><strong>Situatie:</strong> ${escapeHtml(s.situation)}</p>\n<p><strong>Doorbraak:</strong> ${escapeHtml(s.breakthrough)}</p>` +
            (s.expectedReturn ? `\n<p><strong>Verwacht rendement:</strong> ${escapeHtml(s.expectedReturn)}</p>` : '') +
            '</article>',
        )
        .join('\n')
    : p('Er zijn nog geen oplossingen gepubliceerd.');
  sections.push(`<section aria-labelledby="oplossingen"><h2 id="oplossingen">Oplossingen</h2>\n${stories}</section>`);

  sections.push(`<section aria-labelledby="verantwoording"><h2 id="verantwoording">Verantwoording</h2>\n${report.verantwoording.map(p).join('\n')}</section>`);

  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(report.title)}</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header><h1>${escapeHtml(report.title)}</h1>
<p class="meta">${escapeHtml(report.municipality)} · periode ${escapeHtml(report.period.label)} · opgesteld op ${escapeHtml(report.madeOn)}</p></header>
<main>
${sections.join('\n')}
</main>
</body>
</html>
`;
}
