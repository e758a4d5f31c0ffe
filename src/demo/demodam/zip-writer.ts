import fs from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import { Deflate } from 'fflate';

/**
 * A ZIP writer with ZIP64, streaming to a file descriptor. fflate's `Zip` writes no ZIP64 records:
 * past 65,535 entries (a large-scale dataset has hundreds of thousands of messages) or 4 GiB its
 * end record overflows and readers see a different archive. So this file writes the container
 * (APPNOTE 6.3.10, §4.3) and leaves the deflating to others: an entry that stays under 1 MiB
 * (nearly all messages) is deflated whole by Node's zlib, three times faster than fflate on small
 * files; a larger one streams through fflate's `Deflate`, which needs no event loop. (So the
 * archive's bytes are the same for the same input on the same Node version; the files in it are
 * the same everywhere.)
 *
 * Several entries may be open at once (the CSV files grow while the messages are written): each
 * deflates into memory and goes to the file, header first, when it is closed. Everything but the
 * central directory leaves memory then.
 */
const FLAG_UTF8 = 0x0800;
const DEFLATE = 8;
const MAX32 = 0xffff_ffff;
const MAX16 = 0xffff;

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

interface FinishedEntry {
  name: Buffer;
  crc: number;
  size: number;
  compressed: Uint8Array[];
  compressedSize: number;
}

export class ZipWriter {
  private readonly fd: number;
  private offset = 0;
  private buffered: Uint8Array[] = [];
  private bufferedLength = 0;
  private readonly central: Buffer[] = [];
  private centralSize = 0;
  private centralUsed = 0;
  private entries = 0;
  private readonly dosTime: number;
  private readonly dosDate: number;

  /** `modified`: every entry's timestamp (fixed, so the same input gives the same bytes). */
  constructor(path: string, modified: { year: number; month: number; day: number }, private readonly level: Level = 1) {
    this.fd = fs.openSync(path, 'w');
    this.dosTime = 0;
    this.dosDate = ((modified.year - 1980) << 9) | (modified.month << 5) | modified.day;
  }

  entry(name: string): ZipEntryWriter {
    return new ZipEntryWriter(name, this.level, (entry) => this.append(entry));
  }

