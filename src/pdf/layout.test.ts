import { describe, expect, it } from 'vitest';
import { openPdf } from './document.js';
import { Layout } from './layout.js';
import { drawFooter, forEachPage } from './pages.js';
import { extractText, pageCount, pageTexts } from './test/pdf-inspect.js';

/** A document drawn by `draw`, numbered "pagina i van n", read back page by page. */
async function render(draw: (l: Layout) => void) {
  const { doc, done } = openPdf({ title: 'Proef – “layout”', author: 'Gemeente Demodam', subject: 'Proefdocument', compress: false });
  const l = new Layout(doc);
  draw(l);
  forEachPage(doc, (page, pages) => drawFooter(l, 'Proefdocument', page, pages));
  doc.end();
  const pdf = await done;
  return { pdf, pages: pageCount(pdf), perPage: pageTexts(pdf), text: extractText(pdf) };
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => [`Rij ${i + 1}`, `€ ${i + 1},00`]);
const columns = [
  { header: 'Omschrijving', width: 0.7 },
  { header: 'Bedrag', width: 0.3, align: 'right' as const },
];

describe('the layout engine', () => {
  it('breaks a long table between rows over pages, repeating its header on every page', async () => {
    const { pdf, pages, perPage } = await render((l) => l.table(columns, rows(150), { title: 'Lange tabel', footer: ['Totaal', '€ 11.325,00'] }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    // A row of one 8.8 pt line is 18.8 pt high: 37 rows and the header fill a page of 728 pt.
    expect(pages).toBe(5);
    expect(perPage).toHaveLength(pages);
    const body = perPage.map((runs) => runs.filter((run) => /^Rij \d+$/.test(run)));
    // Every row once, in order, none split over two pages.
    expect(body.flat()).toEqual(rows(150).map((row) => row[0]));
    perPage.forEach((runs, index) => {
      expect(runs.filter((run) => run === 'Omschrijving'), `page ${index + 1}`).toHaveLength(1);
      expect(runs, `page ${index + 1}`).toContain(`pagina ${index + 1} van ${pages}`);
      expect(body[index]!.length, `page ${index + 1}`).toBeGreaterThan(2);
    });
    expect(perPage[0]).toContain('Lange tabel');
    // The totals row never stands alone: it ends the last page, after rows of its own.
    expect(perPage.at(-1)!.slice(-4, -1)).toEqual(['Totaal', '€ 11.325,00', 'Proefdocument']);
  });

  it('keeps a short table on one page and its text extractable, in WinAnsi', async () => {
    const { pdf, pages, text } = await render((l) => {
      l.heading('Kerncijfers');
      l.paragraph('Één → twee ≥ drie: “cliënt”.');
      l.boxes([
        { label: 'Plannen', value: '12', big: true },
        { label: 'Rendement', value: '€ 27.000,00', big: true },
      ]);
      l.table(columns, rows(3));
    });
    expect(pages).toBe(1);
    for (const expected of ['Kerncijfers', 'Één -> twee >= drie: “cliënt”.', 'Plannen', '€ 27.000,00', 'Rij 3', 'pagina 1 van 1']) expect(text).toContain(expected);
    expect(pdf.toString('latin1')).toContain('/Lang (nl-NL)');
  });

  it('moves a heading to the next page with what it keeps, and flows long text over pages', async () => {
    const { pages, perPage } = await render((l) => {
      l.y = l.bottom - 40;
      l.heading('Kop onderaan', { keep: 60 });
      l.paragraph('Lange tekst die doorloopt. '.repeat(900));
    });
    expect(perPage[0]).not.toContain('Kop onderaan');
    expect(perPage[1]).toContain('Kop onderaan');
    expect(pages).toBeGreaterThan(3);
    expect(perPage.at(-1)).toContain(`pagina ${pages} van ${pages}`);
  });

  it('prints a row longer than a page as labelled paragraphs', async () => {
    const { text } = await render((l) => l.table(columns, [['Kort', '€ 1,00'], ['Lang. '.repeat(3000), '€ 2,00']]));
    expect(text).toContain('Kort');
    // The column headers label the paragraphs: once as the table header, once before each paragraph.
    expect(text.match(/^Omschrijving$/gm)).toHaveLength(2);
    expect(text.match(/^Bedrag$/gm)).toHaveLength(2);
    expect(text).toContain('€ 2,00');
  });

  it('draws footers without adding pages, and says nothing in empty paragraphs but what is missing', async () => {
    const { pages, text } = await render((l) => l.paragraph('', { empty: 'Nog niets vastgelegd.' }));
    expect(pages).toBe(1);
    expect(text).toContain('Nog niets vastgelegd.');
    expect(text).toContain('pagina 1 van 1');
  });
});
