#!/usr/bin/env node
// Plans throughput: requests/s and latency of reading (`GET /api/v1/plans/:id`) and saving
// (`PUT /api/v1/plans/:id`) realistic plans (~20 cost lines), on a real server started as a child
// process on loopback. See bench/README.md.
//
//   node bench/plans-throughput.mjs [--db pglite|postgres|all] [--duration 10] [--connections 10]
//                                   [--rounds 2] [--warmup 3] [--out FILE] [--no-write]
//
// Each connection owns one plan. For PUT it saves that plan again and again with the version the
// previous answer returned, so a 409 (conflict) means something is wrong, not that two
// connections raced. The load is generated with `fetch` loops (one per connection, keep-alive)
// because autocannon clears its per-connection context whenever it loops over its request list,
// so it cannot carry the version from one save to the next. GET is measured with the same loops,
// so the two routes are compared with the same client.
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
  installSignalHandlers,
  loginSession,
  machineBusy,
  machineInfo,
  median,
  processCpuMs,
  round2,
  startServer,
  stopServer,
  tail,
  parseBenchArgs,
} from './auth-overhead.mjs';

export const DEFAULTS = Object.freeze({ duration: 10, connections: 10, rounds: 2, warmup: 3 });

const OPTIONS = {
  db: { type: 'string', default: 'pglite' },
  duration: { type: 'string' },
  connections: { type: 'string' },
  rounds: { type: 'string' },
  warmup: { type: 'string' },
  out: { type: 'string' },
  'no-write': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export const USAGE = `Usage: node bench/plans-throughput.mjs [options]

Measures GET and PUT /api/v1/plans/:id (plans with 20 cost lines) on a server started on ${HOST}.

  --db KIND          pglite, postgres or all (default: pglite; postgres needs BENCH_DATABASE_URL)
  --duration S       seconds per measured run (default ${DEFAULTS.duration})
  --connections N    concurrent connections = plans, one plan per connection (default ${DEFAULTS.connections})
  --rounds N         alternating rounds GET, PUT, GET, PUT, … (default ${DEFAULTS.rounds}, at least 2)
  --warmup S         seconds of unmeasured load per route before the rounds (default ${DEFAULTS.warmup})
  --out FILE         JSON result file (default bench/results/<date>-plans-throughput.json)
  --no-write         do not write the JSON result file
`;

function resolveOptions(values) {
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
    out: values.out,
    write: !values['no-write'],
  };
}

// ---------------------------------------------------------------------------------------------
// A realistic plan: the shape of src/plans/test/factories.ts `buildPlanDocument`, with 20 cost
// lines (6 current, 6 threatened, 6 plan, 2 in one alternative).

const line = (description, fundingStream, unitPriceCents, quantity, frequency, more = {}) => ({
  description,
  fundingStream,
  unitPriceCents,
  quantity,
  frequency,
  ...more,
});

