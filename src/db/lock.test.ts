import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, lockDataDir } from './lock.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-lock-'));

describe('lockDataDir', () => {
  it('refuses a second holder while the first lives, with a Dutch message naming the pid', () => {
    const dir = tempDir();
    // A live process other than us holds the lock: our parent.
    fs.writeFileSync(path.join(dir, 'doorbraak.lock'), String(process.ppid));
    expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    expect(() => lockDataDir(dir)).toThrow(new RegExp(`proces ${process.ppid}`));
  });

  it('takes over a lock whose process is gone, and releases it', () => {
    const dir = tempDir();
    const finished = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
    fs.writeFileSync(path.join(dir, 'doorbraak.lock'), finished.stdout.toString());
    const lock = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'doorbraak.lock'), 'utf8')).toBe(String(process.pid));
    lock.release();
    expect(fs.existsSync(path.join(dir, 'doorbraak.lock'))).toBe(false);
  });
});
