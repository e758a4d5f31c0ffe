#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/: auth-overhead, plans-throughput, budget-balance,
// dashboard, agenda-pdf (per database), service-data (a million records: the longest) and grip (PostgreSQL only), on PGlite and —
// when BENCH_DATABASE_URL is set — on PostgreSQL. Flags are passed on: `npm run bench -- --duration 5`
// (flags only auth-overhead knows, --min-ratio and --cpu-prof-dir, are not passed to plans-throughput).
import { cli as authOverhead } from './auth-overhead.mjs';
import { spawnSync } from 'node:child_process';
import { cli as plansThroughput } from './plans-throughput.mjs';
import { cli as budgetBalance } from './budget-balance.mjs';
import { cli as dashboard } from './dashboard.mjs';
import { cli as serviceData } from './service-data.mjs';
import { cli as grip } from './grip.mjs';

if (!process.env.BENCH_DATABASE_URL) {
  console.error('bench: BENCH_DATABASE_URL is not set, so only PGlite is measured (see bench/README.md).');
}
const argv = process.argv.slice(2);
const authOnly = ['--min-ratio', '--cpu-prof-dir'];
const plansArgv = argv.filter((arg, i) => {
  const isAuthOnly = (a) => authOnly.some((flag) => a === flag || a.startsWith(`${flag}=`));
  return !isAuthOnly(arg) && !(authOnly.includes(argv[i - 1]) && !arg.startsWith('--'));
});
const codes = [
  await authOverhead(argv, { defaultDb: 'all' }),
  await plansThroughput(plansArgv, { defaultDb: 'all' }),
  await budgetBalance([], { defaultDb: 'all' }),
  await dashboard([], { defaultDb: 'all' }),
];
// agenda-pdf measures one database per run; it reads the PostgreSQL URL from the environment.
for (const db of process.env.BENCH_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']) {
  codes.push(spawnSync(process.execPath, ['bench/agenda-pdf.mjs', '--db', db], { stdio: 'inherit' }).status ?? 2);
}
codes.push(await serviceData([], { defaultDb: 'all' }));
// grip's targets are on PostgreSQL; its PGlite run is optional (`node bench/grip.mjs --db pglite`).
if (process.env.BENCH_DATABASE_URL) codes.push(await grip([], { defaultDb: 'postgres' }));
process.exitCode = Math.max(...codes);