  private append(entry: FinishedEntry): void {
    const zip64 = entry.size >= MAX32 || entry.compressedSize >= MAX32;
    const localExtra = zip64 ? extra64([entry.size, entry.compressedSize]) : Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(FLAG_UTF8, 6);
    local.writeUInt16LE(DEFLATE, 8);
    local.writeUInt16LE(this.dosTime, 10);
    local.writeUInt16LE(this.dosDate, 12);
    local.writeUInt32LE(entry.crc, 14);
    local.writeUInt32LE(zip64 ? MAX32 : entry.compressedSize, 18);
    local.writeUInt32LE(zip64 ? MAX32 : entry.size, 22);
    local.writeUInt16LE(entry.name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    const headerOffset = this.offset;
    this.write(local);
    this.write(entry.name);
    this.write(localExtra);
    for (const chunk of entry.compressed) this.write(chunk);

    const big = [entry.size >= MAX32 ? entry.size : -1, entry.compressedSize >= MAX32 ? entry.compressedSize : -1, headerOffset >= MAX32 ? headerOffset : -1].filter((v) => v >= 0);
    const centralExtra = big.length > 0 ? extra64(big) : Buffer.alloc(0);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(big.length > 0 ? 45 : 20, 4);
    record.writeUInt16LE(big.length > 0 ? 45 : 20, 6);
    record.writeUInt16LE(FLAG_UTF8, 8);
    record.writeUInt16LE(DEFLATE, 10);
    record.writeUInt16LE(this.dosTime, 12);
    record.writeUInt16LE(this.dosDate, 14);
    record.writeUInt32LE(entry.crc, 16);
    record.writeUInt32LE(Math.min(entry.compressedSize, MAX32), 20);
    record.writeUInt32LE(Math.min(entry.size, MAX32), 24);
    record.writeUInt16LE(entry.name.length, 28);
    record.writeUInt16LE(centralExtra.length, 30);
    record.writeUInt32LE(Math.min(headerOffset, MAX32), 42);
    // Kept as few large blocks: a Buffer per entry would cost more than its 80 bytes.
    const full = Buffer.concat([record, entry.name, centralExtra]);
    if (this.central.length === 0 || this.centralUsed + full.length > this.central[this.central.length - 1]!.length) {
      if (this.central.length > 0) this.central[this.central.length - 1] = this.central[this.central.length - 1]!.subarray(0, this.centralUsed);
      this.central.push(Buffer.alloc(Math.max(1 << 20, full.length)));
      this.centralUsed = 0;
    }
    full.copy(this.central[this.central.length - 1]!, this.centralUsed);
    this.centralUsed += full.length;
    this.centralSize += full.length;
    this.entries++;
  }

  /** Writes the central directory (with the ZIP64 end records when needed) and closes the file. */
  close(): number {
    const centralOffset = this.offset;
    if (this.central.length > 0) this.central[this.central.length - 1] = this.central[this.central.length - 1]!.subarray(0, this.centralUsed);
    for (const block of this.central) this.write(block);
    const zip64 = this.entries >= MAX16 || centralOffset >= MAX32 || this.centralSize >= MAX32;
    if (zip64) {
      const end64 = Buffer.alloc(56);
      end64.writeUInt32LE(0x06064b50, 0);
      end64.writeBigUInt64LE(44n, 4);
      end64.writeUInt16LE(45, 12);
      end64.writeUInt16LE(45, 14);
      end64.writeBigUInt64LE(BigInt(this.entries), 24);
      end64.writeBigUInt64LE(BigInt(this.entries), 32);
      end64.writeBigUInt64LE(BigInt(this.centralSize), 40);
      end64.writeBigUInt64LE(BigInt(centralOffset), 48);
      const locator = Buffer.alloc(20);
      locator.writeUInt32LE(0x07064b50, 0);
      locator.writeBigUInt64LE(BigInt(centralOffset + this.centralSize), 8);
      locator.writeUInt32LE(1, 16);
      this.write(end64);
      this.write(locator);
    }
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(Math.min(this.entries, MAX16), 8);
    end.writeUInt16LE(Math.min(this.entries, MAX16), 10);
    end.writeUInt32LE(Math.min(this.centralSize, MAX32), 12);
    end.writeUInt32LE(Math.min(centralOffset, MAX32), 16);
    this.write(end);
    this.flush();
    fs.closeSync(this.fd);
    return this.offset;
  }

  /** Output is gathered into writes of about 1 MiB: a system call per header would cost more than the deflating. */
  private write(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.buffered.push(bytes);
    this.bufferedLength += bytes.length;
    this.offset += bytes.length;
    if (this.bufferedLength >= 1 << 20) this.flush();
  }

  private flush(): void {
    const bytes = Buffer.concat(this.buffered, this.bufferedLength);
    let done = 0;
    while (done < bytes.length) done += fs.writeSync(this.fd, bytes, done, bytes.length - done);
    this.buffered = [];
    this.bufferedLength = 0;
  }
}

function extra64(values: number[]): Buffer {
  const extra = Buffer.alloc(4 + 8 * values.length);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(8 * values.length, 2);
  values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
  return extra;
}

const WHOLE_BELOW_CHARS = 1 << 20;

/** One file in the archive: text in, deflated into memory, appended on `close()`. */
export class ZipEntryWriter {
  private deflate: Deflate | undefined;
  private readonly compressed: Uint8Array[] = [];
  private compressedSize = 0;
  private crc = 0;
  private size = 0;
  private pending: string[] = [];
  private pendingLength = 0;

  constructor(private readonly name: string, private readonly level: Level, private readonly done: (entry: FinishedEntry) => void) {}

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= WHOLE_BELOW_CHARS) this.flush(false);
  }

  close(): void {
    if (this.deflate) this.flush(true);
    else {
      const bytes = this.take();
      const deflated = deflateRawSync(bytes, { level: this.level });
      this.compressed.push(deflated);
      this.compressedSize = deflated.length;
    }
    this.done({ name: Buffer.from(this.name, 'utf8'), crc: this.crc, size: this.size, compressed: this.compressed, compressedSize: this.compressedSize });
  }

  private flush(final: boolean): void {
    this.deflate ??= new Deflate({ level: this.level }, (chunk) => {
      this.compressed.push(chunk);
      this.compressedSize += chunk.length;
    });
    this.deflate.push(this.take(), final);
  }

  private take(): Buffer {
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingLength = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    return bytes;
  }
}
