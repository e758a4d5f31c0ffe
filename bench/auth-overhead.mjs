#!/usr/bin/env node
// Authentication overhead: requests/s and latency of `GET /api/health` (no session, no database)
// against an authenticated `GET /api/v1/me` (session cookie → one database query), on a real
// server started as a child process on loopback. See bench/README.md.
//
//   node bench/auth-overhead.mjs [--db pglite|postgres|all] [--duration 10] [--connections 10]
//                                [--rounds 3] [--warmup 3] [--min-ratio 0.5] [--out FILE] [--no-write]
//                                [--cpu-prof-dir DIR]
//
// PostgreSQL needs BENCH_DATABASE_URL (an admin URL, e.g. postgres://postgres@127.0.0.1:5433/postgres):
// a fresh database `doorbraak_bench_<pid>` is created there for the run and dropped afterwards.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = path.join(ROOT, 'bin', 'doorbraak.mjs');
export const HOST = '127.0.0.1';
export const DEMO_EMAIL = 'maatwerker@demodam.example';
export const DEMO_PASSWORD = 'doorbraak-demo';
const SESSION_COOKIE = 'doorbraak_sessie';
/** Creating a PGlite database takes 5–7 s here, plus migrations; leave room for a busy machine. */
const STARTUP_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 10_000;
const DB_ADMIN_TIMEOUT_MS = 10_000;

/** An expected failure: printed as its message only, without a stack trace. */
export class BenchError extends Error {}

export const DEFAULTS = Object.freeze({ duration: 10, connections: 10, rounds: 3, warmup: 3, minRatio: 0.5 });

export const OPTIONS = {
  db: { type: 'string', default: 'pglite' },
  duration: { type: 'string' },
  connections: { type: 'string' },
  rounds: { type: 'string' },
  warmup: { type: 'string' },
  'min-ratio': { type: 'string' },
  out: { type: 'string' },
  'no-write': { type: 'boolean', default: false },
  'cpu-prof-dir': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

export const USAGE = `Usage: node bench/auth-overhead.mjs [options]

Measures GET /api/health against an authenticated GET /api/v1/me on a server started on ${HOST}.

  --db KIND            pglite, postgres or all (default: pglite; postgres needs BENCH_DATABASE_URL)
  --duration S         seconds per measured autocannon run (default ${DEFAULTS.duration})
  --connections N      concurrent connections (default ${DEFAULTS.connections})
  --rounds N           alternating rounds health, me, health, me, … (default ${DEFAULTS.rounds}, at least 2)
  --warmup S           seconds of unmeasured load per route before the rounds (default ${DEFAULTS.warmup})
  --min-ratio R        target for req/s(me) / req/s(health) (default ${DEFAULTS.minRatio})
  --out FILE           JSON result file (default bench/results/<date>-auth-overhead.json)
  --no-write           do not write the JSON result file
  --cpu-prof-dir DIR   run the server with --cpu-prof and write its CPU profile to DIR
`;

/** Turns parsed flags into validated numbers. Throws with a readable message. */
export function resolveOptions(values) {
  const num = (name, fallback, { integer = false, min = 0 } = {}) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isFinite(n) || (integer && !Number.isInteger(n)) || n < min) {
      throw new BenchError(`--${name} must be ${integer ? 'an integer' : 'a number'} ≥ ${min}, not "${raw}".`);
    }
    return n;
  };
  return {
    duration: num('duration', DEFAULTS.duration, { min: 1 }),
    connections: num('connections', DEFAULTS.connections, { integer: true, min: 1 }),
    rounds: num('rounds', DEFAULTS.rounds, { integer: true, min: 2 }),
    warmup: num('warmup', DEFAULTS.warmup, { min: 0 }),
    minRatio: num('min-ratio', DEFAULTS.minRatio, { min: 0 }),
    out: values.out,
    write: !values['no-write'],
    cpuProfDir: values['cpu-prof-dir'] ? path.resolve(values['cpu-prof-dir']) : undefined,
  };
}

export function kindsFromFlag(flag) {
  if (flag === 'all') return process.env.BENCH_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
  const kinds = flag.split(',').map((k) => k.trim()).filter(Boolean);
  for (const kind of kinds) {
    if (kind !== 'pglite' && kind !== 'postgres') throw new BenchError(`--db must be pglite, postgres or all, not "${kind}".`);
  }
  return kinds;
}

