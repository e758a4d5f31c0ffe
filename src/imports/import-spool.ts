import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';

/**
 * Uploads are written to the data dir before they are read, so a job survives a restart and a
 * 1 GiB body never sits in memory. The file holds personal data until the border has read it, so
 * it is private (0600) and removed as soon as its job is done.
 */
export const MAX_UPLOAD_BYTES = 1024 ** 3;

export function spoolPath(dataDir: string, tenantId: string, jobId: string): string {
  return path.join(dataDir, 'imports', `${tenantId}.${jobId}.upload`);
}

export class UploadTooLarge extends Error {}

/** Writes the body to the spool file; throws UploadTooLarge past the limit (and removes the file). */
export async function spool(body: Readable, target: string, limit = MAX_UPLOAD_BYTES): Promise<number> {
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  let bytes = 0;
  const guard = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      if (bytes > limit) done(new UploadTooLarge());
      else done(null, chunk);
    },
  });
  try {
    await pipeline(body, guard, fs.createWriteStream(target, { mode: 0o600 }));
  } catch (error) {
    fs.rmSync(target, { force: true });
    throw error;
  }
  return bytes;
}
