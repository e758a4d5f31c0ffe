import PDFDocument from 'pdfkit';
import { pdfText } from './text.js';
import { MARGIN } from './theme.js';

export interface PdfInfo {
  title: string;
  author: string;
  /** The document's subject in its metadata, e.g. a confidentiality mark. */
  subject?: string;
  /** Off in tests, so the text can be read back from the content streams. */
  compress?: boolean;
}

/**
 * An A4 document with the house margins and metadata, every page kept in memory (so footers can
 * be drawn once all pages exist), and a promise of its bytes once `end()` is called.
 */
export function openPdf(info: PdfInfo): { doc: PDFKit.PDFDocument; done: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: MARGIN,
    bufferPages: true,
    compress: info.compress ?? true,
    lang: 'nl-NL',
    displayTitle: true,
    info: {
      Title: pdfText(info.title),
      Author: pdfText(info.author),
      ...(info.subject === undefined ? {} : { Subject: info.subject }),
      Creator: 'Doorbraak',
      Producer: 'Doorbraak',
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