// ---------------------------------------------------------------------------------------------
// Server lifecycle

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export function tail(file, bytes = 4000) {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.slice(-bytes).trim();
  } catch {
    return '';
  }
}

/** Starts `node bin/doorbraak.mjs serve`; server logs go to a file in the temp dir, not through this process. */
export async function startServer({ workDir, databaseUrl, cpuProfDir }) {
  const port = await freePort();
  const logFile = path.join(workDir, 'server.log');
  const logFd = fs.openSync(logFile, 'a');
  const nodeArgs = cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfDir}`] : [];
  const env = {
    ...process.env,
    PORT: String(port),
    HOST,
    DOORBRAAK_DATA_DIR: path.join(workDir, 'data'),
    DOORBRAAK_DEMO: '1',
    NODE_ENV: 'production',
  };
  delete env.DATABASE_URL;
  delete env.DOORBRAAK_SECRET;
  delete env.DOORBRAAK_TRUST_PROXY;
  if (databaseUrl) env.DATABASE_URL = databaseUrl;

  const child = spawn(process.execPath, [...nodeArgs, BIN, 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', logFd, logFd],
  });
  fs.closeSync(logFd);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  let exitInfo = null;
  void exited.then((info) => (exitInfo = info));

  const server = { child, port, logFile, exited, baseUrl: `http://${HOST}:${port}`, isRunning: () => exitInfo === null };
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  const started = Date.now();
  for (;;) {
    if (exitInfo) {
      throw new BenchError(`The server exited during startup (${JSON.stringify(exitInfo)}). Its log:\n${tail(logFile)}`);
    }
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
    if (Date.now() > deadline) {
      await stopServer(server);
      throw new BenchError(`The server did not answer /api/health within ${STARTUP_TIMEOUT_MS / 1000} s. Its log:\n${tail(logFile)}`);
    }
    await sleep(200);
  }
}

/** SIGTERM, then SIGKILL after STOP_TIMEOUT_MS. Never waits longer than that plus a little. */
export async function stopServer(server) {
  if (!server || !server.isRunning()) return;
  server.child.kill('SIGTERM');
  const done = await Promise.race([server.exited.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
  if (!done) {
    console.error(`bench: server pid ${server.child.pid} did not stop within ${STOP_TIMEOUT_MS / 1000} s after SIGTERM; killing it.`);
    server.child.kill('SIGKILL');
    await Promise.race([server.exited, sleep(2000)]);
  }
}

// ---------------------------------------------------------------------------------------------
// CPU accounting (Linux /proc; null elsewhere). CPU time per request is less sensitive to a busy
// machine than requests/s, so it is reported next to it.

let clockTicks;
function clkTck() {
  if (clockTicks === undefined) {
    try {
      clockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()) || 100;
    } catch {
      clockTicks = 100;
    }
  }
  return clockTicks;
}

/** User + system CPU time of a process in ms, or null when /proc is not available. */
export function processCpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / clkTck();
  } catch {
    return null;
  }
}

function systemCpuTicks() {
  try {
    const [, ...values] = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
    const idle = values[3] + (values[4] ?? 0);
    return { total: values.reduce((a, b) => a + b, 0), idle };
  } catch {
    return null;
  }
}

