#!/usr/bin/env node
// Budget balance: latency of `GET /api/v1/budgets/:year` when the year holds 10,000 approved
// plans and 50,000 payments (plus one commitment per plan and a release on every tenth), on a
// real server started as a child process on loopback. See bench/README.md.
//
//   node bench/budget-balance.mjs [--db pglite|postgres|all] [--plans 10000] [--payments 5]
//                                 [--requests 100] [--out FILE] [--no-write]
//
// The data is generated in the database with INSERT … SELECT over generate_series. On PGlite the
// server holds the data dir, so the script starts it once (migrations, demo seed), stops it,
// inserts, and starts it again. Requests are sequential (one at a time), so the numbers are the
// cost of one balance, not of queueing. Measured for two users: the budgetbeheerder (totals and
// one row per plan: 10,000 rows) and beleid (totals only).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  BenchError,
  DEMO_PASSWORD,
  ROOT,
  activeCleanups,
  createBenchDatabase,
  dropBenchDatabase,
  installSignalHandlers,
  machineInfo,
  round2,
  startServer,
  stopServer,
  parseBenchArgs,
} from './auth-overhead.mjs';

export const DEFAULTS = Object.freeze({ plans: 10_000, payments: 5, requests: 100, warmup: 5 });

const OPTIONS = {
  db: { type: 'string', default: 'pglite' },
  plans: { type: 'string' },
  payments: { type: 'string' },
  requests: { type: 'string' },
  out: { type: 'string' },
  'no-write': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export const USAGE = `Usage: node bench/budget-balance.mjs [options]

Measures GET /api/v1/budgets/:year with many plans and payments in the year.

  --db KIND        pglite, postgres or all (default: pglite; postgres needs BENCH_DATABASE_URL)
  --plans N        approved plans in the year (default ${DEFAULTS.plans})
  --payments N     payments per plan (default ${DEFAULTS.payments}, so 50,000 in all)
  --requests N     measured requests per user, at least 50 (default ${DEFAULTS.requests})
  --out FILE       JSON result file (default bench/results/<date>-budget-balance.json)
  --no-write       do not write the JSON result file
`;

const TENANT = 'demo';
const YEAR = new Date().getFullYear();
const USERS = [
  { email: 'budget@demodam.example', label: 'budgetbeheerder (with plan rows)' },
  { email: 'beleid@demodam.example', label: 'beleid (totals only)' },
];

function resolveOptions(values) {
  const int = (name, fallback, min) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new BenchError(`--${name} must be an integer ≥ ${min}, not "${raw}".`);
    return n;
  };
  return {
    plans: int('plans', DEFAULTS.plans, 1),
    payments: int('payments', DEFAULTS.payments, 0),
    requests: int('requests', DEFAULTS.requests, 50),
    out: values.out,
    write: !values['no-write'],
  };
}

