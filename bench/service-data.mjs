#!/usr/bin/env node
// Service data (issue 11): importing a million service and declaration records through the API,
// the server's memory meanwhile, and GET /api/v1/services/overlap and /candidates over them, on a
// real server started as a child process on loopback. See bench/README.md.
//
//   node bench/service-data.mjs [--db pglite|postgres|all] [--scale 2] [--seed 2026] [--today YYYY-MM-DD]
//                               [--zip FILE] [--requests 7] [--warmup 2] [--out FILE] [--no-write]
//                               [--cpu-prof-dir DIR]
//
// The synthetic Demodam dataset (src/demo/demodam/write-demodam.ts) is generated once as one ZIP of
// iWmo/iJw messages and CSV files and imported into each database by uploading it to
// POST /api/v1/imports (as an analist with an API token) and polling GET /api/v1/imports/:id. The
// baseline in the same run: the imported rows of `services` and `declaration_lines`, exported
// with COPY … TO, the tables truncated, and the same rows COPYed back into the same tables (same
// indexes) on a direct connection. Setup per database is what an operator does: migrate,
// `tenant add --municipality-code 0999`, `user add --roles analist`, login, POST /api/v1/tokens.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import {
  BenchError,
  HOST,
  ROOT,
  activeCleanups,
  createBenchDatabase,
  dropBenchDatabase,
  freePort,
  installSignalHandlers,
  machineBusy,
  machineInfo,
  median,
  parseBenchArgs,
  processCpuMs,
  round2,
  sleep,
  stopServer,
  tail,
} from './auth-overhead.mjs';

export const DEFAULTS = Object.freeze({
  scale: 2,
  seed: 2026,
  requests: 7,
  warmup: 2,
  pollMs: 5000,
  rssSampleMs: 200,
  activitySampleMs: 100,
  minRatio: 0.5,
  maxRssMiB: 300,
  maxQueryMs: 1000,
  minRecords: 1_000_000,
});

const OPTIONS = {
  db: { type: 'string', default: 'all' },
  scale: { type: 'string' },
  seed: { type: 'string' },
  today: { type: 'string' },
  zip: { type: 'string' },
  requests: { type: 'string' },
  warmup: { type: 'string' },
  'cpu-prof-dir': { type: 'string' },
  keep: { type: 'boolean', default: false },
  out: { type: 'string' },
  'no-write': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export const USAGE = `Usage: node bench/service-data.mjs [options]

Imports the synthetic Demodam dataset (≥ 1,000,000 service and declaration records at the default
scale) through POST /api/v1/imports on a server started on ${HOST}, against a raw COPY of the same
rows; samples the server's memory; then times GET /api/v1/services/overlap and /candidates.

  --db KIND          pglite, postgres or all (default: all; postgres needs BENCH_DATABASE_URL)
  --scale N          generator scale, 1 = 120,000 residents (default ${DEFAULTS.scale})
  --seed S           generator seed (default ${DEFAULTS.seed})
  --today DATE       the generator's today and the endpoints' date (default: today in Amsterdam)
  --zip FILE         import this ZIP instead of generating one (then --scale/--seed are not used)
  --requests N       measured requests per endpoint, at least 5 (default ${DEFAULTS.requests})
  --warmup N         unmeasured requests per endpoint before them (default ${DEFAULTS.warmup})
  --cpu-prof-dir DIR run the import's server with --cpu-prof and summarise the profile (slows it down)
  --keep             leave the PostgreSQL database (its name is printed) for EXPLAIN by hand; drop it yourself
  --out FILE         JSON result file (default bench/results/<date>-service-data.json)
  --no-write         do not write the JSON result file

Targets (PostgreSQL): import ≥ ${DEFAULTS.minRatio * 100} % of the raw COPY's records/s, server RSS < ${DEFAULTS.maxRssMiB} MiB during
the import, overlap and candidates each < ${DEFAULTS.maxQueryMs} ms (median).
`;

export const TENANT = 'demo';
export const MUNICIPALITY_CODE = '0999';
export const ANALIST = { email: 'analist@bench.example', name: 'Bench Analist', password: 'bench-analist-wachtwoord-2026' };
export const BIN = path.join(ROOT, 'bin', 'doorbraak.mjs');
const WRITE_DEMODAM = path.join(ROOT, 'src', 'demo', 'demodam', 'write-demodam.ts');
const QUERIES = path.join(ROOT, 'src', 'services', 'services.queries.ts');
const READ_ZIP = path.join(ROOT, 'src', 'imports', 'zip', 'read-zip.ts');
const STARTUP_TIMEOUT_MS = 180_000;
const IMPORT_TIMEOUT_MS = 3 * 60 * 60 * 1000;
/** The tables the baseline COPYs back: the records the throughput counts. */
const BASELINE_TABLES = ['services', 'declaration_lines'];
const COUNTED_TABLES = ['services', 'declaration_lines', 'service_deliveries', 'service_clients', 'household_members', 'providers', 'tariffs', 'budget_lines', 'realisations'];

export const amsterdamToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

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
  const today = values.today ?? amsterdamToday();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new BenchError(`--today must be a date YYYY-MM-DD, not "${today}".`);
  if (values.zip && !fs.existsSync(values.zip)) throw new BenchError(`--zip ${values.zip} does not exist.`);
  return {
    scale,
    seed: int('seed', DEFAULTS.seed, 0),
    today,
    zip: values.zip ? path.resolve(values.zip) : undefined,
    requests: int('requests', DEFAULTS.requests, 5),
    warmup: int('warmup', DEFAULTS.warmup, 0),
    cpuProfDir: values['cpu-prof-dir'] ? path.resolve(values['cpu-prof-dir']) : undefined,
    keep: values.keep,
    out: values.out,
    write: !values['no-write'],
  };
}