/** Fraction of all cores busy during `ms`, measured before the benchmark starts anything. */
export async function machineBusy(ms = 2000) {
  const before = systemCpuTicks();
  await sleep(ms);
  const after = systemCpuTicks();
  if (!before || !after || after.total === before.total) return null;
  return 1 - (after.idle - before.idle) / (after.total - before.total);
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL: a fresh, empty database per run

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s.`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** The URL without its password, for messages. */
function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a valid URL)';
  }
}

async function adminQuery(adminUrl, sql) {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: DB_ADMIN_TIMEOUT_MS });
  client.on('error', () => {}); // a dropped connection surfaces through the awaited calls below
  try {
    try {
      await withTimeout(client.connect(), DB_ADMIN_TIMEOUT_MS, 'Connecting to BENCH_DATABASE_URL');
    } catch (error) {
      throw new BenchError(`Cannot connect to BENCH_DATABASE_URL ${redact(adminUrl)}: ${error.message}`);
    }
    try {
      await withTimeout(client.query(sql), DB_ADMIN_TIMEOUT_MS * 3, sql);
    } catch (error) {
      throw new BenchError(`${sql} failed on ${redact(adminUrl)}: ${error.message}`);
    }
  } finally {
    await client.end().catch(() => {});
  }
}

export async function createBenchDatabase(adminUrl) {
  const name = `doorbraak_bench_${process.pid}`;
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

export async function dropBenchDatabase(adminUrl, name) {
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}

// ---------------------------------------------------------------------------------------------
// Measuring

export async function login(baseUrl) {
  return (await loginSession(baseUrl)).cookie;
}

/** Logs in as the demo user; returns the session cookie and the session's CSRF token (for changes). */
export async function loginSession(baseUrl) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_EMAIL, password: DEMO_PASSWORD }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new BenchError(`Login as ${DEMO_EMAIL} failed: HTTP ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  const { csrfToken } = await res.json();
  if (!cookie) throw new BenchError(`Login answered ${res.status} but set no ${SESSION_COOKIE} cookie.`);
  const me = await fetch(`${baseUrl}/api/v1/me`, { headers: { cookie }, signal: AbortSignal.timeout(30_000) });
  const body = await me.json().catch(() => null);
  if (me.status !== 200 || body?.user?.email !== DEMO_EMAIL) {
    throw new BenchError(`GET /api/v1/me with the session cookie answered ${me.status}: ${JSON.stringify(body)}`);
  }
  return { cookie, csrfToken };
}

export function cannon({ url, headers, duration, connections, method = 'GET', ...more }) {
  return new Promise((resolve, reject) => {
    autocannon({ ...more, url, headers, duration, connections, method }, (error, result) => (error ? reject(error) : resolve(result)));
  });
}