export function planDocument(n) {
  return {
    caseNumber: `BENCH-${process.pid}-${String(n).padStart(3, '0')}`,
    clientNumber: `C-${String(900000 + n)}`,
    household: { adults: 1, children: 2 },
    lifeSatisfaction: 4,
    domains: ['housing', 'debts', 'income', 'parenting'],
    situation: 'Moeder met twee kinderen dreigt haar huurwoning te verliezen door een huurschuld; de schulden lopen op en de oudste zit thuis.',
    perspective: 'Een betaalbare woning, een stabiel inkomen en de oudste weer naar school.',
    breakthrough: 'De gemeente lost de huurschuld af uit het maatwerkbudget; de corporatie ziet af van ontbinding.',
    selfActions: [
      { description: 'Moeder houdt een kasboek bij', owner: 'moeder' },
      { description: 'Oudste gaat twee ochtenden naar de leerwerkplaats', owner: 'oudste' },
    ],
    support: [
      { description: 'Budgetbegeleiding', owner: 'schuldhulp' },
      { description: 'Ambulante gezinsbegeleiding', owner: 'wijkteam' },
    ],
    treatment: [{ description: 'Gesprekken bij de GGZ voor moeder', owner: 'huisarts' }],
    horizonMonths: 24,
    scenarios: {
      current: {
        lines: [
          line('Wijkteam, casusregie', 'wmo', 12_500, 4, 'month'),
          line('Bijstandsuitkering', 'participatiewet', 135_000, 1, 'month'),
          line('Schuldhulpverlening, intake en stabilisatie', 'schuldhulpverlening', 180_000, 1, 'once'),
          line('Jeugdhulp ambulant', 'jeugdwet', 9_800, 6, 'month'),
          line('Leerplichtambtenaar', 'onderwijs', 7_500, 2, 'month'),
          line('Huisarts en POH-GGZ', 'zvw', 4_200, 2, 'month'),
        ],
      },
      threatened: {
        probability: 0.7,
        lines: [
          line('Ontruiming, kosten corporatie', 'woningcorporatie', 650_000, 1, 'once'),
          line('Maatschappelijke opvang gezin', 'wmo', 11_500, 365, 'year', { startMonth: 3 }),
          line('Jeugdhulp met verblijf, twee kinderen', 'jeugdwet', 21_000, 2, 'day', { startMonth: 6, months: 12 }),
          line('Schuldhulpverlening, volledig traject', 'schuldhulpverlening', 350_000, 1, 'once'),
          line('Bijstandsuitkering', 'participatiewet', 135_000, 1, 'month'),
          line('Leerplicht en thuiszitterstraject', 'onderwijs', 42_500, 1, 'once', { vat: true }),
        ],
      },
      plan: {
        name: 'Huurschuld aflossen en begeleiden',
        lines: [
          line('Aflossing huurschuld', 'maatwerkbudget', 480_000, 1, 'once'),
          line('Budgetbegeleiding', 'schuldhulpverlening', 9_500, 4, 'month', { months: 12 }),
          line('Ambulante gezinsbegeleiding', 'jeugdwet', 9_800, 4, 'month', { months: 9 }),
          line('Wijkteam, casusregie', 'wmo', 12_500, 2, 'month'),
          line('Leerwerkplaats oudste', 'onderwijs', 26_750, 2.675, 'month', { startMonth: 2 }),
          line('Bijstandsuitkering', 'participatiewet', 135_000, 1, 'month', { months: 18 }),
        ],
      },
      alternatives: [
        {
          name: 'Schuldsanering zonder aflossing',
          lines: [
            line('WSNP-traject', 'schuldhulpverlening', 420_000, 1, 'once'),
            line('Tijdelijke opvang', 'wmo', 11_500, 90, 'once'),
          ],
        },
      ],
    },
    legalBases: [
      { regulation: 'Wet maatschappelijke ondersteuning 2015', article: '2.3.5', bwbId: 'BWBR0035362', motivation: 'Maatwerkvoorziening.' },
      { regulation: 'Wet gemeentelijke schuldhulpverlening', article: '3', bwbId: 'BWBR0031343', motivation: 'Schuldhulp.' },
    ],
    involvement: {
      householdAgrees: true,
      householdView: 'Moeder wil dit graag.',
      network: 'Buurvrouw en zus',
      professionals: [
        { organisation: 'Wijkteam', role: 'consulent', agrees: true },
        { organisation: 'Woningcorporatie', role: 'huurconsulent', agrees: true },
      ],
    },
    bottlenecks: [
      { description: 'De corporatie kan een huurschuld niet kwijtschelden zonder garantie.', rule: 'Huurincasso', level: 'local', theme: 'housing' },
    ],
  };
}

const countLines = (doc) =>
  doc.scenarios.current.lines.length +
  doc.scenarios.threatened.lines.length +
  doc.scenarios.plan.lines.length +
  doc.scenarios.alternatives.reduce((sum, a) => sum + a.lines.length, 0);

// ---------------------------------------------------------------------------------------------
// Load: one fetch loop per connection, each on its own plan

async function api(baseUrl, session, method, urlPath, body) {
  const headers = { cookie: session.cookie };
  if (method !== 'GET') headers['x-csrf-token'] = session.csrfToken;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${urlPath}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON; kept as text below
  }
  return { status: res.status, json, text };
}

const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : null);
const ms1 = (n) => (n === null ? null : Math.round(n * 10) / 10);

/**
 * Runs `plans.length` concurrent loops for `durationS` seconds. GET reads the loop's plan; PUT
 * saves it with the version of the previous answer (on a non-200 the loop re-reads the plan so it
 * can go on; the non-200 is counted).
 */
async function load({ baseUrl, session, plans, method, durationS }) {
  const latencies = [];
  const statuses = {};
  let errors = 0;
  const start = performance.now();
  const end = start + durationS * 1000;
  await Promise.all(
    plans.map(async (plan) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        let status;
        try {
          if (method === 'GET') {
            ({ status } = await api(baseUrl, session, 'GET', `/api/v1/plans/${plan.id}`));
          } else {
            plan.saves += 1;
            const body = { ...plan.document, situation: `${plan.document.situation} (${plan.saves})`, version: plan.version };
            const res = await api(baseUrl, session, 'PUT', `/api/v1/plans/${plan.id}`, body);
            status = res.status;
            if (status === 200) plan.version = res.json.version;
          }
        } catch {
          errors += 1;
          status = 'error';
        }
        latencies.push(performance.now() - t0);
        statuses[status] = (statuses[status] ?? 0) + 1;
        if (method === 'PUT' && status !== 200) {
          const fresh = await api(baseUrl, session, 'GET', `/api/v1/plans/${plan.id}`).catch(() => null);
          if (fresh?.status === 200) plan.version = fresh.json.version;
        }
      }
    }),
  );
  const elapsedS = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const total = latencies.length;
  return {
    requestsTotal: total,
    durationS: round2(elapsedS),
    reqPerSec: round2(total / elapsedS),
    latencyMs: {
      p50: ms1(percentile(latencies, 50)),
      p90: ms1(percentile(latencies, 90)),
      p99: ms1(percentile(latencies, 99)),
      max: ms1(latencies[total - 1] ?? null),
      average: ms1(total ? latencies.reduce((a, b) => a + b, 0) / total : null),
    },
    statusCodes: statuses,
    non200: total - (statuses[200] ?? 0),
    errors,
  };
}

