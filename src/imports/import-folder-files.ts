import fs from 'node:fs';
import path from 'node:path';
import { Zip, ZipPassThrough } from 'fflate';

/**
 * The file-system side of the watched import folder (DOORBRAAK_IMPORT_DIR): which files of a
 * tenant's folder are ready, bundling them for one import job, and moving them out afterwards.
 */

export const PROCESSED_DIR = 'verwerkt';
export const FAILED_DIR = 'mislukt';
const LOCK_FILE = '.doorbraak-bezig';

/** A file touched this recently may still be being written (a copy over the network, an SFTP upload). */
export const SETTLE_MS = 60_000;
/** A lock older than this was left by a process that stopped halfway; the next pass takes over. */
const STALE_LOCK_MS = 6 * 3600_000;
const IMPORTABLE = /\.(xml|zip|csv)$/i;
const IN_PROGRESS = /\.(part|tmp)$/i;

export interface FolderFile {
  name: string;
  path: string;
  bytes: number;
}

/** The importable files at the top of the folder that have settled, sorted by name. */
export function readyFiles(folder: string, now: Date): FolderFile[] {
  const files: FolderFile[] = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith('.') || IN_PROGRESS.test(entry.name) || !IMPORTABLE.test(entry.name)) continue;
    const file = path.join(folder, entry.name);
    const stat = fs.statSync(file);
    if (now.getTime() - stat.mtimeMs < SETTLE_MS) continue;
    files.push({ name: entry.name, path: file, bytes: stat.size });
  }
  return files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Moves a file into `<folder>/<verwerkt|mislukt>/<date>/`, never over another file (a second
 * `x.xml` on the same day becomes `x-2.xml`). Returns the path relative to the folder.
 */
export function moveOut(folder: string, file: FolderFile, into: typeof PROCESSED_DIR | typeof FAILED_DIR, date: string): string {
  const dir = path.join(folder, into, date);
  fs.mkdirSync(dir, { recursive: true });
  const ext = path.extname(file.name);
  const stem = file.name.slice(0, file.name.length - ext.length);
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? file.name : `${stem}-${n}${ext}`;
    const target = path.join(dir, name);
    if (fs.existsSync(target)) continue;
    fs.renameSync(file.path, target);
    return path.posix.join(into, date, name);
  }
}

/**
 * One pass per folder at a time, also across processes (several servers on one PostgreSQL, or the
 * CLI beside the server): a lock file created exclusively. Null when another pass holds it.
 */
export function lockFolder(folder: string, now: Date): (() => void) | null {
  const lock = path.join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lock, `${process.pid} ${now.toISOString()}\n`, { flag: 'wx' });
      return () => fs.rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = now.getTime() - fs.statSync(lock).mtimeMs;
      if (age < STALE_LOCK_MS) return null;
      fs.rmSync(lock, { force: true });
    }
  }
  return null;
}

/**
 * Packs loose files into one stored (uncompressed) ZIP at `target`, so a day of thousands of
 * single messages is one import job with the runner's batches instead of thousands of jobs. The
 * entries keep the files' names and order, so the job's per-file results map back to them.
 */
export async function bundleFiles(files: readonly FolderFile[], target: string): Promise<number> {
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(target, 'w', 0o600);
  let failure = null as Error | null;
  let written = 0;
  // Stored entries pass through at once, so writing synchronously keeps memory flat.
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else if (!failure) written += fs.writeSync(fd, chunk);
  });
  try {
    for (const file of files) {
      const entry = new ZipPassThrough(file.name);
      zip.add(entry);
      for await (const chunk of fs.createReadStream(file.path)) entry.push(chunk as Buffer, false);
      entry.push(new Uint8Array(0), true);
    }
    zip.end();
  } catch (error) {
    failure = error as Error;
  } finally {
    fs.closeSync(fd);
  }
  if (failure) {
    fs.rmSync(target, { force: true });
    throw failure;
  }
  return written;
}