// ---------------------------------------------------------------------------------------------
// Child processes: the generator, the CLI (setup) and the server

/** Runs a node script to its end; resolves with its stdout, throws with its output on failure. */
export function runNode(args, { env, input, what, timeoutMs = 30 * 60 * 1000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout);
      else reject(new BenchError(`${what} failed (${signal ?? `exit ${code}`}):\n${(stderr || stdout).trim().slice(-3000)}`));
    });
    child.stdin.end(input ?? '');
  });
}

/** The environment of a production server and its CLI: no demo data, our own data dir and database. */
export function serverEnv({ dataDir, databaseUrl, port }) {
  const env = { ...process.env, DOORBRAAK_DATA_DIR: dataDir, DOORBRAAK_DEMO: '0', NODE_ENV: 'production', HOST };
  delete env.DATABASE_URL;
  delete env.DOORBRAAK_SECRET;
  delete env.DOORBRAAK_TRUST_PROXY;
  delete env.PORT;
  if (port !== undefined) env.PORT = String(port);
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  return env;
}

const doorbraak = (target, args, input) => runNode([BIN, ...args], { env: serverEnv(target), input, what: `doorbraak ${args[0]}${args[1] ? ` ${args[1]}` : ''}` });

/** What an operator does before the first import: schema, the municipality with its CBS code, an analist. */
export async function setUp(target) {
  await doorbraak(target, ['migrate']);
  await doorbraak(target, ['tenant', 'add', '--id', TENANT, '--name', 'Gemeente Demodam', '--municipality-code', MUNICIPALITY_CODE]);
  await doorbraak(target, ['user', 'add', '--tenant', TENANT, '--email', ANALIST.email, '--name', ANALIST.name, '--roles', 'analist', '--password-stdin'], ANALIST.password);
}

/** `node bin/doorbraak.mjs serve` with DOORBRAAK_DEMO=0 (auth-overhead's startServer seeds demo data). */
export async function startServer(target, { logFile, cpuProfDir }) {
  const port = await freePort();
  const logFd = fs.openSync(logFile, 'a');
  const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const child = spawn(process.execPath, [...nodeArgs, BIN, 'serve'], { cwd: ROOT, env: serverEnv({ ...target, port }), stdio: ['ignore', logFd, logFd] });
  fs.closeSync(logFd);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let exitInfo = null;
  void exited.then((info) => (exitInfo = info));
  const server = { child, port, logFile, exited, baseUrl: `http://${HOST}:${port}`, isRunning: () => exitInfo === null };
  const started = Date.now();
  for (;;) {
    if (exitInfo) throw new BenchError(`The server exited during startup (${JSON.stringify(exitInfo)}). Its log:\n${tail(logFile)}`);
    try {
      const res = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) {
        server.health = await res.json();
        server.startupMs = Date.now() - started;
        return server;
      }
    } catch {
      // not listening yet
    }
    if (Date.now() - started > STARTUP_TIMEOUT_MS) {
      await stopServer(server);
      throw new BenchError(`The server did not answer /api/health within ${STARTUP_TIMEOUT_MS / 1000} s. Its log:\n${tail(logFile)}`);
    }
    await sleep(200);
  }
}

/** Login as the analist, then an API token (what `import-data` against a server uses). */
export async function apiToken(baseUrl) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: ANALIST.email, password: ANALIST.password }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!login.ok) throw new BenchError(`Login as ${ANALIST.email} failed: HTTP ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('doorbraak_sessie='));
  const { csrfToken } = await login.json();
  const res = await fetch(`${baseUrl}/api/v1/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'benchmark' }),
    signal: AbortSignal.timeout(30_000),
  });
  if (res.status !== 201) throw new BenchError(`POST /api/v1/tokens answered ${res.status}: ${await res.text()}`);
  return (await res.json()).token;
}

// ---------------------------------------------------------------------------------------------
// The dataset

let tsxRegistered = false;
/** A module of src/ (TypeScript), loaded through tsx as the server loads it. */
export async function loadSource(file) {
  if (!tsxRegistered) {
    const { register } = await import('tsx/esm/api');
    register();
    tsxRegistered = true;
  }
  return import(pathToFileURL(file).href);
}

async function generateZip(file, options) {
  return generateDemodam({ zip: file }, options);
}

/** Runs `writeDemodam` in a child process into `target`: `{ zip: FILE }` or `{ dir: DIR }` (loose files). */
export async function generateDemodam(target, options) {
  if (!fs.existsSync(WRITE_DEMODAM)) throw new BenchError(`${path.relative(ROOT, WRITE_DEMODAM)} does not exist yet: the generator is needed for this benchmark.`);
  const script = `import { register } from 'tsx/esm/api';
register();
const { writeDemodam } = await import(${JSON.stringify(pathToFileURL(WRITE_DEMODAM).href)});
const t0 = performance.now();
const result = await writeDemodam(JSON.parse(process.env.BENCH_TARGET), JSON.parse(process.env.BENCH_OPTIONS));
const text = JSON.stringify(result ?? null);
process.stdout.write(JSON.stringify({ ms: performance.now() - t0, result: text.length < 20000 ? JSON.parse(text) : 'too large to record' }));`;
  const generatorOptions = { scale: options.scale, seed: options.seed, today: options.today, municipalityCode: MUNICIPALITY_CODE };
  const t0 = performance.now();
  const out = await runNode(['--input-type=module', '-e', script], {
    env: { ...process.env, BENCH_TARGET: JSON.stringify(target), BENCH_OPTIONS: JSON.stringify(generatorOptions) },
    what: 'writeDemodam',
    timeoutMs: 2 * 60 * 60 * 1000,
  });
  const parsed = JSON.parse(out.trim().split('\n').at(-1));
  return { generatorOptions, generateMs: Math.round(performance.now() - t0), writeDemodamMs: Math.round(parsed.ms), writeDemodamResult: parsed.result };
}