/** The generated year, in SQL that both PGlite and PostgreSQL run. */
function generationSql({ plans, payments }) {
  return [
    `INSERT INTO budgets (tenant_id, year, note) VALUES ('${TENANT}', ${YEAR}, 'Benchmark') ON CONFLICT DO NOTHING`,
    `INSERT INTO budget_sources (tenant_id, year, code, name, amount_cents)
       SELECT '${TENANT}', ${YEAR}, 'BENCH-' || s, 'Benchmarkbron ' || s, 2500000000 FROM generate_series(1, 4) s
       ON CONFLICT DO NOTHING`,
    `INSERT INTO plans (tenant_id, id, case_number, status, version, document, author_id, budget_year, approved_at)
       SELECT '${TENANT}', 'bench-plan-' || g, 'BENCH-' || lpad(g::text, 6, '0'),
              (ARRAY['approved', 'in_progress', 'monitoring'])[1 + g % 3], 1,
              jsonb_set(t.document, '{caseNumber}', to_jsonb('BENCH-' || lpad(g::text, 6, '0'))), t.author_id, ${YEAR}, now()
       FROM generate_series(1, ${plans}) g,
            (SELECT document, author_id FROM plans WHERE tenant_id = '${TENANT}' AND deleted_at IS NULL ORDER BY id LIMIT 1) t`,
    `INSERT INTO budget_entries (tenant_id, id, year, plan_id, kind, amount_cents, date, description)
       SELECT '${TENANT}', 'bench-commit-' || g, ${YEAR}, 'bench-plan-' || g, 'commit', 100000 + (g * 7919) % 900000,
              make_date(${YEAR}, 1, 1) + (g % 120), 'Vastgelegd bij goedkeuring'
       FROM generate_series(1, ${plans}) g`,
    `INSERT INTO budget_entries (tenant_id, id, year, plan_id, kind, amount_cents, date, description, vat, user_id)
       SELECT '${TENANT}', 'bench-pay-' || g || '-' || k, ${YEAR}, 'bench-plan-' || g, 'payment', 5000 + (g::bigint * k * 104729) % 60000,
              make_date(${YEAR}, 1, 1) + ((g + k) % 150), 'Factuur ' || k, k % 2 = 0, NULL
       FROM generate_series(1, ${plans}) g, generate_series(1, ${payments}) k`,
    `INSERT INTO budget_entries (tenant_id, id, year, plan_id, kind, amount_cents, date, description)
       SELECT '${TENANT}', 'bench-release-' || g, ${YEAR}, 'bench-plan-' || g, 'release', 10000,
              make_date(${YEAR}, 6, 1), 'Vrijgegeven'
       FROM generate_series(10, ${plans}, 10) g`,
    'ANALYZE',
  ];
}

async function generate(kind, { dataDir, databaseUrl }, options) {
  const statements = generationSql(options);
  const t0 = performance.now();
  if (kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
    try {
      for (const statement of statements) await db.query(statement);
    } finally {
      await db.close();
    }
  } else {
    const pg = (await import('pg')).default;
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      for (const statement of statements) await client.query(statement);
    } finally {
      await client.end();
    }
  }
  return Math.round(performance.now() - t0);
}

async function loginAs(baseUrl, email) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    signal: AbortSignal.timeout(30_000),
  });
  if (!res.ok) throw new BenchError(`Login as ${email} failed: HTTP ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('doorbraak_sessie='));
  if (!cookie) throw new BenchError(`Login as ${email} set no session cookie.`);
  return cookie;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms1 = (n) => Math.round(n * 10) / 10;

async function timeBalance(baseUrl, cookie, count) {
  const latencies = [];
  let last = null;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}/api/v1/budgets/${YEAR}`, { headers: { cookie }, signal: AbortSignal.timeout(60_000) });
    const text = await res.text();
    latencies.push(performance.now() - t0);
    if (res.status !== 200) throw new BenchError(`GET /api/v1/budgets/${YEAR} answered ${res.status}: ${text.slice(0, 500)}`);
    bytes = Buffer.byteLength(text);
    last = JSON.parse(text);
  }
  latencies.sort((a, b) => a - b);
  return {
    requests: count,
    latencyMs: { median: ms1(percentile(latencies, 50)), p95: ms1(percentile(latencies, 95)), p99: ms1(percentile(latencies, 99)), max: ms1(latencies.at(-1)) },
    responseBytes: bytes,
    body: last,
  };
}

