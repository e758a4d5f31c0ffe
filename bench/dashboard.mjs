#!/usr/bin/env node
// Dashboard: latency of `GET /api/v1/dashboard` over 100,000 generated plans, on a real server
// started as a child process on loopback, compared with the same aggregates computed by ONE
// hand-written SQL query run directly on the database (pg or PGlite, no HTTP). See bench/README.md.
//
//   node bench/dashboard.mjs [--db pglite|postgres|all] [--plans 100000] [--requests 30]
//                            [--out FILE] [--no-write]
//
// The plans are generated with INSERT … SELECT over generate_series: a document with domains,
// legalBases, bottlenecks and lifeSatisfaction; the denormalised kba_*_cents columns; three
// plan_kba_streams rows per plan; all nine statuses; created_at spread over two years; 6- and
// 12-month measurements for some. Requests are sequential after a warm-up (warm caches), so the
// numbers are the cost of one dashboard. The endpoint runs first; then the server stops (PGlite's
// data dir is the server's alone) and the SQL query is timed on a direct connection.
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

export const DEFAULTS = Object.freeze({ plans: 100_000, requests: 30, warmup: 5, targetMs: 300 });

const OPTIONS = {
  db: { type: 'string', default: 'pglite' },
  plans: { type: 'string' },
  requests: { type: 'string' },
  out: { type: 'string' },
  'no-write': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export const USAGE = `Usage: node bench/dashboard.mjs [options]

Measures GET /api/v1/dashboard over many plans against one hand-written SQL query.

  --db KIND        pglite, postgres or all (default: pglite; postgres needs BENCH_DATABASE_URL)
  --plans N        generated plans (default ${DEFAULTS.plans})
  --requests N     measured sequential requests (and SQL runs), at least 30 (default ${DEFAULTS.requests})
  --out FILE       JSON result file (default bench/results/<date>-dashboard.json)
  --no-write       do not write the JSON result file
`;

const TENANT = 'demo';
const YEAR = new Date().getFullYear();
const STATUSES = ['approved', 'in_progress', 'monitoring', 'closed'];
const DOMAINS = ['housing', 'debts', 'income', 'work', 'parenting', 'youth', 'health', 'mental-health', 'addiction', 'education', 'safety', 'justice', 'network', 'care', 'other'];
const STREAMS = ['wmo', 'jeugdwet', 'participatiewet', 'bijzondere-bijstand', 'schuldhulpverlening', 'maatwerkbudget', 'zvw', 'wlz', 'woningcorporatie', 'onderwijs', 'justitie', 'overig'];
const LEGAL = [
  ['Participatiewet', '35'],
  ['Participatiewet', '18'],
  ['Wet maatschappelijke ondersteuning 2015', '2.3.5'],
  ['Wet maatschappelijke ondersteuning 2015', '2.3.6'],
  ['Jeugdwet', '2.3'],
  ['Jeugdwet', '3.1'],
  ['Wet gemeentelijke schuldhulpverlening', '3'],
  ['Algemene wet bestuursrecht', '4:84'],
  ['Huisvestingswet 2014', '12'],
  ['Wet passend onderwijs', '4'],
  ['Zorgverzekeringswet', '10'],
  ['Wet langdurige zorg', '3.2.1'],
  ['Algemene wet bestuursrecht', '3:4'],
];

function resolveOptions(values) {
  const int = (name, fallback, min) => {
    const raw = values[name];
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new BenchError(`--${name} must be an integer ≥ ${min}, not "${raw}".`);
    return n;
  };
  return { plans: int('plans', DEFAULTS.plans, 1), requests: int('requests', DEFAULTS.requests, 30), out: values.out, write: !values['no-write'] };
}

const sqlArray = (items) => `ARRAY[${items.map((s) => `'${s}'`).join(', ')}]`;
const DOMAIN_ARRAY = sqlArray(DOMAINS);
const STREAM_ARRAY = sqlArray(STREAMS);
/** A domain key picked by a deterministic expression of the series number `g`. */
const pick = (array, expr) => `(${array})[1 + (${expr}) % ${DOMAINS.length}]`;
const LEGAL_JSON = `'${JSON.stringify(LEGAL.map(([regulation, article]) => ({ regulation, article, motivation: '' })))}'::jsonb`;

/** The generated plans, in SQL that both PGlite and PostgreSQL run. */
export function generationSql({ plans }) {
  const status = `CASE g % 20 WHEN 0 THEN 'draft' WHEN 1 THEN 'draft' WHEN 2 THEN 'sparring' WHEN 3 THEN 'scheduled'
      WHEN 4 THEN 'approved' WHEN 5 THEN 'approved' WHEN 6 THEN 'approved' WHEN 7 THEN 'in_progress' WHEN 8 THEN 'in_progress'
      WHEN 9 THEN 'in_progress' WHEN 10 THEN 'in_progress' WHEN 11 THEN 'monitoring' WHEN 12 THEN 'monitoring' WHEN 13 THEN 'monitoring'
      WHEN 18 THEN 'rejected' WHEN 19 THEN 'withdrawn' ELSE 'closed' END`;
  const legal = (k) => `${LEGAL_JSON} -> ((g * ${k}) % ${LEGAL.length})::int`;
  const document = `jsonb_build_object(
      'caseNumber', 'BENCH-' || lpad(g::text, 6, '0'), 'clientNumber', 'C-B' || g, 'situation', 'Benchmark', 'horizonMonths', 12,
      'lifeSatisfaction', CASE WHEN g % 6 = 0 THEN NULL ELSE 1 + g % 10 END,
      'domains', jsonb_build_array(${pick(DOMAIN_ARRAY, 'g')}, ${pick(DOMAIN_ARRAY, 'g * 3 + 1')}),
      'legalBases', CASE g % 3 WHEN 0 THEN jsonb_build_array(${legal(1)})
                              WHEN 1 THEN jsonb_build_array(${legal(1)}, ${legal(7)})
                              ELSE jsonb_build_array(${legal(1)}, ${legal(7)}, ${legal(11)}) END,
      'bottlenecks', CASE WHEN g % 4 = 0 THEN '[]'::jsonb
                          WHEN g % 7 = 0 THEN jsonb_build_array(
                            jsonb_build_object('description', 'Knelpunt', 'rule', '', 'level', 'local', 'theme', ${pick(DOMAIN_ARRAY, 'g * 11')}),
                            jsonb_build_object('description', 'Tweede knelpunt', 'rule', '', 'level', 'regional', 'theme', ${pick(DOMAIN_ARRAY, 'g * 5 + 2')}))
                          ELSE jsonb_build_array(jsonb_build_object('description', 'Knelpunt', 'rule', '', 'level', 'local', 'theme', ${pick(DOMAIN_ARRAY, 'g * 11')})) END)`;
  return [
    `INSERT INTO plans (tenant_id, id, case_number, status, version, document, author_id, created_at, updated_at, approved_at,
        kba_current_cents, kba_threatened_cents, kba_expected_threatened_cents, kba_plan_cents, kba_return_cents, kba_maatwerkbudget_cents)
       SELECT '${TENANT}', 'bench-plan-' || g, 'BENCH-' || lpad(g::text, 6, '0'), ${status}, 1, ${document}, u.id,
              now() - (g % 730) * interval '1 day' - (g % 24) * interval '1 hour', now(),
              CASE WHEN g % 20 BETWEEN 4 AND 17 THEN now() - (g % 730) * interval '1 day' + interval '1 day' END,
              a.c, a.t, b.e, b.p, b.e - b.p, CASE WHEN g % 3 = 0 THEN b.p / 2 ELSE 0 END
       FROM generate_series(1, ${plans}) g
       CROSS JOIN LATERAL (SELECT 1000000 + (g::bigint * 7919) % 2000000 AS c, 3000000 + (g::bigint * 104729) % 9000000 AS t) a
       CROSS JOIN LATERAL (SELECT (a.t * (50 + g % 51)) / 100 AS e, 1500000 + (g::bigint * 15485863) % 4000000 AS p) b
       CROSS JOIN (SELECT id FROM users WHERE tenant_id = '${TENANT}' ORDER BY id LIMIT 1) u`,
    // Three streams per plan, each a share of the plan's totals (½, ⅓ and the rest), so they add up.
    `INSERT INTO plan_kba_streams (tenant_id, plan_id, funding_stream, current_cents, threatened_cents, plan_cents, return_cents)
       SELECT p.tenant_id, p.id, (${STREAM_ARRAY})[1 + (substr(p.id, 12)::int + k * 5) % ${STREAMS.length}],
              CASE k WHEN 0 THEN p.kba_current_cents / 2 WHEN 1 THEN p.kba_current_cents / 3 ELSE p.kba_current_cents - p.kba_current_cents / 2 - p.kba_current_cents / 3 END,
              CASE k WHEN 0 THEN p.kba_threatened_cents / 2 WHEN 1 THEN p.kba_threatened_cents / 3 ELSE p.kba_threatened_cents - p.kba_threatened_cents / 2 - p.kba_threatened_cents / 3 END,
              CASE k WHEN 0 THEN p.kba_plan_cents / 2 WHEN 1 THEN p.kba_plan_cents / 3 ELSE p.kba_plan_cents - p.kba_plan_cents / 2 - p.kba_plan_cents / 3 END,
              CASE k WHEN 0 THEN p.kba_return_cents / 2 WHEN 1 THEN p.kba_return_cents / 3 ELSE p.kba_return_cents - p.kba_return_cents / 2 - p.kba_return_cents / 3 END
       FROM plans p, generate_series(0, 2) k
       WHERE p.tenant_id = '${TENANT}' AND p.id LIKE 'bench-plan-%'`,
    // The counted facts, derived from the generated documents as refreshPlanKba derives them on save.
    `INSERT INTO plan_facts (tenant_id, plan_id, kind, key, detail)
       SELECT DISTINCT p.tenant_id, p.id, 'legal_basis', b->>'regulation', coalesce(b->>'article', '')
       FROM plans p, jsonb_array_elements(coalesce(p.document->'legalBases', '[]'::jsonb)) b
       WHERE p.tenant_id = '${TENANT}' AND p.id LIKE 'bench-plan-%'
       UNION
       SELECT p.tenant_id, p.id, 'domain', d, ''
       FROM plans p, jsonb_array_elements_text(coalesce(p.document->'domains', '[]'::jsonb)) d
       WHERE p.tenant_id = '${TENANT}' AND p.id LIKE 'bench-plan-%'
       UNION
       SELECT p.tenant_id, p.id, 'bottleneck', coalesce(b.value->>'theme', 'other'), (b.ordinality - 1)::text
       FROM plans p, jsonb_array_elements(coalesce(p.document->'bottlenecks', '[]'::jsonb)) WITH ORDINALITY b
       WHERE p.tenant_id = '${TENANT}' AND p.id LIKE 'bench-plan-%'`,
    `INSERT INTO plan_measurements (tenant_id, id, plan_id, moment, life_satisfaction, note, measured_on, user_id)
       SELECT '${TENANT}', 'bench-m-' || g || '-' || m.moment, 'bench-plan-' || g, m.moment, 1 + (g + m.shift) % 10, '', current_date, u.id
       FROM generate_series(1, ${plans}) g
       CROSS JOIN (VALUES ('6m', 2, 5), ('12m', 3, 10)) m(moment, shift, every)
       CROSS JOIN (SELECT id FROM users WHERE tenant_id = '${TENANT}' ORDER BY id LIMIT 1) u
       WHERE g % m.every = 0`,
    'ANALYZE',
  ];
}

/** The dashboard's aggregates (default filter: the four statuses, all dates) as one statement. */
export function handWrittenSql(year = YEAR) {
  const statuses = STATUSES.map((s) => `'${s}'`).join(', ');
  return `WITH sel AS MATERIALIZED (
      SELECT tenant_id, id, status, document, approved_at, kba_current_cents, kba_threatened_cents, kba_expected_threatened_cents,
             kba_plan_cents, kba_return_cents, kba_maatwerkbudget_cents
      FROM plans WHERE tenant_id = '${TENANT}' AND deleted_at IS NULL AND status IN (${statuses})),
    per_plan AS (
      SELECT plan_id,
             sum(CASE kind WHEN 'commit' THEN amount_cents WHEN 'release' THEN -amount_cents ELSE 0 END) AS committed_net,
             sum(CASE WHEN kind = 'payment' THEN amount_cents ELSE 0 END) AS paid
      FROM budget_entries WHERE tenant_id = '${TENANT}' AND year = ${year} GROUP BY plan_id)
    SELECT json_build_object(
      'byStatus', (SELECT json_object_agg(status, n) FROM (SELECT status, count(*) AS n FROM sel GROUP BY status) x),
      'totals', (SELECT json_build_object('count', count(*), 'currentCents', sum(kba_current_cents), 'threatenedCents', sum(kba_threatened_cents),
                  'expectedThreatenedCents', sum(kba_expected_threatened_cents), 'planCents', sum(kba_plan_cents),
                  'returnCount', count(kba_return_cents), 'returnTotalCents', sum(kba_return_cents),
                  'returnAverageCents', round(sum(kba_return_cents)::numeric / nullif(count(kba_return_cents), 0))) FROM sel),
      'byFundingStream', (SELECT json_agg(x ORDER BY x.funding_stream) FROM (
                  SELECT s.funding_stream, sum(s.current_cents) AS current, sum(s.threatened_cents) AS threatened,
                         sum(s.plan_cents) AS plan, sum(s.return_cents) AS ret
                  FROM sel JOIN plan_kba_streams s ON s.tenant_id = sel.tenant_id AND s.plan_id = sel.id GROUP BY s.funding_stream) x),
      'topLegalBases', (SELECT json_agg(x) FROM (
                  SELECT f.key AS regulation, f.detail AS article, count(*) AS n
                  FROM sel JOIN plan_facts f ON f.tenant_id = sel.tenant_id AND f.plan_id = sel.id AND f.kind = 'legal_basis'
                  GROUP BY f.key, f.detail ORDER BY n DESC, f.key COLLATE "C", f.detail COLLATE "C" LIMIT 10) x),
      'domains', (SELECT json_agg(x ORDER BY x.n DESC, x.domain) FROM (
                  SELECT f.key AS domain, count(*) AS n
                  FROM sel JOIN plan_facts f ON f.tenant_id = sel.tenant_id AND f.plan_id = sel.id AND f.kind = 'domain' GROUP BY f.key) x),
      'bottlenecks', (SELECT json_agg(x ORDER BY x.n DESC, x.theme) FROM (
                  SELECT f.key AS theme, count(*) AS n
                  FROM sel JOIN plan_facts f ON f.tenant_id = sel.tenant_id AND f.plan_id = sel.id AND f.kind = 'bottleneck' GROUP BY f.key) x),
      'satisfaction', (SELECT json_build_object('intakeAverage', avg(intake), 'after6mAverage', avg(m6), 'after12mAverage', avg(m12),
                  'pairs', count(*) FILTER (WHERE intake IS NOT NULL AND m12 IS NOT NULL)) FROM (
                  SELECT (sel.document->>'lifeSatisfaction')::int AS intake, m6.life_satisfaction AS m6, m12.life_satisfaction AS m12
                  FROM sel
                  LEFT JOIN plan_measurements m6 ON m6.tenant_id = sel.tenant_id AND m6.plan_id = sel.id AND m6.moment = '6m'
                    AND m6.measured_on >= ((sel.approved_at AT TIME ZONE 'Europe/Amsterdam')::date + interval '6 months')::date - 14
                  LEFT JOIN plan_measurements m12 ON m12.tenant_id = sel.tenant_id AND m12.plan_id = sel.id AND m12.moment = '12m'
                    AND m12.measured_on >= ((sel.approved_at AT TIME ZONE 'Europe/Amsterdam')::date + interval '12 months')::date - 14) s),
      'budget', json_build_object('year', ${year},
                  'budgetCents', (SELECT coalesce(sum(amount_cents), 0) FROM budget_sources WHERE tenant_id = '${TENANT}' AND year = ${year}),
                  'committedCents', (SELECT coalesce(sum(greatest(0, committed_net - paid)), 0) FROM per_plan),
                  'paidCents', (SELECT coalesce(sum(paid), 0) FROM per_plan))
    ) AS dashboard`;
}

async function openDirect(kind, { dataDir, databaseUrl }) {
  if (kind === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const db = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
    return { query: (text) => db.query(text), close: () => db.close() };
  }
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return { query: (text) => client.query(text), close: () => client.end() };
}

async function generate(kind, target, options) {
  const db = await openDirect(kind, target);
  const t0 = performance.now();
  try {
    for (const statement of generationSql(options)) await db.query(statement);
  } finally {
    await db.close();
  }
  return Math.round(performance.now() - t0);
}

/** A cookie session with its CSRF token, for a write. */
async function sessionFor(baseUrl, email) {
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
  return { cookie, csrf: (await res.json()).csrfToken };
}

/**
 * A write that changes dashboard figures, as the budget holder makes it: the year's budget saved
 * again (its sources are replaced), which bumps the tenant's data version, so the next dashboard
 * request misses the cache (a cold request).
 */
async function budgetWriter(baseUrl) {
  const session = await sessionFor(baseUrl, 'budget@demodam.example');
  const url = `${baseUrl}/api/v1/budgets/${YEAR}`;
  const current = await (await fetch(url, { headers: { cookie: session.cookie } })).json();
  const body = JSON.stringify({ note: current.note ?? '', sources: (current.sources ?? []).map(({ code, name, amountCents }) => ({ code, name, amountCents })) });
  return async () => {
    const res = await fetch(url, { method: 'PUT', headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' }, body });
    if (res.status !== 200) throw new BenchError(`PUT ${url} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  };
}

async function loginAs(baseUrl, email) {
  const { cookie } = await sessionFor(baseUrl, email);
  return cookie;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const ms1 = (n) => Math.round(n * 10) / 10;
const stats = (latencies) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return { median: ms1(percentile(sorted, 50)), p95: ms1(percentile(sorted, 95)), p99: ms1(percentile(sorted, 99)), max: ms1(sorted.at(-1)) };
};

async function timeEndpoint(baseUrl, cookie, count) {
  const latencies = [];
  let body = null;
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}/api/v1/dashboard`, { headers: { cookie }, signal: AbortSignal.timeout(120_000) });
    const text = await res.text();
    latencies.push(performance.now() - t0);
    if (res.status !== 200) throw new BenchError(`GET /api/v1/dashboard answered ${res.status}: ${text.slice(0, 500)}`);
    bytes = Buffer.byteLength(text);
    body = JSON.parse(text);
  }
  return { latencies, body, bytes };
}

/** Each request right after a write: the cache misses, the figures are computed (the old cost). */
async function timeCold(baseUrl, cookie, write, count) {
  const latencies = [];
  for (let i = 0; i < count; i++) {
    await write();
    const t0 = performance.now();
    const res = await fetch(`${baseUrl}/api/v1/dashboard`, { headers: { cookie }, signal: AbortSignal.timeout(120_000) });
    const text = await res.text();
    latencies.push(performance.now() - t0);
    if (res.status !== 200) throw new BenchError(`GET /api/v1/dashboard answered ${res.status}: ${text.slice(0, 500)}`);
  }
  return latencies;
}

async function timeSql(db, count) {
  const statement = handWrittenSql();
  const latencies = [];
  let result = null;
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const res = await db.query(statement);
    latencies.push(performance.now() - t0);
    result = res.rows[0].dashboard;
  }
  return { latencies, result: typeof result === 'string' ? JSON.parse(result) : result };
}

function compareSame(a, b) {
  if (JSON.stringify(a) !== JSON.stringify(b)) throw new BenchError('The dashboard changed after saving the budget unchanged.');
}

/** The endpoint and the hand-written query must agree, or the comparison means nothing. */
function compare(endpoint, direct) {
  const checks = [
    ['plans.count', endpoint.plans.count, Number(direct.totals.count)],
    ['planCents', endpoint.planCents, Number(direct.totals.planCents)],
    ['returns.totalCents', endpoint.returns.totalCents, Number(direct.totals.returnTotalCents)],
    ['returns.averageCents', endpoint.returns.averageCents, Number(direct.totals.returnAverageCents)],
    ['satisfaction.pairs', endpoint.satisfaction.pairs, Number(direct.satisfaction.pairs)],
    // Rounded to two decimals by the endpoint: equal within half a hundredth.
    ['satisfaction.after6mAverage', true, Math.abs(endpoint.satisfaction.after6mAverage - Number(direct.satisfaction.after6mAverage)) <= 0.005],
    ['topLegalBases[0].count', endpoint.topLegalBases[0]?.count, Number(direct.topLegalBases[0]?.n)],
    ['byFundingStream.length', endpoint.byFundingStream.length, direct.byFundingStream.length],
  ];
  const wrong = checks.filter(([, a, b]) => a !== b);
  if (wrong.length) throw new BenchError(`Endpoint and SQL disagree: ${wrong.map(([name, a, b]) => `${name} ${a} ≠ ${b}`).join(', ')}`);
}

export async function measure(kind, options, log = console.error) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `doorbraak-bench-dashboard-${kind}-`));
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
    const target = { dataDir: path.join(workDir, 'data'), databaseUrl: database?.url };
    // First start: migrations and the demo seed; then stop, so PGlite's data dir is free to insert.
    server = await startServer({ workDir, databaseUrl: database?.url });
    if (server.health.database !== kind) throw new BenchError(`The server reports database "${server.health.database}", expected "${kind}".`);
    await stopServer(server);
    server = null;
    const generateMs = await generate(kind, target, options);
    log(`bench[${kind}]: generated ${options.plans} plans (${options.plans * 3} stream rows) in ${(generateMs / 1000).toFixed(1)} s`);

    server = await startServer({ workDir, databaseUrl: database?.url });
    const cookie = await loginAs(server.baseUrl, 'beleid@demodam.example');
    await timeEndpoint(server.baseUrl, cookie, DEFAULTS.warmup);
    const endpoint = await timeEndpoint(server.baseUrl, cookie, options.requests);
    const write = await budgetWriter(server.baseUrl);
    await timeCold(server.baseUrl, cookie, write, DEFAULTS.warmup);
    const cold = await timeCold(server.baseUrl, cookie, write, options.requests);
    // The figures after the writes are the same (the budget was saved unchanged) and still from the cache.
    compareSame(endpoint.body, (await timeEndpoint(server.baseUrl, cookie, 1)).body);
    await stopServer(server);
    server = null;

    const db = await openDirect(kind, target);
    let direct;
    try {
      await timeSql(db, DEFAULTS.warmup);
      direct = await timeSql(db, options.requests);
    } finally {
      await db.close();
    }
    compare(endpoint.body, direct.result);

    const endpointMs = stats(endpoint.latencies);
    const coldMs = stats(cold);
    const sqlMs = stats(direct.latencies);
    const ratio = round2(endpointMs.median / sqlMs.median);
    log(`bench[${kind}]: cold (after a write) median ${coldMs.median} ms p95 ${coldMs.p95} ms`);
    log(`bench[${kind}]: endpoint median ${endpointMs.median} ms p95 ${endpointMs.p95} ms p99 ${endpointMs.p99} ms; one SQL query median ${sqlMs.median} ms p95 ${sqlMs.p95} ms; ratio ${ratio}`);
    return {
      database: kind,
      plans: options.plans,
      countedPlans: endpoint.body.plans.count,
      generateMs,
      requests: options.requests,
      endpoint: { latencyMs: endpointMs, responseBytes: endpoint.bytes },
      cold: { latencyMs: coldMs, note: 'each request right after a budget save (the data version changed): the cache misses' },
      sql: { latencyMs: sqlMs },
      ratioMedian: ratio,
      ratioP95: round2(endpointMs.p95 / sqlMs.p95),
      targetMs: DEFAULTS.targetMs,
      meetsTarget: endpointMs.p95 < DEFAULTS.targetMs,
      coldMeetsTarget: coldMs.median < DEFAULTS.targetMs,
    };
  } finally {
    await cleanup();
    activeCleanups.delete(cleanup);
  }
}

