import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { eq } from 'drizzle-orm';
import { readConfig } from '../config/config.js';
import { loadSecret } from '../config/secret.js';
import { DataDirLockedError } from '../db/lock.js';
import { describeLocalFile, importLocalFile } from '../imports/import-local.js';
import type { ImportJob } from '../imports/imports.contract.js';
import { tenants } from '../tenants/tenants.schema.js';
import { CliError } from './cli-error.js';
import { withDatabase } from './with-database.js';

interface ImportDataOptions {
  tenant?: string;
  server?: string;
  token?: string;
}

const MEDIA = { xml: 'application/xml', zip: 'application/zip', csv: 'text/csv' } as const;

/** The files to import: the file itself, or the importable files of a directory (sorted, not recursive). */
function filesOf(target: string): string[] {
  if (!fs.existsSync(target)) throw new CliError(`${target} bestaat niet.`);
  if (fs.statSync(target).isFile()) return [target];
  const files = fs.readdirSync(target).sort().map((name) => path.join(target, name)).filter((file) => fs.statSync(file).isFile() && !('unsupported' in describeLocalFile(file)));
  if (files.length === 0) throw new CliError(`${target} bevat geen .xml-, .csv- of .zip-bestanden om te importeren.`);
  return files;
}

function progressBar(name: string, bytes: number, total: number, records: number): void {
  const share = total > 0 ? Math.min(1, bytes / total) : 0;
  const width = 30;
  const done = Math.round(share * width);
  const line = `${name}: [${'#'.repeat(done)}${'.'.repeat(width - done)}] ${Math.round(share * 100)}% · ${records.toLocaleString('nl-NL')} records`;
  if (process.stderr.isTTY) process.stderr.write(`\r${line}`);
}

function summary(job: ImportJob): string {
  const lines = job.files.map((file) => {
    const head = `  ${file.status === 'imported' ? '✓' : '✗'} ${file.name} (${file.kind}): ${file.records} records, ${file.inserted} nieuw, ${file.updated} gewijzigd, ${file.unchanged} ongewijzigd`;
    const errors = file.errors.slice(0, 10).map((e) => `      ${e.line !== undefined ? `regel ${e.line}` : (e.path ?? '')}: ${e.message}`);
    return [head, ...errors, ...(file.errors.length > 10 ? [`      … en nog ${file.errors.length - 10} fouten`] : [])].join('\n');
  });
  return lines.join('\n');
}

async function viaServer(files: string[], options: ImportDataOptions): Promise<ImportJob[]> {
  const config = readConfig();
  const base = (options.server ?? `http://${config.host}:${config.port}`).replace(/\/+$/, '');
  const token = options.token ?? process.env.DOORBRAAK_TOKEN;
  if (!token) throw new CliError('De server draait: geef een API-token met --token of DOORBRAAK_TOKEN (maak er een in Mijn account).');
  const jobs: ImportJob[] = [];
  for (const file of files) {
    const described = describeLocalFile(file);
    if ('unsupported' in described) throw new CliError(`${path.basename(file)}: ${described.unsupported}`);
    const query = new URLSearchParams({ name: path.basename(file), ...(described.csvKind ? { kind: described.csvKind } : {}) });
    const size = fs.statSync(file).size;
    const response = await fetch(`${base}/api/v1/imports?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': MEDIA[described.contentType], 'content-length': String(size) },
      body: fs.createReadStream(file) as unknown as BodyInit,
      duplex: 'half',
    } as RequestInit);
    if (response.status !== 202) {
      const problem = (await response.json().catch(() => ({}))) as { title?: string; detail?: string; errors?: { path: string; message: string }[] };
      throw new CliError(`${path.basename(file)}: ${response.status} ${problem.detail ?? problem.title ?? ''} ${(problem.errors ?? []).map((e) => `${e.path}: ${e.message}`).join('; ')}`.trim());
    }
    const { id } = (await response.json()) as { id: string };
    for (;;) {
      const job = (await (await fetch(`${base}/api/v1/imports/${id}`, { headers: { authorization: `Bearer ${token}` } })).json()) as ImportJob;
      progressBar(path.basename(file), job.progress.bytes, job.progress.totalBytes, job.progress.records);
      if (job.status === 'done') {
        jobs.push(job);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (process.stderr.isTTY) process.stderr.write('\n');
  }
  return jobs;
}

async function direct(files: string[], options: ImportDataOptions): Promise<ImportJob[]> {
  const config = readConfig();
  return withDatabase(async (database) => {
    const tenantId = options.tenant;
    if (!tenantId) throw new CliError('Geef de gemeente met --tenant <id> (bijv. --tenant demo).');
    const [tenant] = await database.db.select().from(tenants).where(eq(tenants.tenantId, tenantId));
    if (!tenant) throw new CliError(`Gemeente ${tenantId} bestaat niet.`);
    const deps = { db: database.db, bulk: database.bulk, secret: loadSecret(config), dataDir: config.dataDir };
    const jobs: ImportJob[] = [];
    for (const file of files) {
      const job = await importLocalFile(deps, tenantId, file, { via: 'cli', onProgress: (live, total) => progressBar(path.basename(file), live.bytes, total, live.records) });
      if (process.stderr.isTTY) process.stderr.write('\n');
      jobs.push(job);
    }
    return jobs;
  });
}

export function registerImportCommands(program: Command) {
  program
    .command('import-data')
    .description(
      'Importeer eigen gegevens van de gemeente: iWmo/iJw 3.2-berichten (.xml), CSV-bestanden (services*.csv, households*.csv, tariffs*.csv, budgets*.csv, realisations*.csv) of een ZIP daarvan; ook een map. ' +
        'Zonder draaiende server rechtstreeks in de database (--tenant); draait de server, dan via de API met een API-token.',
    )
    .argument('<bestand-of-map>', 'een .xml-, .csv- of .zip-bestand, of een map met zulke bestanden')
    .option('--tenant <id>', 'de gemeente (bij rechtstreeks importeren)')
    .option('--server <url>', 'adres van een draaiende server (standaard http://HOST:PORT)')
    .option('--token <token>', 'API-token (of DOORBRAAK_TOKEN) bij import via de server')
    .action(async (target: string, options: ImportDataOptions) => {
      const files = filesOf(target);
      let jobs: ImportJob[];
      if (options.server) jobs = await viaServer(files, options);
      else {
        try {
          jobs = await direct(files, options);
        } catch (error) {
          // The server holds the data dir: go through its API instead.
          if (!(error instanceof DataDirLockedError)) throw error;
          jobs = await viaServer(files, options);
        }
      }
      const all = jobs.flatMap((job) => job.files);
      console.log(jobs.map(summary).join('\n'));
      const rejected = all.filter((file) => file.status === 'rejected').length;
      console.log(`${all.length} bestanden: ${all.length - rejected} geïmporteerd, ${rejected} afgewezen; ${all.reduce((s, f) => s + f.records, 0)} records.`);
      if (rejected > 0) process.exitCode = 2;
    });
}
