import fs from 'node:fs';
import path from 'node:path';
import { ZipWriter } from './zip-writer.js';

/**
 * Where the generated files go: a directory, or one ZIP (the import takes either). Writes are
 * synchronous and buffered: the generator is a batch job, and an event-loop turn per small file
 * would cost more than the file.
 */
export interface EntryWriter {
  write(text: string): void;
  close(): void;
}

export interface OutputSink {
  entry(name: string): EntryWriter;
  /** Finishes the output; returns its size in bytes on disk. */
  close(): number;
}

const BUFFER_CHARS = 1 << 16;

export class DirectorySink implements OutputSink {
  private bytes = 0;
  constructor(private readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
  }

  entry(name: string): EntryWriter {
    const fd = fs.openSync(path.join(this.dir, name), 'w');
    let pending: string[] = [];
    let length = 0;
    const flush = () => {
      if (length === 0) return;
      const bytes = Buffer.from(pending.join(''), 'utf8');
      let done = 0;
      while (done < bytes.length) done += fs.writeSync(fd, bytes, done);
      this.bytes += bytes.length;
      pending = [];
      length = 0;
    };
    return {
      write: (text) => {
        pending.push(text);
        length += text.length;
        if (length >= BUFFER_CHARS) flush();
      },
      close: () => {
        flush();
        fs.closeSync(fd);
      },
    };
  }

  close(): number {
    return this.bytes;
  }
}

export class ZipSink implements OutputSink {
  private readonly zip: ZipWriter;
  constructor(file: string, modified: { year: number; month: number; day: number }) {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    this.zip = new ZipWriter(file, modified);
  }

  entry(name: string): EntryWriter {
    return this.zip.entry(name);
  }

  close(): number {
    return this.zip.close();
  }
}
