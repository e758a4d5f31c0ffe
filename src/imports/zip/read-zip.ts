import { Transform } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export { classifyEntry, type EntryClass } from './classify-entry.js';

export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressedBytes: number;
  /** Uncompressed ÷ compressed size of one entry above which it is taken for a ZIP bomb. */
  maxRatio: number;
}

/**
 * A municipality of 120,000 residents sends ~100,000 messages a year (one 301 per client and
 * provider), so a year in one ZIP must fit; the central directory of 250,000 entries is ~50 MB.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 250_000, maxTotalUncompressedBytes: 4 * 1024 ** 3, maxRatio: 200 };

/** Small entries are not judged by their ratio: a page of repeated text compresses well and is harmless. */
export const RATIO_APPLIES_FROM_BYTES = 1024 * 1024;

/** The ZIP is refused as a whole: too big unpacked, a ZIP bomb, or a name pointing outside it. */
export class ZipLimitError extends Error {
  override readonly name = 'ZipLimitError';
  /** The message for the user (import-runner shows `dutch`). */
  readonly dutch: string;
  constructor(message: string) {
    super(message);
    this.dutch = message;
  }
}

/** Not a readable ZIP, or one entry of it that cannot be unpacked. */
export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
  readonly dutch: string;
  constructor(message: string) {
    super(message);
    this.dutch = message;
  }
}

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** The unpacked bytes, counted against the limits as they flow. Open it before the iteration ends (that closes the ZIP). */
  open(): Promise<NodeJS.ReadableStream>;
}

const NOT_A_ZIP = 'Dit is geen geldig ZIP-bestand, of het is beschadigd.';

