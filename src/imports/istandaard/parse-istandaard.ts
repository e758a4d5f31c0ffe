import type { ParsedItem } from '../domain/records.js';
import { IstandaardReader } from './reader.js';

export { xmlKindFromRoot } from './kinds.js';

export interface IstandaardOptions {
  /** The tenant's 4-digit CBS code: a 301 must come from it, a 323 must be addressed to it. */
  municipalityCode: string;
}

/** At most this many characters go to saxes at once, so the items waiting between yields stay few. */
const SLICE_CHARS = 1 << 16;

/**
 * Reads one iWmo or iJw 3.2 message (301, 305, 307 or 323) as a stream: first `{ kind }` once the
 * root is known, then a record per ToegewezenProduct, StartProduct, StopProduct or Prestatie and
 * an error (Dutch, with the element path) per problem, yielded after each chunk. Only the current
 * client and product are held, never the document. Names, contact data, comments and relations
 * are read past; an error never quotes a BSN, name, address or birth date.
 */
export async function* parseIstandaardXml(
  input: AsyncIterable<Uint8Array | string>,
  options: IstandaardOptions,
): AsyncGenerator<ParsedItem> {
  const reader = new IstandaardReader(options.municipalityCode);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  let atStart = true;

  const feed = function* (text: string): Generator<ParsedItem> {
    if (atStart) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a BOM in a string input
      atStart = text.length === 0;
    }
    for (let at = 0; at < text.length && !reader.stopped; at += SLICE_CHARS) {
      reader.write(text.length <= SLICE_CHARS ? text : text.slice(at, at + SLICE_CHARS));
      const items = reader.items;
      if (items.length > 0) {
        reader.items = [];
        for (let i = 0; i < items.length; i++) yield items[i]!;
      }
    }
  };

  const invalidUtf8 = (): ParsedItem => ({
    error: { message: `Het bestand is geen geldige UTF-8 (ergens na byte ${bytes}): een iStandaard-bericht is UTF-8.` },
  });

  for await (const chunk of input) {
    let text: string;
    if (typeof chunk === 'string') {
      text = chunk;
    } else {
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        yield invalidUtf8();
        return;
      }
      bytes += chunk.byteLength;
    }
    yield* feed(text);
    if (reader.stopped) return;
  }
  let rest: string;
  try {
    rest = decoder.decode();
  } catch {
    yield invalidUtf8();
    return;
  }
  yield* feed(rest);
  if (reader.stopped) return;
  reader.close();
  yield* reader.items;
  reader.items = [];
}