/** Entries of the ZIP by kind (301/305/307/323 messages are told apart by the importer, not here). */
export async function describeZip(file) {
  const yauzl = (await import('yauzl')).default;
  const zip = await new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, z) => (error ? reject(error) : resolve(z))));
  const byKind = {};
  let entries = 0;
  let uncompressedBytes = 0;
  await new Promise((resolve, reject) => {
    zip.on('entry', (entry) => {
      if (!entry.fileName.endsWith('/')) {
        entries += 1;
        uncompressedBytes += entry.uncompressedSize;
        const name = path.basename(entry.fileName).toLowerCase();
        const kind = name.endsWith('.xml') ? 'xml' : name.endsWith('.csv') ? `csv:${name.replace(/[^a-z].*$/, '')}` : 'other';
        const k = (byKind[kind] ??= { files: 0, uncompressedBytes: 0 });
        k.files += 1;
        k.uncompressedBytes += entry.uncompressedSize;
      }
      zip.readEntry();
    });
    zip.once('end', resolve);
    zip.once('error', reject);
    zip.readEntry();
  });
  return { bytes: fs.statSync(file).size, entries, uncompressedBytes, byKind };
}

/**
 * The importer refuses a ZIP with more entries than its limit (DEFAULT_ZIP_LIMITS.maxEntries in
 * src/imports/zip/read-zip.ts), and the generator writes one 301 per client per provider. So a
 * large dataset is uploaded as several ZIPs of at most that many entries, in the generator's
 * order (re-deflated with fflate; the parts hold the same files).
 */
export async function splitZip(file, maxEntries, outDir) {
  const yauzl = (await import('yauzl')).default;
  const { zipSync } = await import('fflate');
  const zip = await new Promise((resolve, reject) => yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, z) => (error ? reject(error) : resolve(z))));
  const parts = [];
  let part = {};
  let count = 0;
  const flush = () => {
    if (count === 0) return;
    const name = path.join(outDir, `${path.basename(file, '.zip')}-part${String(parts.length + 1).padStart(3, '0')}.zip`);
    fs.writeFileSync(name, zipSync(part, { level: 6 }));
    parts.push(name);
    part = {};
    count = 0;
  };
  const read = (entry) =>
    new Promise((resolve, reject) =>
      zip.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        const chunks = [];
        stream.on('data', (c) => chunks.push(c));
        stream.once('end', () => resolve(Buffer.concat(chunks)));
        stream.once('error', reject);
      }),
    );
  await new Promise((resolve, reject) => {
    zip.on('entry', (entry) => {
      if (entry.fileName.endsWith('/')) return zip.readEntry();
      read(entry).then((bytes) => {
        part[entry.fileName] = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
        if (++count >= maxEntries) flush();
        zip.readEntry();
      }, reject);
    });
    zip.once('end', resolve);
    zip.once('error', reject);
    zip.readEntry();
  });
  flush();
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Sampling from the outside: RSS of the server, CPU of the server and of PostgreSQL, and what the
// server's PostgreSQL connections are doing (pg_stat_activity) during the import

const readStatus = (pid) => {
  try {
    const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? NaN);
    return { rssKiB: kib('VmRSS'), hwmKiB: kib('VmHWM') };
  } catch {
    return null;
  }
};
const mib = (kib) => (Number.isFinite(kib) ? Math.round(kib / 102.4) / 10 : null);

function rssSampler(pid, intervalMs) {
  const samples = [];
  const t0 = performance.now();
  const sample = () => {
    const status = readStatus(pid);
    if (status) samples.push({ t: Math.round(performance.now() - t0), rssKiB: status.rssKiB });
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      const hwm = readStatus(pid)?.hwmKiB;
      const peak = samples.reduce((max, s) => Math.max(max, s.rssKiB), 0);
      // About one sample a second for the record; the peak is taken from all of them.
      const every = Math.max(1, Math.round(1000 / intervalMs));
      return {
        intervalMs,
        samples: samples.length,
        startMiB: mib(samples[0]?.rssKiB),
        peakMiB: mib(peak),
        endMiB: mib(samples.at(-1)?.rssKiB),
        /** VmHWM: the kernel's own high-water mark of the process since it started. */
        highWaterMarkMiB: mib(hwm),
        timelineMiB: samples.filter((_, i) => i % every === 0).map((s) => [Math.round(s.t / 100) / 10, mib(s.rssKiB)]),
      };
    },
  };
}

let msPerTick;
/** CPU ms of a PostgreSQL cluster on this machine: the postmaster, its children, and its exited children. */
function clusterCpuMs(postmasterPid) {
  if (!postmasterPid || processCpuMs(postmasterPid) === null) return null;
  msPerTick ??= 1000 / (Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100);
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    if (pid !== postmasterPid && Number(fields[1]) !== postmasterPid) continue;
    ticks += Number(fields[11]) + Number(fields[12]);
    // Backends that exited (pool connections closed) are counted in the postmaster's cutime/cstime.
    if (pid === postmasterPid) ticks += Number(fields[13]) + Number(fields[14]);
  }
  return ticks * msPerTick;
}

/** The import's statements, sampled: which one PostgreSQL is executing, or whether it waits for the server. */
function classify(rows) {
  const active = rows.filter((r) => r.state === 'active');
  const copy = active.find((r) => /^\s*copy\s+import_stage_/i.test(r.query));
  if (copy) return { phase: copy.wait ? `copy into staging (waiting: ${copy.wait})` : 'copy into staging', statement: fingerprint(copy.query) };
  const merge = active.find((r) => /import_stage_|^\s*(insert into|update|with up as)\s/i.test(r.query) && !/import_jobs|api_tokens|audit/i.test(r.query));
  if (merge) return { phase: 'merge (upsert from staging)', statement: fingerprint(merge.query) };
  const commit = active.find((r) => /^\s*commit/i.test(r.query));
  if (commit) return { phase: 'commit', statement: 'COMMIT' };
  if (rows.some((r) => r.state === 'idle in transaction')) return { phase: 'server busy inside a file (unzip, parse, pseudonymise, batch)', statement: null };
  if (active.length > 0) return { phase: 'other statements (job row, audit, auth)', statement: fingerprint(active[0].query) };
  return { phase: 'no transaction open (upload, between files)', statement: null };
}