export function formatTable(results) {
  const header = ['database', 'plans', 'warm median', 'p95', 'p99', 'cold median', 'cold p95', 'SQL median', 'SQL p95', 'ratio'];
  const rows = results.map((r) => [
    r.database,
    String(r.plans),
    `${r.endpoint.latencyMs.median} ms`,
    `${r.endpoint.latencyMs.p95} ms`,
    `${r.endpoint.latencyMs.p99} ms`,
    `${r.cold?.latencyMs.median ?? '–'} ms`,
    `${r.cold?.latencyMs.p95 ?? '–'} ms`,
    `${r.sql.latencyMs.median} ms`,
    `${r.sql.latencyMs.p95} ms`,
    `${r.ratioMedian}×`,
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
  try {
    const startedAt = new Date();
    const results = [];
    for (const kind of kinds) results.push(await measure(kind, options));
    console.log(`\nDashboard: GET /api/v1/dashboard (beleid, default filter) over ${options.plans} plans, ${options.requests} sequential requests after warm-up\n(warm: answered from the cache; cold: each right after a write that changes the tenant's data version),\nagainst one hand-written SQL query on a direct connection. Target: < ${DEFAULTS.targetMs} ms on PostgreSQL.\n`);
    console.log(formatTable(results));
    if (options.write) {
      const suffix = kinds.length === 1 ? `-${kinds[0]}` : '';
      const out = path.resolve(options.out ?? path.join(ROOT, 'bench', 'results', `${startedAt.toISOString().slice(0, 10)}-dashboard${suffix}.json`));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const report = { benchmark: 'dashboard', date: startedAt.toISOString(), machine: { ...machineInfo(), loadavgAfter: os.loadavg().map(round2) }, options, results };
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