export function summarize(route, result, serverCpuMs = null) {
  const completed = result.requests.total;
  const failed = result.errors + result.timeouts + result.non2xx;
  return {
    route,
    reqPerSec: result.requests.average,
    requestsTotal: completed,
    serverCpuUsPerRequest: serverCpuMs === null || !completed ? null : Math.round((serverCpuMs * 1000) / completed),
    durationS: result.duration,
    latencyMs: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
      average: result.latency.average,
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    failed,
  };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const round2 = (n) => Math.round(n * 100) / 100;

export function aggregate(runs) {
  const cpu = runs.map((r) => r.serverCpuUsPerRequest);
  return {
    reqPerSec: round2(median(runs.map((r) => r.reqPerSec))),
    p50: median(runs.map((r) => r.latencyMs.p50)),
    p99: median(runs.map((r) => r.latencyMs.p99)),
    serverCpuUsPerRequest: cpu.includes(null) ? null : median(cpu),
  };
}

/** Runs the whole measurement for one database kind. Always stops the server and removes its temp dir. */
export async function measure(kind, options, log = console.error) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `doorbraak-bench-${kind}-`));
  const adminUrl = process.env.BENCH_DATABASE_URL;
  let database = null;
  let server = null;
  const cleanup = async () => {
    await stopServer(server);
    if (database) {
      await dropBenchDatabase(adminUrl, database.name).catch((error) =>
        log(`bench: could not drop database ${database.name}: ${error.message}`),
      );
    }
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  activeCleanups.add(cleanup);
  try {
    if (kind === 'postgres') {
      if (!adminUrl) throw new BenchError('Measuring on PostgreSQL needs BENCH_DATABASE_URL (see bench/README.md).');
      database = await createBenchDatabase(adminUrl);
      log(`bench[${kind}]: created database ${database.name}`);
    }
    if (options.cpuProfDir) fs.mkdirSync(options.cpuProfDir, { recursive: true });
    server = await startServer({ workDir, databaseUrl: database?.url, cpuProfDir: options.cpuProfDir });
    if (server.health.database !== kind) {
      throw new BenchError(`The server reports database "${server.health.database}", expected "${kind}".`);
    }
    log(`bench[${kind}]: server pid ${server.child.pid} on ${server.baseUrl}, up in ${(server.startupMs / 1000).toFixed(1)} s`);
    const cookie = await login(server.baseUrl);

    const routes = [
      { route: 'GET /api/health', url: `${server.baseUrl}/api/health`, headers: {} },
      { route: 'GET /api/v1/me', url: `${server.baseUrl}/api/v1/me`, headers: { cookie } },
    ];
    const { duration, connections } = options;
    if (options.warmup > 0) {
      log(`bench[${kind}]: warm-up ${options.warmup} s per route`);
      for (const r of routes) {
        const result = summarize(r.route, await cannon({ ...r, duration: options.warmup, connections }));
        if (result.failed) throw new BenchError(`${r.route} failed during warm-up: ${JSON.stringify(result)}`);
      }
    }
    const runs = [];
    for (let round = 1; round <= options.rounds; round++) {
      for (const r of routes) {
        const cpuBefore = processCpuMs(server.child.pid);
        const raw = await cannon({ ...r, duration, connections });
        const cpuAfter = processCpuMs(server.child.pid);
        const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
        const result = { round, ...summarize(r.route, raw, cpuMs) };
        log(
          `bench[${kind}]: round ${round} ${r.route.padEnd(16)} ${result.reqPerSec.toFixed(0).padStart(6)} req/s ` +
            `p50 ${result.latencyMs.p50} ms p99 ${result.latencyMs.p99} ms` +
            (result.serverCpuUsPerRequest === null ? '' : `, server CPU ${result.serverCpuUsPerRequest} µs/request`),
        );
        if (result.failed) {
          throw new BenchError(
            `${r.route} had ${result.errors} errors, ${result.timeouts} timeouts and ${result.non2xx} non-2xx answers in round ${round}; ` +
              'the numbers would be meaningless.',
          );
        }
        if (!server.isRunning()) throw new BenchError(`The server exited during the measurement. Its log:\n${tail(server.logFile)}`);
        runs.push(result);
      }
    }
    const health = aggregate(runs.filter((r) => r.route === routes[0].route));
    const me = aggregate(runs.filter((r) => r.route === routes[1].route));
    const perRoundRatios = [];
    for (let round = 1; round <= options.rounds; round++) {
      const [h, m] = routes.map((r) => runs.find((x) => x.round === round && x.route === r.route));
      perRoundRatios.push(Math.round((m.reqPerSec / h.reqPerSec) * 1000) / 1000);
    }
    return {
      database: kind,
      serverStartupMs: server.startupMs,
      health,
      me,
      ratio: Math.round((me.reqPerSec / health.reqPerSec) * 1000) / 1000,
      perRoundRatios,
      runs,
    };
  } finally {
    await cleanup();
    activeCleanups.delete(cleanup);
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

export function machineInfo() {
  const cpus = os.cpus();
  const git = (...args) => execFileSync('git', args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  let commit = null;
  let uncommittedChanges = null;
  try {
    commit = git('rev-parse', '--short', 'HEAD');
    uncommittedChanges = git('status', '--porcelain', '--untracked-files=no', '--', 'src', 'bin', 'drizzle', 'package.json') !== '';
  } catch {
    // no commits yet, or not a git checkout
  }
  return {
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    commit,
    /** True when src/, bin/, drizzle/ or package.json differed from `commit` while measuring. */
    uncommittedChanges,
  };
}

export function formatTable(results) {
  const lines = [];
  const header = ['database', 'route', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'me/health'];
  const rows = [];
  const cpu = (a) => (a.serverCpuUsPerRequest === null ? '–' : String(a.serverCpuUsPerRequest));
  for (const r of results) {
    rows.push([r.database, 'GET /api/health', r.health.reqPerSec.toFixed(0), String(r.health.p50), String(r.health.p99), cpu(r.health), '']);
    rows.push([r.database, 'GET /api/v1/me', r.me.reqPerSec.toFixed(0), String(r.me.p50), String(r.me.p99), cpu(r.me), `${(r.ratio * 100).toFixed(1)} %`]);
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row) => row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  lines.push(fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt));
  return lines.join('\n');
}

export function defaultOutFile(date = new Date()) {
  return path.join(ROOT, 'bench', 'results', `${date.toISOString().slice(0, 10)}-auth-overhead.json`);
}

/** Runs the benchmark for the given database kinds; prints, writes JSON, returns the exit code. */
export async function runAuthOverhead(kinds, options) {
  const startedAt = new Date();
  const loadavgBefore = os.loadavg().map(round2);
  const busyBefore = await machineBusy();
  if (busyBefore !== null && busyBefore > 0.15) {
    console.error(
      `bench: WARNING: ${(busyBefore * 100).toFixed(0)} % of the CPU was busy before the benchmark started. ` +
        'Other processes compete with the server and autocannon; expect noisy numbers.',
    );
  }
  const results = [];
  for (const kind of kinds) results.push(await measure(kind, options));

  const report = {
    benchmark: 'auth-overhead',
    date: startedAt.toISOString(),
    command: `node ${path.relative(ROOT, process.argv[1] ?? 'bench/auth-overhead.mjs')} ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      ...machineInfo(),
      /** Share of all cores busy in the 2 s before the benchmark started anything (other processes). */
      cpuBusyBeforeStart: busyBefore === null ? null : round2(busyBefore),
      loadavgBefore,
      loadavgAfter: os.loadavg().map(round2),
    },
    options: {
      duration: options.duration,
      connections: options.connections,
      rounds: options.rounds,
      warmup: options.warmup,
      minRatio: options.minRatio,
      cpuProfile: Boolean(options.cpuProfDir),
    },
    results,
  };
  console.log(`\nAuth overhead: ${options.rounds} alternating rounds × ${options.duration} s, ${options.connections} connections, median per route (${report.machine.cpus} CPUs, Node ${report.machine.node})\n`);
  console.log(formatTable(results));
  if (options.write) {
    const out = path.resolve(options.out ?? defaultOutFile(startedAt));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nResults written to ${path.relative(process.cwd(), out) || out}`);
  }
  const missed = results.filter((r) => r.ratio < options.minRatio);
  for (const r of missed) {
    console.error(
      `\nTARGET MISSED on ${r.database}: GET /api/v1/me reaches ${(r.ratio * 100).toFixed(1)} % of the throughput of ` +
        `GET /api/health (${r.me.reqPerSec.toFixed(0)} vs ${r.health.reqPerSec.toFixed(0)} req/s); the target is at least ` +
        `${(options.minRatio * 100).toFixed(0)} %.`,
    );
  }
  if (!missed.length) console.log(`\nTarget met: me/health ≥ ${(options.minRatio * 100).toFixed(0)} % on ${kinds.join(' and ')}.`);
  return missed.length ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// Ctrl-C and kill: stop the server and remove temp files before leaving.

export const activeCleanups = new Set();
let interrupted = false;

export function installSignalHandlers() {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      console.error(`\nbench: ${signal}, stopping the server and cleaning up…`);
      const hardExit = setTimeout(() => process.exit(130), STOP_TIMEOUT_MS + 5000);
      hardExit.unref();
      void Promise.allSettled([...activeCleanups].map((fn) => fn())).then(() => process.exit(130));
    });
  }
}

