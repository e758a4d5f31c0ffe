import zlib from 'node:zlib';

/**
 * Reads back what a pdfkit PDF prints, for tests: inflates the content streams and decodes the
 * WinAnsi strings of every TJ operator, one line of text per operator.
 */

const WIN_ANSI: Record<number, string> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹',
  0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™',
  0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

function decodeHex(hex: string): string {
  let out = '';
  for (let i = 0; i + 1 < hex.length; i += 2) {
    const byte = parseInt(hex.slice(i, i + 2), 16);
    out += WIN_ANSI[byte] ?? String.fromCharCode(byte);
  }
  return out;
}

function contentStreams(pdf: Buffer): string[] {
  const streams: string[] = [];
  let from = 0;
  for (;;) {
    const start = pdf.indexOf('stream\n', from, 'latin1');
    if (start < 0) break;
    const end = pdf.indexOf('\nendstream', start, 'latin1');
    if (end < 0) break;
    const data = pdf.subarray(start + 'stream\n'.length, end);
    let text: string;
    try {
      text = zlib.inflateSync(data).toString('latin1');
    } catch {
      text = data.toString('latin1');
    }
    streams.push(text);
    from = end + '\nendstream'.length;
  }
  return streams;
}

function textRuns(stream: string): string[] {
  return [...stream.matchAll(/\[((?:<[0-9a-fA-F]*>|[^\]<])*)\]\s*TJ/g)].map((match) => [...match[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => decodeHex(m[1]!)).join(''));
}

/** Every printed text run, in drawing order, joined by newlines. */
export function extractText(pdf: Buffer): string {
  return contentStreams(pdf).flatMap(textRuns).join('\n');
}

/** The text runs of each page that prints text, in page order (pdfkit writes one content stream per page). */
export function pageTexts(pdf: Buffer): string[][] {
  return contentStreams(pdf)
    .map(textRuns)
    .filter((runs) => runs.length > 0);
}

export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}
