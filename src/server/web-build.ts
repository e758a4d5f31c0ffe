import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WEB = path.join(ROOT, 'web');
const DIST = path.join(WEB, 'dist');
const STAMP = path.join(DIST, '.bron-hash');
/** Everything the bundle is built from; the web imports pure modules from src/ too. */
const INPUTS = ['web/index.html', 'web/vite.config.ts', 'web/src', 'web/public', 'src', 'package-lock.json'];

function listFiles(target: string): string[] {
  if (!fs.existsSync(target)) return [];
  if (fs.statSync(target).isFile()) return [target];
  return fs
    .readdirSync(target, { withFileTypes: true })
    .flatMap((entry) => listFiles(path.join(target, entry.name)))
    .filter((file) => !file.endsWith('.test.ts'));
}

/** A hash of the sources, not their mtimes: a fresh clone has new mtimes but needs no rebuild. */
export function webSourceHash(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((input) => listFiles(path.join(ROOT, input))).sort()) {
    hash.update(path.relative(ROOT, file)).update('\0').update(fs.readFileSync(file));
  }
  return hash.digest('hex');
}

export function webBundleIsCurrent(): boolean {
  try {
    return fs.readFileSync(STAMP, 'utf8') === webSourceHash() && fs.existsSync(path.join(DIST, 'index.html'));
  } catch {
    return false;
  }
}

/** Builds the web bundle with Vite when it is missing or older than its sources. */
export async function ensureWebBundle(log: (message: string) => void = console.log): Promise<void> {
  if (webBundleIsCurrent()) return;
  log('De webinterface wordt gebouwd (eenmalig, ongeveer een halve minuut)…');
  const started = Date.now();
  const { build } = await import('vite');
  // Under a test runner NODE_ENV is `test`, which would give React's slower development build.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(WEB, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    if (previous === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = previous;
  }
  fs.writeFileSync(STAMP, webSourceHash());
  log(`Webinterface gebouwd in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