/**
 * The command line every benchmark shares: strict flags, `--help`, the benchmark's own option
 * checks, and `--db` (given on the command line, else `defaultDb` from `npm run bench`).
 * Returns `{ options, kinds }`, or `{ exitCode }` when the command should stop here.
 */
export function parseBenchArgs(argv, { options: spec, usage, resolveOptions, defaultDb }) {
  try {
    const { values } = parseArgs({ args: argv, options: spec, allowPositionals: false, strict: true });
    if (values.help) {
      console.log(usage);
      return { exitCode: 0 };
    }
    const dbGiven = argv.some((a) => a === '--db' || a.startsWith('--db='));
    return { options: resolveOptions(values), kinds: kindsFromFlag(dbGiven ? values.db : (defaultDb ?? values.db)) };
  } catch (error) {
    console.error(`${error.message}\n\n${usage}`);
    return { exitCode: 2 };
  }
}

export async function cli(argv, { defaultDb } = {}) {
  const parsed = parseBenchArgs(argv, { options: OPTIONS, usage: USAGE, resolveOptions, defaultDb });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { options, kinds } = parsed;
  installSignalHandlers();
  try {
    return await runAuthOverhead(kinds, options);
  } catch (error) {
    console.error(`\nbench: ${error instanceof BenchError ? error.message : (error.stack ?? error)}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await cli(process.argv.slice(2));
}