function aggregate(runs) {
  const cpu = runs.map((r) => r.serverCpuUsPerRequest);
  return {
    reqPerSec: round2(median(runs.map((r) => r.reqPerSec))),
    p50: ms1(median(runs.map((r) => r.latencyMs.p50))),
    p99: ms1(median(runs.map((r) => r.latencyMs.p99))),
    serverCpuUsPerRequest: cpu.includes(null) ? null : Math.round(median(cpu)),
    /** Summed over all measured rounds (not the warm-up). */
    non200: runs.reduce((sum, r) => sum + r.non200, 0),
  };
}

/** Runs the whole measurement for one database kind. Always stops the server and removes its temp dir. */
export async function measure(kind, options, log = console.error) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `doorbraak-bench-plans-${kind}-`));
  const adminUrl = process.env.BENCH_DATABASE_URL;
  let database = null;
  let server = null;
  const cleanup = async () => {
    await stopServer(server);
    if (database) {
      await dropBenchDatabase(adminUrl, database.name).catch((error) => log(`bench: could not drop database ${database.name}: ${error.message}`));
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
    server = await startServer({ workDir, databaseUrl: database?.url });
    if (server.health.database !== kind) {
      throw new BenchError(`The server reports database "${server.health.database}", expected "${kind}".`);
    }
    log(`bench[${kind}]: server pid ${server.child.pid} on ${server.baseUrl}, up in ${(server.startupMs / 1000).toFixed(1)} s`);
    const session = await loginSession(server.baseUrl);
    if (!session.csrfToken) throw new BenchError('The login answer carried no csrfToken.');

    const plans = [];
    for (let i = 1; i <= options.connections; i++) {
      const document = planDocument(i);
      const res = await api(server.baseUrl, session, 'POST', '/api/v1/plans', document);
      if (res.status !== 201) throw new BenchError(`POST /api/v1/plans answered ${res.status}: ${res.text.slice(0, 2000)}`);
      plans.push({ id: res.json.id, version: res.json.version, document, saves: 0 });
    }
    const linesPerPlan = countLines(plans[0].document);
    const planBytes = Buffer.byteLength(JSON.stringify(plans[0].document));
    log(`bench[${kind}]: created ${plans.length} plans with ${linesPerPlan} cost lines each (${planBytes} bytes of JSON)`);

    const routes = [
      { route: 'GET /api/v1/plans/:id', method: 'GET' },
      { route: 'PUT /api/v1/plans/:id', method: 'PUT' },
    ];
    const check = (route, result, when) => {
      if (result.errors) throw new BenchError(`${route} had ${result.errors} failed requests ${when}; the numbers would be meaningless.`);
      if (!server.isRunning()) throw new BenchError(`The server exited during the measurement. Its log:\n${tail(server.logFile)}`);
    };
    if (options.warmup > 0) {
      log(`bench[${kind}]: warm-up ${options.warmup} s per route`);
      for (const r of routes) {
        const result = await load({ baseUrl: server.baseUrl, session, plans, method: r.method, durationS: options.warmup });
        check(r.route, result, 'during warm-up');
        if (result.non200) throw new BenchError(`${r.route} answered ${JSON.stringify(result.statusCodes)} during warm-up.`);
      }
    }
    const runs = [];
    for (let round = 1; round <= options.rounds; round++) {
      for (const r of routes) {
        const cpuBefore = processCpuMs(server.child.pid);
        const raw = await load({ baseUrl: server.baseUrl, session, plans, method: r.method, durationS: options.duration });
        const cpuAfter = processCpuMs(server.child.pid);
        const cpuMs = cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore;
        const result = {
          round,
          route: r.route,
          ...raw,
          serverCpuUsPerRequest: cpuMs === null || !raw.requestsTotal ? null : Math.round((cpuMs * 1000) / raw.requestsTotal),
        };
        log(
          `bench[${kind}]: round ${round} ${r.route.padEnd(22)} ${result.reqPerSec.toFixed(0).padStart(6)} req/s ` +
            `p50 ${result.latencyMs.p50} ms p99 ${result.latencyMs.p99} ms, non-200 ${result.non200}` +
            (result.serverCpuUsPerRequest === null ? '' : `, server CPU ${result.serverCpuUsPerRequest} µs/request`),
        );
        check(r.route, result, `in round ${round}`);
        runs.push(result);
      }
    }
    const savedVersions = plans.map((p) => p.version);
    return {
      database: kind,
      serverStartupMs: server.startupMs,
      plans: plans.length,
      costLinesPerPlan: linesPerPlan,
      planJsonBytes: planBytes,
      get: aggregate(runs.filter((x) => x.route === routes[0].route)),
      put: aggregate(runs.filter((x) => x.route === routes[1].route)),
      finalVersions: { min: Math.min(...savedVersions), max: Math.max(...savedVersions) },
      runs,
    };
  } finally {
    await cleanup();
    activeCleanups.delete(cleanup);
  }
}

