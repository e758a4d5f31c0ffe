#!/usr/bin/env node
// Grip on the budget (issue 12): GET /api/v1/grip/budget, /variance and /signals (with targets) and
// /providers, /flows and /budget/months (reported) over a million service and declaration
// records, and the daily refresh of a day's messages through the watched import folder, on a real
// server started as a child process on loopback. See bench/README.md.
//
//   node bench/grip.mjs [--db postgres|pglite|all] [--scale 2] [--seed 2026] [--day-records 5000]
//                       [--requests 7] [--warmup 2] [--keep] [--out FILE] [--no-write]
//
// The synthetic Demodam dataset is generated once as loose files; the messages of the most recent
// days (Dagtekening), back until they hold --day-records records, are held out as "the day's
// messages". The rest is zipped and imported through POST /api/v1/imports (service-data's setup
// and import); the endpoints are timed on the data as imported and again after ANALYZE; then the
// held-out messages are put in the watched import folder and `doorbraak refresh-imports` runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  BenchError,
  HOST,
  ROOT,
  activeCleanups,
  createBenchDatabase,
  dropBenchDatabase,
  machineBusy,
  machineInfo,
  installSignalHandlers,
  parseBenchArgs,
  round2,
  stopServer,
} from './auth-overhead.mjs';
import {
  BIN,
  TENANT,
  amsterdamToday,
  apiToken,
  describeZip,
  explainer,
  generateDemodam,
  importParts,
  loadSource,
  openDirect,
  runNode,
  serverEnv,
  setUp,
  sourceDigest,
  splitZip,
  startServer,
  statsState,
  timeRoutes,
} from './service-data.mjs';

export const DEFAULTS = Object.freeze({
  scale: 2,
  seed: 2026,
  dayRecords: 5000,
  requests: 7,
  warmup: 2,
  pollMs: 5000,
  minRecords: 1_000_000,
  /** Slower statements than this keep their whole plan in the result file. */
  planFromMs: 50,
});

/** Targets of issue 12 (PostgreSQL, median as imported); the refresh is the CLI's wall time. */
export const TARGETS = Object.freeze({ budget: 500, variance: 500, signals: 1000, refreshMs: 30_000 });

const OPTIONS = {
  db: { type: 'string', default: 'postgres' },
  scale: { type: 'string' },
  seed: { type: 'string' },
  'day-records': { type: 'string' },
  requests: { type: 'string' },
  warmup: { type: 'string' },
  keep: { type: 'boolean', default: false },
  out: { type: 'string' },
  'no-write': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export const USAGE = `Usage: node bench/grip.mjs [options]

Imports the synthetic Demodam dataset (≥ 1,000,000 service and declaration records at the default
scale) through POST /api/v1/imports on a server started on ${HOST}, times the grip endpoints on it,
then imports the most recent days' messages (the held-out "day") through the watched import folder
with \`doorbraak refresh-imports\`.

  --db KIND          postgres, pglite or all (default: postgres, which needs BENCH_DATABASE_URL)
  --scale N          generator scale, 1 = 120,000 residents (default ${DEFAULTS.scale})
  --seed S           generator seed (default ${DEFAULTS.seed})
  --day-records N    hold out the latest days' messages until they hold N records (default ${DEFAULTS.dayRecords})
  --requests N       measured requests per endpoint, at least 5 (default ${DEFAULTS.requests})
  --warmup N         unmeasured requests per endpoint before them (default ${DEFAULTS.warmup})
  --keep             leave the PostgreSQL database (its name is printed); drop it yourself
  --out FILE         JSON result file (default bench/results/<date>-grip.json)
  --no-write         do not write the JSON result file

The dataset's today and the server's are today in Europe/Amsterdam.
Targets (PostgreSQL, median as imported): budget < ${TARGETS.budget} ms, variance < ${TARGETS.variance} ms,
signals < ${TARGETS.signals} ms; the refresh of the day's messages < ${TARGETS.refreshMs / 1000} s.
`;

const ZIP_WRITER = path.join(ROOT, 'src', 'demo', 'demodam', 'zip-writer.ts');
const READ_ZIP = path.join(ROOT, 'src', 'imports', 'zip', 'read-zip.ts');
const DB_CLIENT = path.join(ROOT, 'src', 'db', 'client.ts');
const GRIP = (name) => path.join(ROOT, 'src', 'grip', name);
/** The watched folder takes a file once it has not changed for a minute (import-folder-files.ts SETTLE_MS). */
const SETTLED_AGO_MS = 5 * 60_000;
const RECORD_TAG = /<\w+:(ToegewezenProduct|StartProduct|StopProduct|Prestatie)>/g;
const COUNTED = ['services', 'declaration_lines', 'service_deliveries'];

function resolveOptions(values) {
  const int = (name, fallback, min) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new BenchError(`--${name} must be an integer ≥ ${min}, not "${raw}".`);
    return n;
  };
  const scale = values.scale === undefined ? DEFAULTS.scale : Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0) throw new BenchError(`--scale must be a number > 0, not "${values.scale}".`);
  return {
    scale,
    seed: int('seed', DEFAULTS.seed, 0),
    today: amsterdamToday(),
    dayRecords: int('day-records', DEFAULTS.dayRecords, 1),
    requests: int('requests', DEFAULTS.requests, 5),
    warmup: int('warmup', DEFAULTS.warmup, 0),
    keep: values.keep,
    out: values.out,
    write: !values['no-write'],
  };
}

