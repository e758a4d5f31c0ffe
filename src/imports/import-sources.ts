import fs from 'node:fs';
import { Transform, type Readable } from 'node:stream';
import { parseCsv } from './csv/parse-csv.js';
import type { CsvKind, ParsedItem } from './domain/records.js';
import { parseIstandaardXml } from './istandaard/parse-istandaard.js';
import { classifyEntry, readZip } from './zip/read-zip.js';

/** One file of an upload: a single message or CSV, or one entry of a ZIP. */
export interface SourceFile {
  name: string;
  items: AsyncIterable<ParsedItem>;
}

export interface UploadDescription {
  path: string;
  fileName: string;
  contentType: 'xml' | 'zip' | 'csv';
  csvKind: CsvKind | null;
  municipalityCode: string | null;
}

/** Counts the bytes that pass, for progress. `scale` turns inflated bytes into upload bytes. */
function counting(onBytes: (n: number) => void, scale = 1): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      onBytes(chunk.length * scale);
      done(null, chunk);
    },
  });
}

const noCode = (name: string): SourceFile => ({
  name,
  items: (async function* (): AsyncGenerator<ParsedItem> {
    yield { kind: 'unknown' };
    yield { error: { message: 'Deze gemeente heeft nog geen CBS-gemeentecode; vraag de beheerder die in te stellen voordat u iWmo/iJw-berichten importeert.' } };
  })(),
});

function parse(name: string, kind: 'xml' | CsvKind, stream: Readable | NodeJS.ReadableStream, municipalityCode: string | null): SourceFile {
  if (kind === 'xml') {
    if (!municipalityCode) return noCode(name);
    return { name, items: parseIstandaardXml(stream as AsyncIterable<Uint8Array>, { municipalityCode }) };
  }
  return { name, items: parseCsv(kind, stream as AsyncIterable<Uint8Array>) };
}

const unsupported = (name: string, message: string): SourceFile => ({
  name,
  items: (async function* (): AsyncGenerator<ParsedItem> {
    yield { kind: 'unknown' };
    yield { error: { message } };
  })(),
});

/** The files of an upload, in order, each parsed as it streams from disk. */
export async function* sourceFiles(upload: UploadDescription, onBytes: (n: number) => void): AsyncGenerator<SourceFile> {
  if (upload.contentType !== 'zip') {
    const stream = fs.createReadStream(upload.path).pipe(counting(onBytes));
    if (upload.contentType === 'xml') yield parse(upload.fileName, 'xml', stream, upload.municipalityCode);
    else if (upload.csvKind) yield parse(upload.fileName, upload.csvKind, stream, upload.municipalityCode);
    return;
  }
  for await (const entry of readZip(upload.path)) {
    const kind = classifyEntry(entry.name);
    if ('unsupported' in kind) {
      onBytes(entry.compressedSize);
      yield unsupported(entry.name, kind.unsupported);
      continue;
    }
    const scale = entry.uncompressedSize > 0 ? entry.compressedSize / entry.uncompressedSize : 0;
    const stream = (await entry.open()).pipe(counting(onBytes, scale));
    yield parse(entry.name, kind.kind, stream, upload.municipalityCode);
  }
}
