/**
 * Text for the standard PDF fonts. Helvetica is embedded in every PDF reader and speaks WinAnsi:
 * Latin-1 plus a few extras (€, –, —, curly quotes, •, …). Anything else would print as garbage,
 * so it is replaced by a close ASCII equivalent or a question mark.
 */

const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

const REPLACEMENTS: Record<string, string> = {
  '★': '*',
  '☆': '*',
  '→': '->',
  '←': '<-',
  '⇒': '=>',
  '≥': '>=',
  '≤': '<=',
  '≠': '!=',
  '≈': '~',
  '−': '–',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '✓': 'v',
  '✔': 'v',
  '✗': 'x',
  '\u2009': ' ',
  '\u202f': ' ',
  '\u2007': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '\u2028': '\n',
  '\u2029': '\n',
};

/** What Helvetica can print of `value`: NFC-normalised, WinAnsi only, line breaks kept. */
export function pdfText(value: string | null | undefined): string {
  if (!value) return '';
  let out = '';
  for (const ch of value.normalize('NFC').replace(/\r\n?/g, '\n')) {
    const code = ch.codePointAt(0)!;
    if (ch === '\n') out += ch;
    else if (ch === '\t') out += ' ';
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) continue;
    else if (code <= 0xff || WIN_ANSI_EXTRAS.has(ch)) out += ch;
    else if (/\p{Mn}/u.test(ch) || ch === '\u200b' || ch === '\u200d' || ch === '\ufe0f') continue;
    else out += REPLACEMENTS[ch] ?? '?';
  }
  return out;
}
