#!/usr/bin/env node
// `npm run bench`: every benchmark in bench/. Today that is auth-overhead, on PGlite and — when
// BENCH_DATABASE_URL is set — on PostgreSQL. Flags are passed on: `npm run bench -- --duration 5`.
import { cli } from './auth-overhead.mjs';

if (!process.env.BENCH_DATABASE_URL) {
  console.error('bench: BENCH_DATABASE_URL is not set, so only PGlite is measured (see bench/README.md).');
}
process.exitCode = await cli(process.argv.slice(2), { defaultDb: 'all' });
