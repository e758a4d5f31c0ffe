#!/usr/bin/env node
// Back-test of the late-claims model (issue 12, docs/grip.md "Late claims"): what the ledger
// forecast on a past day for the months before it, against what has arrived for those months by
// today. See docs/grip.md "Back-test".
//
//   node bench/grip-backtest.mjs [--db postgres|pglite] [--scale 0.5] [--seed 2026]
//                                [--database-url URL] [--out FILE] [--no-write]
//
// The synthetic Demodam dataset is generated and imported through POST /api/v1/imports as in
// bench/service-data.mjs (or, with --database-url, a database that already holds it is used, e.g.
// one that `node bench/grip.mjs --keep` left). Then, on a direct connection, for each cut-off day C
// (1 July of this year; 1 April and 1 October of last year):
//
//   forecast  = loadGripBudget({ year, date: C − 1 day, asOf: C })      declarations that arrived after C left out
//   actual    = loadGripBudget({ year, date: C − 1 day, asOf: today })   what arrived since, plus the model's small remainder
//
// and per pillar and budget line: realised then + late claims then (the model), realised then
// alone (no model), against realised now + late claims now.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  BenchError,
  ROOT,
  activeCleanups,
  createBenchDatabase,
  dropBenchDatabase,
  installSignalHandlers,
  machineInfo,
  parseBenchArgs,
  round2,
  stopServer,
} from './auth-overhead.mjs';
import { TENANT, amsterdamToday, apiToken, generateDemodam, importParts, loadSource, setUp, sourceDigest, startServer } from './service-data.mjs';

export const DEFAULTS = Object.freeze({ scale: 0.5, seed: 2026, pollMs: 2000, biasPercent: 5 });