const size = (bytes: number) =>
  bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(1).replace('.', ',')} GiB` : `${Math.ceil(bytes / 1024 ** 2)} MiB`;

/**
 * The files of a ZIP on disk, in directory order, skipping folders and macOS/dot files. The whole
 * central directory is checked first (entry count, declared sizes, ratios, names), so a ZIP bomb
 * or a `../` name refuses the ZIP before any of it is imported; then each entry's inflated bytes
 * are counted as they stream, so a header that lies about its size gets no further either.
 */
export async function* readZip(filePath: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): AsyncGenerator<ZipEntry> {
  let zip: ZipFile;
  const state: InflateState = { inflated: 0, refused: null, closed: false };
  try {
    zip = await yauzl.openPromise(filePath, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false });
  } catch {
    throw new ZipFormatError(NOT_A_ZIP);
  }
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new ZipLimitError(`Het ZIP-bestand bevat ${zip.entryCount} bestanden; er mogen er hoogstens ${limits.maxEntries} in.`);
    }
    const entries = await readDirectory(zip, limits);
    for (const { entry, name } of entries) {
      if (state.refused) throw state.refused;
      yield {
        name,
        compressedSize: entry.compressedSize,
        uncompressedSize: entry.uncompressedSize,
        open: () => openEntry(zip, entry, name, limits, state),
      };
    }
    if (state.refused) throw state.refused;
  } finally {
    state.closed = true;
    zip.close();
  }
}

/** Skipped: folders, macOS resource forks and hidden files (`.DS_Store`, `._x.csv`). */
function skipped(name: string): boolean {
  if (name.endsWith('/')) return true;
  const parts = name.split('/').filter((part) => part !== '' && part !== '.');
  return parts[0] === '__MACOSX' || parts.some((part) => part.startsWith('.'));
}

function outside(name: string): boolean {
  return name.startsWith('/') || /^[a-zA-Z]:/.test(name) || name.split('/').includes('..');
}

async function readDirectory(zip: ZipFile, limits: ZipLimits): Promise<{ entry: Entry; name: string }[]> {
  const entries: { entry: Entry; name: string }[] = [];
  let declared = 0;
  for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
    // Decoded here rather than by yauzl, whose own name check ends the whole read in English.
    const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
    if (outside(name)) {
      throw new ZipLimitError(`Het ZIP-bestand is geweigerd: '${name}' wijst naar een plek buiten het ZIP-bestand (een absoluut pad of '..').`);
    }
    if (skipped(name)) continue;
    declared += entry.uncompressedSize;
    if (declared > limits.maxTotalUncompressedBytes) {
      throw new ZipLimitError(`Het ZIP-bestand is geweigerd: uitgepakt wordt het meer dan ${size(limits.maxTotalUncompressedBytes)}, de grens.`);
    }
    if (entry.uncompressedSize >= RATIO_APPLIES_FROM_BYTES && entry.uncompressedSize > limits.maxRatio * entry.compressedSize) {
      const ratio = entry.compressedSize === 0 ? '∞' : String(Math.round(entry.uncompressedSize / entry.compressedSize));
      throw new ZipLimitError(`Het ZIP-bestand is geweigerd: '${name}' is ${ratio} keer zo groot uitgepakt (de grens is ${limits.maxRatio}); dat wijst op een ZIP-bom.`);
    }
    entries.push({ entry, name });
  }
  return entries;
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const settle = () => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry) => (settle(), resolve(entry));
    const onEnd = () => (settle(), resolve(null));
    const onError = () => (settle(), reject(new ZipFormatError(NOT_A_ZIP)));
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

interface InflateState {
  /** Inflated bytes of every entry so far. */
  inflated: number;
  /** Once a limit is hit the whole ZIP is refused: later entries are not opened. */
  refused: ZipLimitError | null;
  /** The generator has finished and closed the file. */
  closed: boolean;
}

async function openEntry(zip: ZipFile, entry: Entry, name: string, limits: ZipLimits, state: InflateState): Promise<NodeJS.ReadableStream> {
  if (state.refused) throw state.refused;
  if (state.closed) throw new Error('readZip: entries must be opened before the iteration ends, which closes the ZIP.');
  if (entry.isEncrypted()) throw new ZipFormatError(`'${name}' is versleuteld; lever het ZIP-bestand aan zonder wachtwoord.`);
  if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
    throw new ZipFormatError(`'${name}' is ingepakt met een methode die niet wordt ondersteund; gebruik gewone ZIP-compressie (deflate).`);
  }
  let raw: NodeJS.ReadableStream & { destroy(): void };
  try {
    raw = await zip.openReadStreamPromise(entry);
  } catch {
    throw new ZipFormatError(`'${name}' kan niet worden uitgepakt: het ZIP-bestand is beschadigd.`);
  }
  let count = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      count += chunk.length;
      state.inflated += chunk.length;
      let refused: ZipLimitError | null = null;
      if (count > entry.uncompressedSize) {
        refused = new ZipLimitError(`Het ZIP-bestand is geweigerd: '${name}' wordt uitgepakt groter dan het ZIP-bestand opgeeft; dat wijst op een ZIP-bom.`);
      } else if (state.inflated > limits.maxTotalUncompressedBytes) {
        refused = new ZipLimitError(`Het ZIP-bestand is geweigerd: uitgepakt wordt het meer dan ${size(limits.maxTotalUncompressedBytes)}, de grens.`);
      }
      if (refused) {
        state.refused = refused;
        done(refused);
      } else {
        done(null, chunk);
      }
    },
    flush(done) {
      done(count === entry.uncompressedSize ? null : new ZipFormatError(`'${name}' is beschadigd: uitgepakt kleiner dan het ZIP-bestand opgeeft.`));
    },
  });
  raw.on('error', () => {
    // Not when the guard itself stopped it: its refusal is the error to report.
    if (!guard.destroyed) guard.destroy(new ZipFormatError(`'${name}' kan niet worden uitgepakt: het ZIP-bestand is beschadigd.`));
  });
  guard.on('close', () => raw.destroy());
  raw.pipe(guard);
  return guard;
}