export async function measure(kind, options, log = console.error) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `doorbraak-bench-budget-${kind}-`));
  const adminUrl = process.env.BENCH_DATABASE_URL;
  let database = null;
  let server = null;
  const cleanup = async () => {
    await stopServer(server);
    if (database) await dropBenchDatabase(adminUrl, database.name).catch((error) => log(`bench: could not drop database ${database.name}: ${error.message}`));
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  activeCleanups.add(cleanup);
  try {
    if (kind === 'postgres') {
      if (!adminUrl) throw new BenchError('Measuring on PostgreSQL needs BENCH_DATABASE_URL (see bench/README.md).');
      database = await createBenchDatabase(adminUrl);
    }
    // First start: migrations and the demo seed. PGlite's data dir is the server's alone, so stop it to insert.
    server = await startServer({ workDir, databaseUrl: database?.url });
    if (server.health.database !== kind) throw new BenchError(`The server reports database "${server.health.database}", expected "${kind}".`);
    if (kind === 'pglite') {
      await stopServer(server);
      server = null;
    }
    const generateMs = await generate(kind, { dataDir: path.join(workDir, 'data'), databaseUrl: database?.url }, options);
    log(`bench[${kind}]: generated ${options.plans} plans, ${options.plans * options.payments} payments in ${(generateMs / 1000).toFixed(1)} s`);
    server ??= await startServer({ workDir, databaseUrl: database?.url });

    const results = [];
    for (const user of USERS) {
      const cookie = await loginAs(server.baseUrl, user.email);
      await timeBalance(server.baseUrl, cookie, DEFAULTS.warmup);
      const { body, ...timing } = await timeBalance(server.baseUrl, cookie, options.requests);
      if (body.availableCents + body.committedCents + body.paidCents !== body.budgetCents) throw new BenchError('The balance does not add up.');
      const rows = body.plans?.length ?? 0;
      log(`bench[${kind}]: ${user.label.padEnd(34)} median ${timing.latencyMs.median} ms p95 ${timing.latencyMs.p95} ms p99 ${timing.latencyMs.p99} ms, ${rows} plan rows, ${Math.round(timing.responseBytes / 1024)} KiB`);
      results.push({ user: user.label, planRows: rows, ...timing, totals: { budgetCents: body.budgetCents, committedCents: body.committedCents, paidCents: body.paidCents, availableCents: body.availableCents } });
    }
    return { database: kind, plans: options.plans, payments: options.plans * options.payments, generateMs, results };
  } finally {
    await cleanup();
    activeCleanups.delete(cleanup);
  }
}

export function formatTable(results) {
  const header = ['database', 'user', 'median ms', 'p95 ms', 'p99 ms', 'KiB'];
  const rows = results.flatMap((r) =>
    r.results.map((u) => [r.database, u.user, String(u.latencyMs.median), String(u.latencyMs.p95), String(u.latencyMs.p99), String(Math.round(u.responseBytes / 1024))]),
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row) => row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

export async function cli(argv, { defaultDb } = {}) {
  process.env.BENCH_DATABASE_URL ??= process.env.DOORBRAAK_BENCH_DATABASE_URL;
  if (!process.env.BENCH_DATABASE_URL) delete process.env.BENCH_DATABASE_URL;
  const parsed = parseBenchArgs(argv, { options: OPTIONS, usage: USAGE, resolveOptions, defaultDb });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { options, kinds } = parsed;
  installSignalHandlers();
  try {
    const startedAt = new Date();
    const results = [];
    for (const kind of kinds) results.push(await measure(kind, options));
    console.log(`\nBudget balance: GET /api/v1/budgets/${YEAR}, ${options.plans} plans, ${options.plans * options.payments} payments, ${options.requests} sequential requests per user\n`);
    console.log(formatTable(results));
    if (options.write) {
      const out = path.resolve(options.out ?? path.join(ROOT, 'bench', 'results', `${startedAt.toISOString().slice(0, 10)}-budget-balance.json`));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const report = { benchmark: 'budget-balance', date: startedAt.toISOString(), machine: { ...machineInfo(), loadavgAfter: os.loadavg().map(round2) }, options, results };
      fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`\nResults written to ${path.relative(process.cwd(), out) || out}`);
    }
    return 0;
  } catch (error) {
    console.error(`\nbench: ${error instanceof BenchError ? error.message : (error.stack ?? error)}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await cli(process.argv.slice(2));
}