const OPTIONS = {
  db: { type: 'string', default: 'postgres' },
  scale: { type: 'string' },
  seed: { type: 'string' },
  'database-url': { type: 'string' },
  out: { type: 'string' },
  'no-write': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

export const USAGE = `Usage: node bench/grip-backtest.mjs [options]

Back-tests the late-claims model: the ledger as of a past cut-off day (1 July of this year, and
1 April and 1 October of last year) against what has arrived for the same months by today.

  --db KIND            postgres or pglite (default: postgres, which needs BENCH_DATABASE_URL)
  --scale N            generator scale (default ${DEFAULTS.scale})
  --seed S             generator seed (default ${DEFAULTS.seed})
  --database-url URL   use this PostgreSQL database, which already holds Demodam for tenant "${TENANT}"
                       imported today (no generation, no import)
  --out FILE           JSON result file (default bench/results/<date>-grip-backtest.json)
  --no-write           do not write the JSON result file
`;

const DB_CLIENT = path.join(ROOT, 'src', 'db', 'client.ts');
const BUDGET_SERVICE = path.join(ROOT, 'src', 'grip', 'budget.service.ts');
const PILLAR_ORDER = ['wmo', 'jeugd', 'participatie', 'schuldhulp', 'onderwijs'];

function resolveOptions(values) {
  const scale = values.scale === undefined ? DEFAULTS.scale : Number(values.scale);
  if (!Number.isFinite(scale) || scale <= 0) throw new BenchError(`--scale must be a number > 0, not "${values.scale}".`);
  const seed = values.seed === undefined ? DEFAULTS.seed : Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new BenchError(`--seed must be an integer ≥ 0, not "${values.seed}".`);
  return { scale, seed, today: amsterdamToday(), databaseUrl: values['database-url'], out: values.out, write: !values['no-write'] };
}

/** The cut-off days: 1 July of this year (the issue's), 1 April and 1 October of last year (nearly all arrived since). */
export function cutOffs(today) {
  const year = Number(today.slice(0, 4));
  const all = [
    { name: `1 juli ${year}`, asOf: `${year}-07-01`, date: `${year}-06-30` },
    { name: `1 april ${year - 1}`, asOf: `${year - 1}-04-01`, date: `${year - 1}-03-31` },
    { name: `1 oktober ${year - 1}`, asOf: `${year - 1}-10-01`, date: `${year - 1}-09-30` },
  ];
  return all.filter((c) => c.asOf < today).map((c) => ({ ...c, year: Number(c.date.slice(0, 4)) }));
}

// ---------------------------------------------------------------------------------------------
// The comparison (pure)

const percent = (error, actual) => (actual === 0 ? null : round2((error / actual) * 100));

/** One row: the forecast then (with and without the model) against the actual now. */
export function compare(key, then, now) {
  const withModel = then.realisedCents + then.lateClaimsCents;
  const actual = now.realisedCents + now.lateClaimsCents;
  return {
    key,
    realisedThenCents: then.realisedCents,
    lateClaimsThenCents: then.lateClaimsCents,
    forecastCents: withModel,
    realisedNowCents: now.realisedCents,
    lateClaimsNowCents: now.lateClaimsCents,
    actualCents: actual,
    errorCents: withModel - actual,
    errorPercent: percent(withModel - actual, actual),
    errorWithoutModelPercent: percent(then.realisedCents - actual, actual),
    remainderPercentOfActual: percent(now.lateClaimsCents, actual),
  };
}

function sumBy(lines, keyOf) {
  const out = new Map();
  for (const line of lines) {
    const key = keyOf(line);
    const acc = out.get(key) ?? { realisedCents: 0, lateClaimsCents: 0 };
    acc.realisedCents += line.realisedCents;
    acc.lateClaimsCents += line.lateClaimsCents;
    out.set(key, acc);
  }
  return out;
}

const ZERO = { realisedCents: 0, lateClaimsCents: 0 };

/** Per pillar, per budget line and in total; pillars with nothing then and now are left out. */
export function backtestRows(then, now) {
  const pillarsThen = sumBy(then.lines, (l) => l.pillar);
  const pillarsNow = sumBy(now.lines, (l) => l.pillar);
  const pillars = PILLAR_ORDER.filter((p) => pillarsThen.has(p) || pillarsNow.has(p))
    .map((p) => compare(p, pillarsThen.get(p) ?? ZERO, pillarsNow.get(p) ?? ZERO))
    .filter((row) => row.actualCents !== 0 || row.forecastCents !== 0);
  const linesThen = sumBy(then.lines, (l) => l.budgetLine);
  const linesNow = sumBy(now.lines, (l) => l.budgetLine);
  const lines = [...new Set([...linesThen.keys(), ...linesNow.keys()])]
    .map((key) => compare(key, linesThen.get(key) ?? ZERO, linesNow.get(key) ?? ZERO))
    .filter((row) => row.actualCents !== 0 || row.forecastCents !== 0);
  // The pillars whose figures come late (323 declarations): the ones the model is for.
  const declared = (l) => l.pillar === 'wmo' || l.pillar === 'jeugd';
  const sum = (lines, pick) => [...sumBy(lines.filter(pick), () => 'x').values()][0] ?? ZERO;
  const totals = [
    compare('wmo + jeugd (declaraties)', sum(then.lines, declared), sum(now.lines, declared)),
    compare('totaal', then.totals, now.totals),
  ];
  return { pillars, lines, totals };
}

/** Per month of the period: the differences of the cumulative ledgers (date = each month's end). */
export function monthRows(cumulativeThen, cumulativeNow) {
  const rows = [];
  let prevThen = null;
  let prevNow = null;
  for (let i = 0; i < cumulativeThen.length; i++) {
    const delta = (cur, prev, pick) => {
      const of = (x) => (x ? sumBy(x.lines.filter(pick), () => 'x').get('x') ?? ZERO : ZERO);
      const a = of(cur);
      const b = of(prev);
      return { realisedCents: a.realisedCents - b.realisedCents, lateClaimsCents: a.lateClaimsCents - b.lateClaimsCents };
    };
    const declared = (l) => l.pillar === 'wmo' || l.pillar === 'jeugd';
    rows.push(compare(cumulativeThen[i].date.slice(0, 7), delta(cumulativeThen[i], prevThen, declared), delta(cumulativeNow[i], prevNow, declared)));
    prevThen = cumulativeThen[i];
    prevNow = cumulativeNow[i];
  }
  return rows;
}

const monthEndsUpTo = (date) => {
  const [year, month] = date.split('-').map(Number);
  return Array.from({ length: month }, (_, i) => new Date(Date.UTC(year, i + 1, 0)).toISOString().slice(0, 10));
};

async function runBacktest(db, today) {
  const { loadGripBudget } = await loadSource(BUDGET_SERVICE);
  const scenarios = [];
  for (const c of cutOffs(today)) {
    const then = await loadGripBudget(db, TENANT, { year: c.year, date: c.date, asOf: c.asOf });
    const now = await loadGripBudget(db, TENANT, { year: c.year, date: c.date, asOf: today });
    const cumulativeThen = [];
    const cumulativeNow = [];
    for (const end of monthEndsUpTo(c.date)) {
      cumulativeThen.push(await loadGripBudget(db, TENANT, { year: c.year, date: end, asOf: c.asOf }));
      cumulativeNow.push(await loadGripBudget(db, TENANT, { year: c.year, date: end, asOf: today }));
    }
    scenarios.push({ ...c, ...backtestRows(then, now), months: monthRows(cumulativeThen, cumulativeNow) });
  }
  return scenarios;
}

// ---------------------------------------------------------------------------------------------
// Reporting

const euro = (cents) => `€ ${Math.round(cents / 100).toLocaleString('nl-NL')}`;
const pct = (p) => (p === null ? '–' : `${p > 0 ? '+' : ''}${p.toFixed(1).replace('.', ',')} %`);

/** The table of docs/grip.md "Back-test": one per cut-off day. */
export function markdownTable(rows) {
  const header = '| pijler | werkelijk (nu) | prognose met model (gerealiseerd + nakomend) | fout | zonder model (alleen gerealiseerd) | fout zonder model |';
  const lines = [header, '|---|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.key} | ${euro(r.actualCents)} | ${euro(r.forecastCents)} (${euro(r.realisedThenCents)} + ${euro(r.lateClaimsThenCents)}) | ${pct(r.errorPercent)} | ${euro(r.realisedThenCents)} | ${pct(r.errorWithoutModelPercent)} |`);
  }
  return lines.join('\n');
}

export function monthsMarkdown(rows) {
  const lines = ['| maand | werkelijk (nu) | prognose met model | fout | zonder model |', '|---|---:|---:|---:|---:|'];
  for (const r of rows) lines.push(`| ${r.key} | ${euro(r.actualCents)} | ${euro(r.forecastCents)} | ${pct(r.errorPercent)} | ${pct(r.errorWithoutModelPercent)} |`);
  return lines.join('\n');
}

function printScenario(s) {
  console.log(`\n### Prognose op ${s.name} voor ${s.year}-01 t/m ${s.date.slice(0, 7)} (date ${s.date}, asOf ${s.asOf})\n`);
  console.log(markdownTable([...s.pillars, ...s.totals]));
  console.log(`\nPer maand (wmo + jeugd):\n\n${monthsMarkdown(s.months)}`);
  const remainder = s.totals.find((t) => t.key.startsWith('wmo'))?.remainderPercentOfActual;
  console.log(`\n(Of "werkelijk", the model's own remainder for what has not arrived by today: ${pct(remainder)} of it.)`);
}

// ---------------------------------------------------------------------------------------------
// The data

/**
 * Generates Demodam and imports it through the API as service-data does; returns how to open it.
 * `onDatabase` gets the drop of the new PostgreSQL database as soon as it exists (for the cleanup).
 */
async function importDemodam(kind, options, workDir, onDatabase) {
  const adminUrl = process.env.BENCH_DATABASE_URL;
  let database = null;
  if (kind === 'postgres') {
    if (!adminUrl) throw new BenchError('PostgreSQL needs BENCH_DATABASE_URL (see bench/README.md), or --database-url.');
    database = await createBenchDatabase(adminUrl);
    onDatabase(() => dropBenchDatabase(adminUrl, database.name).catch((error) => console.error(`bench: could not drop database ${database.name}: ${error.message}`)));
  }
  const target = { dataDir: path.join(workDir, 'data'), databaseUrl: database?.url };
  const zip = path.join(workDir, 'demodam.zip');
  console.error(`bench: generating Demodam at scale ${options.scale}, seed ${options.seed}, today ${options.today}…`);
  const generated = await generateDemodam({ zip }, options);
  let server = null;
  try {
    await setUp(target);
    server = await startServer(target, { logFile: path.join(workDir, 'server.log') });
    const token = await apiToken(server.baseUrl);
    const imported = await importParts(server, token, [zip], DEFAULTS.pollMs);
    console.error(`bench: imported ${imported.records} records in ${(imported.wallMs / 1000).toFixed(1)} s`);
    return { target, generated: generated.writeDemodamResult, importMs: Math.round(imported.wallMs) };
  } finally {
    await stopServer(server);
  }
}

async function openDatabase(kind, target) {
  const { openPglite, openPostgres } = await loadSource(DB_CLIENT);
  return kind === 'postgres' ? openPostgres(target.databaseUrl) : openPglite({ dataDir: path.join(target.dataDir, 'pglite') });
}

export async function cli(argv) {
  process.env.BENCH_DATABASE_URL ??= process.env.DOORBRAAK_BENCH_DATABASE_URL;
  if (!process.env.BENCH_DATABASE_URL) delete process.env.BENCH_DATABASE_URL;
  const parsed = parseBenchArgs(argv, { options: OPTIONS, usage: USAGE, resolveOptions });
  if ('exitCode' in parsed) return parsed.exitCode;
  const { options, kinds } = parsed;
  if (kinds.length !== 1) {
    console.error(`Choose one database: --db postgres or --db pglite.\n\n${USAGE}`);
    return 2;
  }
  const kind = options.databaseUrl ? 'postgres' : kinds[0];
  installSignalHandlers();
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-bench-grip-backtest-'));
  let drop = async () => {};
  const cleanup = async () => {
    await drop();
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  activeCleanups.add(cleanup);
  try {
    const startedAt = new Date();
    const source = options.databaseUrl
      ? { target: { databaseUrl: options.databaseUrl }, generated: null, importMs: null }
      : await importDemodam(kind, options, workDir, (fn) => (drop = fn));
    const database = await openDatabase(kind, source.target);
    let scenarios;
    try {
      scenarios = await runBacktest(database.db, options.today);
    } finally {
      await database.close();
    }
    console.log(`\nBack-test of the late-claims model on Demodam${options.databaseUrl ? ' (existing database)' : ` scale ${options.scale}, seed ${options.seed}`}, today ${options.today} (${kind})`);
    for (const s of scenarios) printScenario(s);

    const biased = [];
    for (const s of scenarios) {
      const row = s.totals.find((t) => t.key.startsWith('wmo'));
      if (row?.errorPercent !== null && Math.abs(row.errorPercent) > DEFAULTS.biasPercent) biased.push(`${s.name}: ${pct(row.errorPercent)}`);
    }
    if (options.write) {
      const out = path.resolve(options.out ?? path.join(ROOT, 'bench', 'results', `${startedAt.toISOString().slice(0, 10)}-grip-backtest.json`));
      fs.mkdirSync(path.dirname(out), { recursive: true });
      const report = {
        benchmark: 'grip-backtest',
        date: startedAt.toISOString(),
        command: `node bench/grip-backtest.mjs ${argv.join(' ')}`.replace(/--database-url\s+\S+/, '--database-url <url>').trim(),
        machine: { ...machineInfo(), sourceDigest: sourceDigest(['src/grip', 'src/imports', 'src/services', 'src/demo/demodam']) },
        options: { ...options, databaseUrl: options.databaseUrl ? '<given>' : null, database: kind },
        dataset: { generated: source.generated, importMs: source.importMs },
        scenarios,
      };
      fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
      console.log(`\nResults written to ${path.relative(process.cwd(), out) || out}`);
    }
    if (biased.length > 0) console.error(`\nbench: the forecast of wmo + jeugd is off by more than ${DEFAULTS.biasPercent} %: ${biased.join('; ')}.`);
    return 0;
  } catch (error) {
    console.error(`\nbench: ${error instanceof BenchError ? error.message : (error.stack ?? error)}`);
    return 2;
  } finally {
    await cleanup();
    activeCleanups.delete(cleanup);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = await cli(process.argv.slice(2));
}