const fingerprint = (query) => query.replace(/\s+/g, ' ').trim().slice(0, 90);

function activitySampler(databaseUrl, intervalMs) {
  const client = new pg.Client({ connectionString: databaseUrl });
  client.on('error', () => {});
  const phases = new Map();
  const statements = new Map();
  let samples = 0;
  let last = performance.now();
  let running = true;
  let failure = null;
  const loop = (async () => {
    await client.connect();
    while (running) {
      const res = await client.query(
        `select state, coalesce(wait_event_type || ':' || wait_event, '') as wait, query from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
      );
      const now = performance.now();
      const { phase, statement } = classify(res.rows.map((r) => ({ ...r, wait: r.wait === 'Client:ClientRead' ? 'ClientRead' : r.wait })));
      const ms = now - last;
      last = now;
      samples += 1;
      phases.set(phase, (phases.get(phase) ?? 0) + ms);
      if (statement) statements.set(statement, (statements.get(statement) ?? 0) + ms);
      await sleep(intervalMs);
    }
  })().catch((error) => (failure = error.message));
  return {
    async stop() {
      running = false;
      await loop;
      await client.end().catch(() => {});
      const total = [...phases.values()].reduce((a, b) => a + b, 0) || 1;
      const share = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]).map(([name, ms]) => ({ name, seconds: round2(ms / 1000), share: round2(ms / total) }));
      return { intervalMs, samples, failure, phases: share(phases), topStatements: share(statements).slice(0, 15) };
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The import through the API

export async function getJson(url, token, timeoutMs = 600_000) {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) });
  const text = await res.text();
  if (res.status !== 200) throw new BenchError(`GET ${url} answered ${res.status}: ${text.slice(0, 500)}`);
  return { body: JSON.parse(text), bytes: Buffer.byteLength(text) };
}

async function upload(server, token, file) {
  const size = fs.statSync(file).size;
  const res = await fetch(`${server.baseUrl}/api/v1/imports?name=${encodeURIComponent(path.basename(file))}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/zip', 'content-length': String(size) },
    body: fs.createReadStream(file),
    duplex: 'half',
    signal: AbortSignal.timeout(30 * 60 * 1000),
  });
  const text = await res.text();
  if (res.status !== 202) throw new BenchError(`POST /api/v1/imports (${path.basename(file)}) answered ${res.status}: ${text.slice(0, 500)}`);
  return JSON.parse(text).id;
}

/**
 * Uploads every part (the job queue runs them one after the other, in order), then polls each
 * job until it is done. Wall time: from the first upload's start to the last job's `finishedAt`
 * (the server's clock, which is this machine's), so the poll interval does not blur it. Polls
 * are sparse on purpose: GET /api/v1/imports/:id answers every file of the job (199,256 at scale
 * 2), which costs the server about half a second per poll near the end; their cost is recorded.
 */
export async function importParts(server, token, parts, pollMs) {
  const startedAtEpoch = Date.now();
  const t0 = performance.now();
  const ids = [];
  for (const part of parts) ids.push(await upload(server, token, part));
  const uploadMs = performance.now() - t0;
  const jobs = [];
  const polls = [];
  for (const id of ids) {
    for (;;) {
      const p0 = performance.now();
      const { body: job, bytes } = await getJson(`${server.baseUrl}/api/v1/imports/${id}`, token);
      const t = performance.now();
      polls.push({ ms: t - p0, bytes });
      if (job.status === 'done') {
        jobs.push({ ...job, doneAtMs: Date.parse(job.finishedAt) - startedAtEpoch });
        break;
      }
      if (!server.isRunning()) throw new BenchError(`The server exited during the import. Its log:\n${tail(server.logFile)}`);
      if (t - t0 > IMPORT_TIMEOUT_MS) throw new BenchError(`The import did not finish within ${IMPORT_TIMEOUT_MS / 60_000} minutes.`);
      await sleep(pollMs);
    }
  }
  const wallMs = Math.max(...jobs.map((job) => job.doneAtMs));
  const files = jobs.flatMap((job) => job.files);
  const rejected = files.filter((f) => f.status === 'rejected');
  if (rejected.length > 0) {
    throw new BenchError(`${rejected.length} of ${files.length} files were rejected, so the numbers would be meaningless; first: ${JSON.stringify(rejected.slice(0, 3))}`);
  }
  const byKind = {};
  for (const f of files) {
    const k = (byKind[f.kind] ??= { files: 0, records: 0, inserted: 0, updated: 0, unchanged: 0 });
    k.files += 1;
    k.records += f.records;
    k.inserted += f.inserted;
    k.updated += f.updated;
    k.unchanged += f.unchanged;
  }
  const latencies = polls.map((p) => p.ms).sort((a, b) => a - b);
  return {
    uploadMs,
    wallMs,
    records: jobs.reduce((sum, job) => sum + job.progress.records, 0),
    jobs: jobs.map((job) => ({ id: job.id, files: job.files.length, records: job.progress.records, doneAtMs: job.doneAtMs })),
    files: files.length,
    byKind,
    polls: {
      intervalMs: pollMs,
      count: polls.length,
      latencyMs: { median: Math.round(median(latencies)), max: Math.round(latencies.at(-1)) },
      /** The last poll before `done` and the `done` answer: what one poll of a big job costs. */
      last: polls.slice(-2).map((p) => ({ ms: Math.round(p.ms), bytes: p.bytes })),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Direct connections: counts, the raw COPY baseline, ANALYZE, EXPLAIN ANALYZE

export async function openDirect(kind, target) {
  if (kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({ dataDir: path.join(target.dataDir, 'pglite') });
    return {
      query: async (text, params) => (await db.query(text, params)).rows,
      copyOut: async (table, file) => {
        const res = await db.query(`COPY (SELECT * FROM ${table} WHERE tenant_id = '${TENANT}') TO '/dev/blob'`);
        fs.writeFileSync(file, Buffer.from(await res.blob.arrayBuffer()));
      },
      copyIn: async (table, file) => {
        await db.query(`COPY ${table} FROM '/dev/blob'`, [], { blob: new Blob([fs.readFileSync(file)]) });
      },
      close: () => db.close(),
    };
  }
  const { from: copyFrom, to: copyTo } = await import('pg-copy-streams');
  const client = new pg.Client({ connectionString: target.databaseUrl });
  await client.connect();
  return {
    query: async (text, params) => (await client.query(text, params)).rows,
    copyOut: (table, file) => pipeline(client.query(copyTo(`COPY (SELECT * FROM ${table} WHERE tenant_id = '${TENANT}') TO STDOUT`)), fs.createWriteStream(file)),
    copyIn: (table, file) => pipeline(fs.createReadStream(file), client.query(copyFrom(`COPY ${table} FROM STDIN`))),
    close: () => client.end(),
  };
}

async function countRows(db) {
  const counts = {};
  for (const table of COUNTED_TABLES) counts[table] = Number((await db.query(`select count(*)::bigint as n from ${table}`))[0].n);
  return counts;
}

/**
 * The raw COPY: the imported rows out (COPY … TO, not timed), the tables emptied, the same rows
 * back in with COPY … FROM (timed), one table after the other, each in its own transaction, into
 * the same tables with the same indexes as the import wrote to.
 */
async function rawCopy(db, workDir, kind, postmasterPid) {
  const files = {};
  for (const table of BASELINE_TABLES) {
    files[table] = path.join(workDir, `${table}.copy`);
    await db.copyOut(table, files[table]);
  }
  await db.query(`truncate ${BASELINE_TABLES.join(', ')}`);
  await db.query('checkpoint');
  const perTable = {};
  const pgCpu0 = kind === 'postgres' ? clusterCpuMs(postmasterPid) : null;
  const t0 = performance.now();
  for (const table of BASELINE_TABLES) {
    const t = performance.now();
    await db.copyIn(table, files[table]);
    perTable[table] = { ms: Math.round(performance.now() - t), bytes: fs.statSync(files[table]).size };
  }
  const ms = performance.now() - t0;
  const pgCpu1 = kind === 'postgres' ? clusterCpuMs(postmasterPid) : null;
  for (const table of BASELINE_TABLES) {
    perTable[table].rows = Number((await db.query(`select count(*)::bigint as n from ${table}`))[0].n);
    fs.rmSync(files[table], { force: true });
  }
  return { ms: Math.round(ms), perTable, postgresCpuMs: pgCpu0 === null || pgCpu1 === null ? null : Math.round(pgCpu1 - pgCpu0) };
}

export async function statsState(db) {
  try {
    return await db.query(
      `select relname as table, n_live_tup::bigint as live, last_analyze::text, last_autoanalyze::text from pg_stat_user_tables
       where relname in (${BASELINE_TABLES.map((t) => `'${t}'`).join(', ')}) order by relname`,
    );
  } catch {
    return null;
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of a Drizzle statement on a direct connection (`openDirect`): its plan and execution time. */
export async function explainer(db) {
  const { PgDialect } = await import('drizzle-orm/pg-core');
  const dialect = new PgDialect();
  return async (statement) => {
    const { sql, params } = dialect.sqlToQuery(statement);
    const rows = await db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    const plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    return { executionMs: round2(Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN)), plan };
  };
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of exactly the statements the endpoints run: the query functions of
 * src/services/services.queries.ts are called with a stand-in for Drizzle's `db` that explains
 * each statement instead of running it (so there is no copy of the SQL here to drift).
 */
async function explainEndpoints(db, date, householdKeys) {
  const { loadOverlap, loadCandidates, loadClientNumbers } = await loadSource(QUERIES);
  const explain = await explainer(db);
  const plans = [];
  const explaining = (endpoint) => ({
    execute: async (statement) => {
      const { executionMs, plan } = await explain(statement);
      plans.push({ endpoint, executionMs, plan });
      return { rows: [] };
    },
  });
  await loadOverlap(explaining('overlap'), TENANT, date);
  await loadCandidates(explaining('candidates'), TENANT, date, 3, 50, 0);
  await loadClientNumbers(explaining('candidates (client numbers)'), TENANT, date, householdKeys);
  return plans;
}

// ---------------------------------------------------------------------------------------------
// The endpoints

/**
 * GET each of `routes` ({ name: url }) as the token's user: one cold request each, `warmup`
 * unmeasured rounds, then `requests` rounds alternating over the routes; per route the latencies,
 * their median, and the last answer (`last[name]`, not part of the result).
 */
export async function timeRoutes(routes, token, { warmup, requests }) {
  const once = async (name) => {
    const t0 = performance.now();
    const { body, bytes } = await getJson(routes[name], token);
    return { ms: performance.now() - t0, body, bytes };
  };
  const result = {};
  for (const name of Object.keys(routes)) result[name] = { firstMs: Math.round((await once(name)).ms), latenciesMs: [] };
  for (let i = 0; i < warmup; i++) for (const name of Object.keys(routes)) await once(name);
  const last = {};
  for (let i = 0; i < requests; i++) {
    for (const name of Object.keys(routes)) {
      const run = await once(name);
      result[name].latenciesMs.push(Math.round(run.ms));
      last[name] = run;
    }
  }
  for (const name of Object.keys(routes)) {
    const l = result[name].latenciesMs;
    Object.assign(result[name], { medianMs: Math.round(median(l)), minMs: Math.min(...l), maxMs: Math.max(...l), responseBytes: last[name].bytes });
  }
  return { result, last };
}

async function timeEndpoints(server, token, date, options) {
  const routes = {
    overlap: `${server.baseUrl}/api/v1/services/overlap?date=${date}`,
    candidates: `${server.baseUrl}/api/v1/services/candidates?date=${date}`,
  };
  const { result, last } = await timeRoutes(routes, token, options);
  const overlap = last.overlap.body;
  const candidates = last.candidates.body;
  if (!(overlap.households > 0)) throw new BenchError(`Overlap on ${date} counts no households: is the date inside the data? ${JSON.stringify(overlap).slice(0, 300)}`);
  result.overlap.answer = { clients: overlap.clients, households: overlap.households, byPillarCount: overlap.byPillarCount };
  result.candidates.answer = { total: candidates.total, items: candidates.items.length, topAnnualCostCents: candidates.items[0]?.annualCostCents ?? null };
  return { ...result, householdKeys: candidates.items.map((item) => item.householdKey) };
}

// ---------------------------------------------------------------------------------------------
// A CPU profile of the server, summarised by what the code is for

const CATEGORIES = [
  ['XML parse (saxes)', (u) => u.includes('/saxes/')],
  ['iStandaard reader (XML → records)', (u) => u.includes('/src/imports/istandaard/')],
  ['CSV parse', (u) => u.includes('/csv-parse/') || u.includes('/src/imports/csv/')],
  ['unzip (yauzl, zlib)', (u, f) => u.includes('/yauzl/') || u.includes('/src/imports/zip/') || u === 'node:zlib' || /inflate|zlib/i.test(f)],
  ['pseudonymise (HMAC)', (u, f) => u.includes('/pseudonymise') || u === 'node:crypto' || u.startsWith('node:internal/crypto') || /hmac/i.test(f)],
  ['staging rows and batches', (u) => u.includes('/src/imports/import-stage') || u.includes('/src/db/bulk') || u.includes('/src/imports/import-file')],
  ['PostgreSQL driver (pg, pg-copy-streams)', (u) => /\/(pg|pg-protocol|pg-copy-streams|pg-types)\//.test(u)],
  ['PGlite (the database itself, WASM)', (u, f) => u.includes('@electric-sql/pglite') || u.startsWith('wasm://') || /^(wasm-function|\$)/.test(f)],
  ['HTTP, Fastify, logging', (u) => /\/(fastify|pino|@fastify|light-my-request|find-my-way|avvio)\//.test(u)],
  ['garbage collection', (_u, f) => f === '(garbage collector)'],
  ['idle', (_u, f) => f === '(idle)'],
  ['other Node/V8', () => true],
];

export function summariseCpuProfile(dir) {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(dir, f)) : [];
  if (files.length === 0) return null;
  // The main thread's profile of the first server (the import's): tsx's loader thread writes a small one too.
  const file = files.sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
  const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
  const category = new Map(profile.nodes.map((n) => [n.id, CATEGORIES.find(([, test]) => test(n.callFrame.url ?? '', n.callFrame.functionName ?? ''))[0]]));
  const totals = new Map();
  profile.samples.forEach((id, i) => totals.set(category.get(id), (totals.get(category.get(id)) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const busy = [...totals.entries()].filter(([name]) => name !== 'idle').reduce((a, [, us]) => a + us, 0) || 1;
  return {
    file,
    busySeconds: round2(busy / 1e6),
    categories: [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([name, us]) => ({ name, seconds: round2(us / 1e6), shareOfBusy: name === 'idle' ? null : round2(us / busy) })),
  };
}

// ---------------------------------------------------------------------------------------------
// One database kind

export async function measure(kind, dataset, options, log = console.error) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `doorbraak-bench-service-data-${kind}-`));
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
    await setUp(target);

    // PostgreSQL's settings and its postmaster (for its CPU time; only when it runs on this machine).
    let postgres = null;
    if (kind === 'postgres') {
      const db = await openDirect(kind, target);
      const settings = await db.query(
        `select name, setting, unit from pg_settings where name in ('shared_buffers', 'work_mem', 'maintenance_work_mem', 'fsync', 'synchronous_commit', 'wal_level', 'max_wal_size', 'autovacuum')`,
      );
      const [{ version, pid }] = await db.query('select version(), pg_backend_pid() as pid');
      let postmasterPid = null;
      try {
        // Read while the backend lives: its parent is the postmaster.
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        postmasterPid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      } catch {
        // PostgreSQL runs elsewhere (Docker, another machine): no CPU figures for it.
      }
      await db.close();
      postgres = { version, settings: Object.fromEntries(settings.map((s) => [s.name, s.unit ? `${s.setting} ${s.unit}` : s.setting])), postmasterPid };
    }

    if (options.cpuProfDir) fs.mkdirSync(path.join(options.cpuProfDir, kind), { recursive: true });
    server = await startServer(target, { logFile, cpuProfDir: options.cpuProfDir ? path.join(options.cpuProfDir, kind) : undefined });
    if (server.health.database !== kind) throw new BenchError(`The server reports database "${server.health.database}", expected "${kind}".`);
    const token = await apiToken(server.baseUrl);
    log(`bench[${kind}]: server pid ${server.child.pid} up in ${(server.startupMs / 1000).toFixed(1)} s; importing ${path.basename(dataset.zip)} (${(dataset.zipInfo.bytes / 2 ** 20).toFixed(0)} MiB, ${dataset.zipInfo.entries} files, in ${dataset.parts.length} upload${dataset.parts.length === 1 ? '' : 's'})…`);

    // The import, with the server's RSS, both CPUs and (PostgreSQL) the statements sampled.
    const rss = rssSampler(server.child.pid, DEFAULTS.rssSampleMs);
    const activity = kind === 'postgres' ? activitySampler(target.databaseUrl, DEFAULTS.activitySampleMs) : null;
    const serverCpu0 = processCpuMs(server.child.pid);
    const pgCpu0 = clusterCpuMs(postgres?.postmasterPid);
    let imported, serverCpu1, pgCpu1, memory, statements;
    try {
      imported = await importParts(server, token, dataset.parts, DEFAULTS.pollMs);
    } finally {
      serverCpu1 = processCpuMs(server.child.pid);
      pgCpu1 = clusterCpuMs(postgres?.postmasterPid);
      memory = rss.stop();
      statements = activity ? await activity.stop() : null;
    }
    log(`bench[${kind}]: imported ${imported.records} records (${imported.files} files) in ${(imported.wallMs / 1000).toFixed(1)} s (uploads ${(imported.uploadMs / 1000).toFixed(1)} s); server RSS peak ${memory.peakMiB} MiB`);

    // The endpoints on the data as the import left it (PostgreSQL's autovacuum may have analysed it).
    const statsAfterImport = kind === 'postgres' ? await (async () => {
      const db = await openDirect(kind, target);
      try {
        return await statsState(db);
      } finally {
        await db.close();
      }
    })() : null;
    const asImported = await timeEndpoints(server, token, options.today, options);
    log(`bench[${kind}]: as imported: overlap median ${asImported.overlap.medianMs} ms, candidates median ${asImported.candidates.medianMs} ms`);
    await stopServer(server);
    server = null;

    // Direct connection (PGlite's data dir is the server's alone while it runs).
    const db = await openDirect(kind, target);
    let counts;
    let baseline;
    let explainAsImported;
    let explainAnalysed;
    let analyzeMs;
    try {
      counts = await countRows(db);
      explainAsImported = await explainEndpoints(db, options.today, asImported.householdKeys);
      baseline = await rawCopy(db, workDir, kind, postgres?.postmasterPid);
      const t0 = performance.now();
      await db.query('analyze');
      analyzeMs = Math.round(performance.now() - t0);
      explainAnalysed = await explainEndpoints(db, options.today, asImported.householdKeys);
    } finally {
      await db.close();
    }
    for (const table of BASELINE_TABLES) {
      if (baseline.perTable[table].rows !== counts[table]) throw new BenchError(`The raw COPY put back ${baseline.perTable[table].rows} rows in ${table}, not ${counts[table]}.`);
    }

    server = await startServer(target, { logFile });
    const analysed = await timeEndpoints(server, token, options.today, options);
    log(`bench[${kind}]: after ANALYZE: overlap median ${analysed.overlap.medianMs} ms, candidates median ${analysed.candidates.medianMs} ms`);
    await stopServer(server);
    server = null;

    const records = BASELINE_TABLES.reduce((sum, table) => sum + counts[table], 0);
    const importPerSec = records / (imported.wallMs / 1000);
    const copyPerSec = records / (baseline.ms / 1000);
    const strip = ({ householdKeys: _keys, ...rest }) => rest;
    return {
      database: kind,
      postgres,
      records: { counted: records, ...counts, jobRecords: imported.records },
      import: {
        wallMs: Math.round(imported.wallMs),
        uploadMs: Math.round(imported.uploadMs),
        recordsPerSec: Math.round(importPerSec),
        jobRecordsPerSec: Math.round(imported.records / (imported.wallMs / 1000)),
        serverCpuMs: serverCpu0 === null || serverCpu1 === null ? null : Math.round(serverCpu1 - serverCpu0),
        postgresCpuMs: pgCpu0 === null || pgCpu1 === null ? null : Math.round(pgCpu1 - pgCpu0),
        uploads: dataset.parts.length,
        files: imported.files,
        byKind: imported.byKind,
        jobs: imported.jobs,
        polls: imported.polls,
        statements,
      },
      rawCopy: { ...baseline, recordsPerSec: Math.round(copyPerSec) },
      ratio: round2(importPerSec / copyPerSec),
      memory,
      cpuProfile: options.cpuProfDir ? summariseCpuProfile(path.join(options.cpuProfDir, kind)) : null,
      endpoints: {
        asImported: { statistics: statsAfterImport, ...strip(asImported) },
        analysed: { analyzeMs, ...strip(analysed) },
        explain: { asImported: explainAsImported, analysed: explainAnalysed },
      },
    };
  } finally {
    await cleanup();
    activeCleanups.delete(cleanup);
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

/**
 * The import and query code changes faster than commits (new files are untracked): a digest of
 * the files measured, so two runs can be told apart.
 */
export function sourceDigest(dirs = ['src/imports', 'src/services', 'src/demo/demodam', 'src/db']) {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (fs.statSync(file).isDirectory()) walk(file);
      else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) hash.update(`${path.relative(ROOT, file)}\0`).update(fs.readFileSync(file));
    }
  };
  for (const dir of dirs) walk(path.join(ROOT, dir));
  return hash.digest('hex').slice(0, 16);
}

export function targets(result) {
  const onPostgres = result.database === 'postgres';
  return [
    { name: 'import ≥ 50 % of raw COPY (records/s)', value: `${Math.round(result.ratio * 100)} %`, met: result.ratio >= DEFAULTS.minRatio, applies: onPostgres },
    { name: `server RSS < ${DEFAULTS.maxRssMiB} MiB during import`, value: `${result.memory.peakMiB} MiB`, met: result.memory.peakMiB < DEFAULTS.maxRssMiB, applies: onPostgres },
    { name: 'overlap < 1 s (median, as imported)', value: `${result.endpoints.asImported.overlap.medianMs} ms`, met: result.endpoints.asImported.overlap.medianMs < DEFAULTS.maxQueryMs, applies: onPostgres },
    { name: 'candidates < 1 s (median, as imported)', value: `${result.endpoints.asImported.candidates.medianMs} ms`, met: result.endpoints.asImported.candidates.medianMs < DEFAULTS.maxQueryMs, applies: onPostgres },
  ];
}

export function formatTable(results) {
  const header = ['database', 'records', 'import s', 'records/s', 'raw COPY s', 'COPY rec/s', 'ratio', 'RSS peak', 'overlap ms', 'candidates ms', 'after ANALYZE'];
  const rows = results.map((r) => [
    r.database,
    String(r.records.counted),
    (r.import.wallMs / 1000).toFixed(1),
    String(r.import.recordsPerSec),
    (r.rawCopy.ms / 1000).toFixed(1),
    String(r.rawCopy.recordsPerSec),
    `${Math.round(r.ratio * 100)} %`,
    `${r.memory.peakMiB} MiB`,
    String(r.endpoints.asImported.overlap.medianMs),
    String(r.endpoints.asImported.candidates.medianMs),
    `${r.endpoints.analysed.overlap.medianMs} / ${r.endpoints.analysed.candidates.medianMs}`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row) => row.map((cell, i) => (i >= 1 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

export async function cli(argv, { defaultDb } = {}) {
  process.env.BENCH_DATABASE_URL ??= process.env.DOORBRAAK_BENCH_DATABASE_URL;
  if (!process.env.BENCH_DATABASE_URL) delete process.env.BENCH_DATABASE_URL;
  const parsed = parseBenchArgs(argv, { options: OPTIONS, usage: USAGE, resolveOptions, defaultDb });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { options, kinds } = parsed;
  installSignalHandlers();
  const zipDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-bench-demodam-'));
  const partsDir = zipDir;
  const removeZip = async () => fs.rmSync(zipDir, { recursive: true, force: true });
  activeCleanups.add(removeZip);
  try {
    const startedAt = new Date();
    const digest = sourceDigest();
    const loadavgBefore = os.loadavg().map(round2);
    const busyBefore = await machineBusy();
    if (busyBefore !== null && busyBefore > 0.15) {
      console.error(`bench: WARNING: ${(busyBefore * 100).toFixed(0)} % of the CPU was busy before the benchmark started; expect noisy numbers.`);
    }
    let dataset;
    if (options.zip) {
      dataset = { zip: options.zip, generated: null };
    } else {
      const zip = path.join(zipDir, `demodam-scale${options.scale}-seed${options.seed}.zip`);
      console.error(`bench: generating Demodam at scale ${options.scale}, seed ${options.seed}, today ${options.today}…`);
      dataset = { zip, generated: await generateZip(zip, options) };
      console.error(`bench: generated in ${(dataset.generated.generateMs / 1000).toFixed(1)} s`);
    }
    dataset.zipInfo = await describeZip(dataset.zip);
    const { DEFAULT_ZIP_LIMITS } = await loadSource(READ_ZIP);
    dataset.maxEntriesPerZip = DEFAULT_ZIP_LIMITS.maxEntries;
    if (dataset.zipInfo.entries > DEFAULT_ZIP_LIMITS.maxEntries) {
      const t0 = performance.now();
      dataset.parts = await splitZip(dataset.zip, DEFAULT_ZIP_LIMITS.maxEntries, partsDir);
      dataset.splitMs = Math.round(performance.now() - t0);
      console.error(`bench: ${dataset.zipInfo.entries} files are more than one ZIP may hold (${DEFAULT_ZIP_LIMITS.maxEntries}): split into ${dataset.parts.length} ZIPs in ${(dataset.splitMs / 1000).toFixed(1)} s`);
    } else {
      dataset.parts = [dataset.zip];
    }
    const results = [];
    for (const kind of kinds) results.push(await measure(kind, dataset, options));

    console.log(`\nService data: import of ${path.basename(dataset.zip)} through POST /api/v1/imports against a raw COPY of the same rows, server RSS,\nGET /api/v1/services/overlap and /candidates?date=${options.today} (median of ${options.requests} after ${options.warmup} warm-up, as an analist)\n`);
    console.log(formatTable(results));
    if (options.write) {
      const suffix = kinds.length === 1 ? `-${kinds[0]}` : '';
      const out = path.resolve(options.out ?? path.join(ROOT, 'bench', 'results', `${startedAt.toISOString().slice(0, 10)}-service-data${suffix}.json`));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const report = {
        benchmark: 'service-data',
        date: startedAt.toISOString(),
        command: `node bench/service-data.mjs ${argv.join(' ')}`.trim(),
        machine: { ...machineInfo(), sourceDigest: digest, cpuBusyBeforeStart: busyBefore === null ? null : round2(busyBefore), loadavgBefore, loadavgAfter: os.loadavg().map(round2) },
        options: { ...options, zip: options.zip ?? null },
        dataset: { ...dataset, zip: path.basename(dataset.zip), parts: dataset.parts.map((p) => ({ file: path.basename(p), bytes: fs.statSync(p).size })) },
        results,
      };
      fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`\nResults written to ${path.relative(process.cwd(), out) || out}`);
    }
    let missed = 0;
    for (const r of results) {
      const counted = r.records.counted;
      if (counted < DEFAULTS.minRecords) console.error(`\nbench: WARNING: ${r.database} holds ${counted} service and declaration records, fewer than ${DEFAULTS.minRecords}; raise --scale.`);
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
    await removeZip();
    activeCleanups.delete(removeZip);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await cli(process.argv.slice(2));
}