// ---------------------------------------------------------------------------------------------
// The dataset: generated as loose files, the latest days held out, the rest zipped

/** The Dagtekening in a message's header (the first kilobytes are enough). */
function dagtekening(file) {
  const fd = fs.openSync(file, 'r');
  try {
    const head = Buffer.alloc(2048);
    const n = fs.readSync(fd, head, 0, head.length, 0);
    return /Dagtekening>(\d{4}-\d{2}-\d{2})</.exec(head.toString('utf8', 0, n))?.[1] ?? null;
  } finally {
    fs.closeSync(fd);
  }
}

const recordsIn = (file) => (fs.readFileSync(file, 'utf8').match(RECORD_TAG) ?? []).length;
const kindOf = (name) => (name.endsWith('.csv') ? `csv:${name.slice(0, -4)}` : name.replace(/-.*$/, ''));

/**
 * The messages of the most recent days, whole days, back until they hold at least `minRecords`
 * records (301 ToegewezenProduct, 305 StartProduct, 307 StopProduct, 323 Prestatie).
 */
function chooseDay(genDir, minRecords) {
  const byDay = new Map();
  for (const name of fs.readdirSync(genDir)) {
    if (!name.endsWith('.xml')) continue;
    const day = dagtekening(path.join(genDir, name));
    if (!day) throw new BenchError(`${name} has no Dagtekening.`);
    (byDay.get(day) ?? byDay.set(day, []).get(day)).push(name);
  }
  const days = [];
  const files = [];
  let records = 0;
  const byKind = {};
  for (const day of [...byDay.keys()].sort().reverse()) {
    let dayRecords = 0;
    for (const name of byDay.get(day)) {
      const n = recordsIn(path.join(genDir, name));
      const k = (byKind[kindOf(name)] ??= { files: 0, records: 0 });
      k.files += 1;
      k.records += n;
      dayRecords += n;
      files.push(name);
    }
    days.push({ day, files: byDay.get(day).length, records: dayRecords });
    records += dayRecords;
    if (records >= minRecords) break;
  }
  return { days, files, records, bytes: files.reduce((sum, name) => sum + fs.statSync(path.join(genDir, name)).size, 0), byKind };
}

