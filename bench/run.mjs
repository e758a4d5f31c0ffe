#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/: auth-overhead, then plans-throughput, on PGlite and —
// when BENCH_DATABASE_URL is set — on PostgreSQL. Flags are passed on: `npm run bench -- --duration 5`
// (flags only auth-overhead knows, --min-ratio and --cpu-prof-dir, are not passed to plans-throughput).
import { cli as authOverhead } from './auth-overhead.mjs';
import { cli as plansThroughput } from './plans-throughput.mjs';

if (!process.env.BENCH_DATABASE_URL) {
  console.error('bench: BENCH_DATABASE_URL is not set, so only PGlite is measured (see bench/README.md).');
}
const argv = process.argv.slice(2);
const authOnly = ['--min-ratio', '--cpu-prof-dir'];
const plansArgv = argv.filter((arg, i) => {
  const isAuthOnly = (a) => authOnly.some((flag) => a === flag || a.startsWith(`${flag}=`));
  return !isAuthOnly(arg) && !(authOnly.includes(argv[i - 1]) && !arg.startsWith('--'));
});
const codes = [await authOverhead(argv, { defaultDb: 'all' }), await plansThroughput(plansArgv, { defaultDb: 'all' })];
process.exitCode = Math.max(...codes);