// ---------------------------------------------------------------------------------------------
// Reporting

export function formatTable(results) {
  const header = ['database', 'route', 'req/s', 'p50 ms', 'p99 ms', 'server CPU µs/req', 'non-200'];
  const rows = [];
  const cpu = (a) => (a.serverCpuUsPerRequest === null ? '–' : String(a.serverCpuUsPerRequest));
  for (const r of results) {
    for (const [route, a] of [['GET /api/v1/plans/:id', r.get], ['PUT /api/v1/plans/:id', r.put]]) {
      rows.push([r.database, route, a.reqPerSec.toFixed(0), String(a.p50), String(a.p99), cpu(a), String(a.non200)]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row) => row.map((cell, i) => (i >= 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ');
  return [fmt(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}

export function defaultOutFile(date = new Date()) {
  return path.join(ROOT, 'bench', 'results', `${date.toISOString().slice(0, 10)}-plans-throughput.json`);
}

/** Runs the benchmark for the given database kinds; prints, writes JSON, returns the exit code. */
export async function runPlansThroughput(kinds, options) {
  const startedAt = new Date();
  const loadavgBefore = os.loadavg().map(round2);
  const busyBefore = await machineBusy();
  if (busyBefore !== null && busyBefore > 0.15) {
    console.error(
      `bench: WARNING: ${(busyBefore * 100).toFixed(0)} % of the CPU was busy before the benchmark started. ` +
        'Other processes compete with the server and the load generator; expect noisy numbers.',
    );
  }
  const results = [];
  for (const kind of kinds) results.push(await measure(kind, options));

  const report = {
    benchmark: 'plans-throughput',
    date: startedAt.toISOString(),
    command: `node ${path.relative(ROOT, process.argv[1] ?? 'bench/plans-throughput.mjs')} ${process.argv.slice(2).join(' ')}`.trim(),
    machine: {
      ...machineInfo(),
      cpuBusyBeforeStart: busyBefore === null ? null : round2(busyBefore),
      loadavgBefore,
      loadavgAfter: os.loadavg().map(round2),
    },
    options: { duration: options.duration, connections: options.connections, rounds: options.rounds, warmup: options.warmup, client: 'fetch loops, one per connection' },
    results,
  };
  console.log(
    `\nPlans throughput: ${options.rounds} alternating rounds × ${options.duration} s, ${options.connections} connections (one plan each), ` +
      `median per route (${report.machine.cpus} CPUs, Node ${report.machine.node})\n`,
  );
  console.log(formatTable(results));
  if (options.write) {
    const out = path.resolve(options.out ?? defaultOutFile(startedAt));
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nResults written to ${path.relative(process.cwd(), out) || out}`);
  }
  const conflicted = results.filter((r) => r.get.non200 || r.put.non200);
  for (const r of conflicted) {
    console.error(`\nTARGET MISSED on ${r.database}: ${r.get.non200} GET and ${r.put.non200} PUT answers were not 200 (expected none).`);
  }
  if (!conflicted.length) console.log(`\nTarget met: every GET and PUT answered 200 on ${kinds.join(' and ')}.`);
  return conflicted.length ? 1 : 0;
}

export async function cli(argv, { defaultDb } = {}) {
  const parsed = parseBenchArgs(argv, { options: OPTIONS, usage: USAGE, resolveOptions, defaultDb });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { options, kinds } = parsed;
  installSignalHandlers();
  try {
    return await runPlansThroughput(kinds, options);
  } catch (error) {
    console.error(`\nbench: ${error instanceof BenchError ? error.message : (error.stack ?? error)}`);
    return 2;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await cli(process.argv.slice(2));
}