/** Zips every file left in `genDir` (CSV files first, then the messages by name) with the generator's ZIP writer. */
async function zipRest(genDir, zipFile, today) {
  const { ZipWriter } = await loadSource(ZIP_WRITER);
  const [year, month, day] = today.split('-').map(Number);
  const zip = new ZipWriter(zipFile, { year, month, day });
  const names = fs.readdirSync(genDir).sort((a, b) => Number(b.endsWith('.csv')) - Number(a.endsWith('.csv')) || (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const entry = zip.entry(name);
    entry.write(fs.readFileSync(path.join(genDir, name), 'utf8'));
    entry.close();
  }
  zip.close();
  return names.length;
}

async function prepareDataset(options, tmpDir) {
  const genDir = path.join(tmpDir, 'generated');
  const dayDir = path.join(tmpDir, 'day');
  console.error(`bench: generating Demodam at scale ${options.scale}, seed ${options.seed}, today ${options.today}…`);
  const generated = await generateDemodam({ dir: genDir }, options);
  console.error(`bench: generated in ${(generated.generateMs / 1000).toFixed(1)} s`);
  let t0 = performance.now();
  const day = chooseDay(genDir, options.dayRecords);
  fs.mkdirSync(dayDir);
  for (const name of day.files) fs.renameSync(path.join(genDir, name), path.join(dayDir, name));
  day.chooseMs = Math.round(performance.now() - t0);
  console.error(`bench: held out the messages of ${day.days.map((d) => d.day).join(', ')}: ${day.records} records in ${day.files.length} files`);
  t0 = performance.now();
  const zip = path.join(tmpDir, `demodam-scale${options.scale}-seed${options.seed}-bulk.zip`);
  const entries = await zipRest(genDir, zip, options.today);
  const zipMs = Math.round(performance.now() - t0);
  fs.rmSync(genDir, { recursive: true, force: true });
  const zipInfo = await describeZip(zip);
  const { DEFAULT_ZIP_LIMITS } = await loadSource(READ_ZIP);
  const parts = zipInfo.entries > DEFAULT_ZIP_LIMITS.maxEntries ? await splitZip(zip, DEFAULT_ZIP_LIMITS.maxEntries, tmpDir) : [zip];
  console.error(`bench: the rest zipped in ${(zipMs / 1000).toFixed(1)} s: ${entries} files, ${(zipInfo.bytes / 2 ** 20).toFixed(0)} MiB${parts.length > 1 ? `, in ${parts.length} uploads` : ''}`);
  return { generated, zip, zipMs, zipInfo, parts, day: { ...day, dir: dayDir } };
}

// ---------------------------------------------------------------------------------------------
// The endpoints

function gripRoutes(baseUrl, year) {
  return {
    budget: `${baseUrl}/api/v1/grip/budget?year=${year}`,
    variance: `${baseUrl}/api/v1/grip/variance`,
    signals: `${baseUrl}/api/v1/grip/signals`,
    providers: `${baseUrl}/api/v1/grip/providers?year=${year}`,
    flows: `${baseUrl}/api/v1/grip/flows`,
    budgetMonths: `${baseUrl}/api/v1/grip/budget/months?year=${year}`,
  };
}

async function timeGrip(server, token, year, options) {
  const { result, last } = await timeRoutes(gripRoutes(server.baseUrl, year), token, options);
  const budget = last.budget.body;
  const signals = last.signals.body;
  if (!(budget.totals.budgetCents > 0) || !(budget.totals.realisedCents > 0)) throw new BenchError(`GET /grip/budget shows no budget or nothing realised: ${JSON.stringify(budget.totals)}`);
  result.budget.answer = { lines: budget.lines.length, totals: budget.totals };
  result.variance.answer = { differenceCents: last.variance.body.differenceCents, categories: last.variance.body.byProductCategory.length };
  result.signals.answer = { total: signals.total, items: signals.items.length, byType: signals.byType };
  result.providers.answer = { providers: last.providers.body.items.length };
  result.flows.answer = { months: last.flows.body.length };
  result.budgetMonths.answer = { months: last.budgetMonths.body.months.length };
  return result;
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of every SQL statement the endpoints' loaders run: the loaders of
 * src/grip are called with the real Drizzle database, whose `execute` explains each statement
 * (on a direct connection) before running it, so the loaders get their real rows.
 */
async function explainGrip(databaseUrl, today, year) {
  const { openPostgres } = await loadSource(DB_CLIENT);
  const { loadGripBudget, loadGripBudgetMonths } = await loadSource(GRIP('budget.service.ts'));
  const { loadGripVariance, resolveVarianceQuery } = await loadSource(GRIP('variance.service.ts'));
  const { loadGripSignals } = await loadSource(GRIP('signals.service.ts'));
  const { loadGripProviders } = await loadSource(GRIP('providers.service.ts'));
  const { loadGripFlows, resolveFlowsQuery } = await loadSource(GRIP('flows.service.ts'));
  const database = await openPostgres(databaseUrl);
  const direct = await openDirect('postgres', { databaseUrl });
  const explain = await explainer(direct);
  const plans = [];
  // One statement at a time (the loaders run some in parallel), so no plan is timed beside another.
  let queue = Promise.resolve();
  const serially = (work) => (queue = queue.then(work, work));
  const explaining = (endpoint) =>
    new Proxy(database.db, {
      get(target, prop) {
        if (prop !== 'execute') return Reflect.get(target, prop, target);
        return (statement) =>
          serially(async () => {
            const { executionMs, plan } = await explain(statement);
            plans.push({ endpoint, executionMs, firstLine: plan.split('\n')[0], plan: executionMs >= DEFAULTS.planFromMs ? plan : undefined });
            return target.execute(statement);
          });
      },
    });
  const q = { year, date: today, asOf: today };
  try {
    await loadGripBudget(explaining('budget'), TENANT, q);
    await loadGripVariance(explaining('variance'), TENANT, resolveVarianceQuery({}, today));
    await loadGripSignals(explaining('signals'), TENANT, today, { status: 'all', limit: 1000, offset: 0 });
    await loadGripProviders(explaining('providers'), TENANT, year, today);
    await loadGripFlows(explaining('flows'), TENANT, resolveFlowsQuery({}, today));
    await loadGripBudgetMonths(explaining('budgetMonths'), TENANT, q);
  } finally {
    await direct.close();
    await database.close();
  }
  const byEndpoint = {};
  for (const p of plans) {
    const e = (byEndpoint[p.endpoint] ??= { statements: 0, executionMs: 0, slowestMs: 0 });
    e.statements += 1;
    e.executionMs = round2(e.executionMs + p.executionMs);
    e.slowestMs = Math.max(e.slowestMs, p.executionMs);
  }
  return { byEndpoint, plans };
}

// ---------------------------------------------------------------------------------------------
// The daily refresh through the watched import folder

async function counts(db) {
  const out = {};
  for (const table of COUNTED) out[table] = Number((await db.query(`select count(*)::bigint as n from ${table} where tenant_id = $1`, [TENANT]))[0].n);
  return out;
}

/**
 * Puts the held-out messages in <importDir>/<tenant>/ (dated back, so they count as settled) and
 * runs `doorbraak refresh-imports --tenant <tenant>` beside the running server (PostgreSQL) or
 * with it stopped (PGlite holds its data dir). Timed: the CLI from start to exit, and the pass as
 * it recorded itself (import_folder_runs), with its jobs.
 */
async function refresh(kind, target, day, workDir) {
  const importDir = path.join(workDir, 'importmap');
  const folder = path.join(importDir, TENANT);
  fs.mkdirSync(folder, { recursive: true });
  const settled = new Date(Date.now() - SETTLED_AGO_MS);
  for (const name of day.files) {
    fs.copyFileSync(path.join(day.dir, name), path.join(folder, name));
    fs.utimesSync(path.join(folder, name), settled, settled);
  }
  let db = await openDirect(kind, target);
  const before = await counts(db);
  if (kind === 'pglite') await db.close();
  const t0 = performance.now();
  const stdout = await runNode([BIN, 'refresh-imports', '--tenant', TENANT], { env: { ...serverEnv(target), DOORBRAAK_IMPORT_DIR: importDir }, what: 'doorbraak refresh-imports', timeoutMs: 30 * 60 * 1000 });
  const cliMs = Math.round(performance.now() - t0);
  if (kind === 'pglite') db = await openDirect(kind, target);
  try {
    const after = await counts(db);
    const [run] = await db.query(
      `select id, status, files, imported_files, rejected_files, job_ids, message, started_at, finished_at,
        extract(epoch from (finished_at - started_at)) * 1000 as ms
       from import_folder_runs where tenant_id = $1 order by started_at desc limit 1`,
      [TENANT],
    );
    if (!run) throw new BenchError(`refresh-imports recorded no run. Its output: ${stdout.trim()}`);
    const jobIds = typeof run.job_ids === 'string' ? JSON.parse(run.job_ids) : run.job_ids;
    const jobs = await db.query(
      `select id, status, file_name, records, jsonb_array_length(files) as files,
        extract(epoch from (started_at - created_at)) * 1000 as queued_ms, extract(epoch from (finished_at - started_at)) * 1000 as run_ms
       from import_jobs where tenant_id = $1 and id = any($2::text[])`,
      [TENANT, jobIds],
    );
    if (run.status !== 'done' || run.imported_files !== day.files.length) {
      throw new BenchError(`The folder run ended ${run.status} with ${run.imported_files} of ${day.files.length} files imported: ${run.message}`);
    }
    const left = fs.readdirSync(folder).filter((name) => name.endsWith('.xml'));
    return {
      files: day.files.length,
      records: day.records,
      cliMs,
      runMs: Math.round(Number(run.ms)),
      run: { status: run.status, files: run.files, importedFiles: run.imported_files, rejectedFiles: run.rejected_files, message: run.message },
      jobs: jobs.map((j) => ({ id: j.id, status: j.status, fileName: j.file_name, records: Number(j.records), files: Number(j.files), queuedMs: Math.round(Number(j.queued_ms)), runMs: Math.round(Number(j.run_ms)) })),
      rows: { before, after, added: Object.fromEntries(COUNTED.map((t) => [t, after[t] - before[t]])) },
      filesLeftInFolder: left.length,
      cliOutput: stdout.trim(),
    };
  } finally {
    await db.close();
  }
}

// ---------------------------------------------------------------------------------------------
// One database kind

async function analyze(kind, target, server, startAgain) {
  if (kind === 'pglite') await stopServer(server);
  const db = await openDirect(kind, target);
  const t0 = performance.now();
  try {
    await db.query('analyze');
  } finally {
    await db.close();
  }
  const ms = Math.round(performance.now() - t0);
  return { ms, server: kind === 'pglite' ? await startAgain() : server };
}

export async function measure(kind, dataset, options, log = console.error) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `doorbraak-bench-grip-${kind}-`));
  const adminUrl = process.env.BENCH_DATABASE_URL;
  let database = null;
  let server = null;
  const cleanup = async () => {
    await stopServer(server);
    if (database && options.keep) log(`bench[${kind}]: kept database ${database.name} (--keep); drop it with DROP DATABASE ${database.name}`);
    else if (database) await dropBenchDatabase(adminUrl, database.name).catch((error) => log(`bench: could not drop database ${database.name}: ${error.message}`));
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  activeCleanups.add(cleanup);
  try {
    if (kind === 'postgres') {
      if (!adminUrl) throw new BenchError('Measuring on PostgreSQL needs BENCH_DATABASE_URL (see bench/README.md).');
      database = await createBenchDatabase(adminUrl);
    }
    const target = { dataDir: path.join(workDir, 'data'), databaseUrl: database?.url };
    const logFile = path.join(workDir, 'server.log');
    const year = Number(options.today.slice(0, 4));
    await setUp(target);
    const start = async () => {
      const started = await startServer(target, { logFile });
      if (started.health.database !== kind) throw new BenchError(`The server reports database "${started.health.database}", expected "${kind}".`);
      return started;
    };
    server = await start();
    const token = await apiToken(server.baseUrl);
    log(`bench[${kind}]: server pid ${server.child.pid} up; importing ${path.basename(dataset.zip)} (${dataset.zipInfo.entries} files)…`);
    const imported = await importParts(server, token, dataset.parts, DEFAULTS.pollMs);
    log(`bench[${kind}]: imported ${imported.records} records in ${(imported.wallMs / 1000).toFixed(1)} s`);

    let statistics = null;
    if (kind === 'postgres') {
      const db = await openDirect(kind, target);
      try {
        statistics = await statsState(db);
      } finally {
        await db.close();
      }
    }
    const asImported = await timeGrip(server, token, year, options);
    log(`bench[${kind}]: as imported: ${Object.entries(asImported).map(([name, r]) => `${name} ${r.medianMs} ms`).join(', ')}`);
    const explained = kind === 'postgres' ? await explainGrip(target.databaseUrl, options.today, year) : null;

    const analysed = await analyze(kind, target, server, start);
    server = analysed.server;
    const afterAnalyze = await timeGrip(server, token, year, options);
    log(`bench[${kind}]: after ANALYZE (${analysed.ms} ms): ${Object.entries(afterAnalyze).map(([name, r]) => `${name} ${r.medianMs} ms`).join(', ')}`);
    const explainedAnalysed = kind === 'postgres' ? await explainGrip(target.databaseUrl, options.today, year) : null;

    if (kind === 'pglite') {
      await stopServer(server);
      server = null;
    }
    log(`bench[${kind}]: refresh: ${dataset.day.files.length} files (${dataset.day.records} records) through the import folder…`);
    const refreshed = await refresh(kind, target, dataset.day, workDir);
    log(`bench[${kind}]: refresh-imports took ${(refreshed.cliMs / 1000).toFixed(1)} s (the pass itself ${(refreshed.runMs / 1000).toFixed(1)} s)`);
    await stopServer(server);
    server = null;

    return {
      database: kind,
      import: { wallMs: Math.round(imported.wallMs), records: imported.records, files: imported.files, byKind: imported.byKind },
      endpoints: {
        asImported: { statistics, ...asImported },
        afterAnalyze: { analyzeMs: analysed.ms, ...afterAnalyze },
        explain: explained && { asImported: explained, afterAnalyze: explainedAnalysed },
      },
      refresh: refreshed,
    };
  } finally {
    await cleanup();
    activeCleanups.delete(cleanup);
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

export function targets(result) {
  const onPostgres = result.database === 'postgres';
  const e = result.endpoints.asImported;
  return [
    { name: `budget < ${TARGETS.budget} ms (median, as imported)`, value: `${e.budget.medianMs} ms`, met: e.budget.medianMs < TARGETS.budget, applies: onPostgres },
    { name: `variance < ${TARGETS.variance} ms (median, as imported)`, value: `${e.variance.medianMs} ms`, met: e.variance.medianMs < TARGETS.variance, applies: onPostgres },
    { name: `signals < ${TARGETS.signals} ms (median, as imported)`, value: `${e.signals.medianMs} ms`, met: e.signals.medianMs < TARGETS.signals, applies: onPostgres },
    { name: `refresh of ${result.refresh.records} records < ${TARGETS.refreshMs / 1000} s`, value: `${(result.refresh.cliMs / 1000).toFixed(1)} s`, met: result.refresh.cliMs < TARGETS.refreshMs, applies: onPostgres },
  ];
}

export function formatTable(results) {
  const names = ['budget', 'variance', 'signals', 'providers', 'flows', 'budgetMonths'];
  const target = { budget: TARGETS.budget, variance: TARGETS.variance, signals: TARGETS.signals };
  const header = ['database', 'endpoint', 'target ms', 'median ms (as imported)', 'min–max', 'after ANALYZE'];
  const rows = [];
  for (const r of results) {
    for (const name of names) {
      const a = r.endpoints.asImported[name];
      rows.push([r.database, name, target[name] ? String(target[name]) : '–', String(a.medianMs), `${a.minMs}–${a.maxMs}`, String(r.endpoints.afterAnalyze[name].medianMs)]);
    }
    rows.push([r.database, `refresh (${r.refresh.records} records)`, String(TARGETS.refreshMs), String(r.refresh.cliMs), `pass ${r.refresh.runMs}`, '']);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row) => row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

export async function cli(argv, { defaultDb } = {}) {
  process.env.BENCH_DATABASE_URL ??= process.env.DOORBRAAK_BENCH_DATABASE_URL;
  if (!process.env.BENCH_DATABASE_URL) delete process.env.BENCH_DATABASE_URL;
  // The server must not run the watched folder on its own schedule: the refresh is timed by hand.
  delete process.env.DOORBRAAK_IMPORT_DIR;
  const parsed = parseBenchArgs(argv, { options: OPTIONS, usage: USAGE, resolveOptions, defaultDb });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { options, kinds } = parsed;
  installSignalHandlers();
  const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-bench-grip-data-'));
  const removeTmp = async () => fs.rmSync(tmpDir, { recursive: true, force: true });
  activeCleanups.add(removeTmp);
  try {
    const startedAt = new Date();
    const digest = sourceDigest(['src/grip', 'src/imports', 'src/services', 'src/demo/demodam', 'src/db']);
    const loadavgBefore = os.loadavg().map(round2);
    const busyBefore = await machineBusy();
    if (busyBefore !== null && busyBefore > 0.15) console.error(`bench: WARNING: ${(busyBefore * 100).toFixed(0)} % of the CPU was busy before the benchmark started; expect noisy numbers.`);
    const dataset = await prepareDataset(options, tmpDir);
    const results = [];
    for (const kind of kinds) results.push(await measure(kind, dataset, options));

    console.log(`\nGrip: GET /api/v1/grip/* on Demodam scale ${options.scale} (median of ${options.requests} after ${options.warmup} warm-up, as an analist), and the refresh of ${dataset.day.records} records through the import folder\n`);
    console.log(formatTable(results));
    if (options.write) {
      const suffix = kinds.length === 1 && kinds[0] !== 'postgres' ? `-${kinds[0]}` : '';
      const out = path.resolve(options.out ?? path.join(ROOT, 'bench', 'results', `${startedAt.toISOString().slice(0, 10)}-grip${suffix}.json`));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const { dir: _dir, files: dayFiles, ...day } = dataset.day;
      const report = {
        benchmark: 'grip',
        date: startedAt.toISOString(),
        command: `node bench/grip.mjs ${argv.join(' ')}`.trim(),
        machine: { ...machineInfo(), sourceDigest: digest, cpuBusyBeforeStart: busyBefore === null ? null : round2(busyBefore), loadavgBefore, loadavgAfter: os.loadavg().map(round2) },
        options,
        targets: TARGETS,
        dataset: {
          generated: dataset.generated,
          zip: path.basename(dataset.zip),
          zipMs: dataset.zipMs,
          zipInfo: dataset.zipInfo,
          uploads: dataset.parts.length,
          day: { ...day, fileCount: dayFiles.length },
        },
        results,
      };
      fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`\nResults written to ${path.relative(process.cwd(), out) || out}`);
    }
    let missed = 0;
    for (const r of results) {
      const counted = r.refresh.rows.before.services + r.refresh.rows.before.declaration_lines;
      if (counted < DEFAULTS.minRecords) console.error(`\nbench: WARNING: ${r.database} held ${counted} service and declaration records, fewer than ${DEFAULTS.minRecords}; raise --scale.`);
      for (const t of targets(r).filter((x) => x.applies)) {
        if (t.met) continue;
        missed += 1;
        console.error(`\nTARGET MISSED on ${r.database}: ${t.name}: ${t.value}.`);
      }
    }
    if (!missed) console.log('\nTargets met on PostgreSQL (PGlite is reported, it has no targets).');
    return missed ? 1 : 0;
  } catch (error) {
    console.error(`\nbench: ${error instanceof BenchError ? error.message : (error.stack ?? error)}`);
    return 2;
  } finally {
    await removeTmp();
    activeCleanups.delete(removeTmp);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await cli(process.argv.slice(2));
}
