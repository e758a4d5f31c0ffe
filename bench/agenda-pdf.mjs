#!/usr/bin/env node
// Agenda PDF: how long `GET /api/v1/sessions/:id/agenda.pdf` takes for a session with 10 cases
// (an agenda page plus ten canvases of plans with 20 cost lines each), and how big the PDF is.
// A real server is started as a child process on loopback, as in the other benchmarks.
//
//   node bench/agenda-pdf.mjs [--db pglite|postgres] [--cases 10] [--runs 15] [--out FILE] [--no-write]
//
// Each run is one request, sequentially (the voorzitter downloads it once before the session);
// the median of the runs is the figure, after two warm-up requests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  BenchError,
  DEMO_PASSWORD,
  ROOT,
  activeCleanups,
  createBenchDatabase,
  dropBenchDatabase,
  installSignalHandlers,
  loginSession,
  machineInfo,
  median,
  round2,
  startServer,
  stopServer,
  tail,
} from './auth-overhead.mjs';
import { planDocument } from './plans-throughput.mjs';

const OPTIONS = {
  db: { type: 'string', default: 'pglite' },
  cases: { type: 'string', default: '10' },
  runs: { type: 'string', default: '15' },
  out: { type: 'string' },
  'no-write': { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
};

const USAGE = `Usage: node bench/agenda-pdf.mjs [--db pglite|postgres] [--cases 10] [--runs 15] [--out FILE] [--no-write]
PostgreSQL needs BENCH_DATABASE_URL (an admin URL; a scratch database is created and dropped).`;

async function loginAs(baseUrl, email) {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!res.ok) throw new BenchError(`Login as ${email}: HTTP ${res.status}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('doorbraak_sessie='));
  const { csrfToken } = await res.json();
  return { cookie, csrfToken };
}

function client(baseUrl, session) {
  return async (method, url, body) => {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: { cookie: session.cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': session.csrfToken }), ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    const buffer = Buffer.from(await res.arrayBuffer());
    return { status: res.status, buffer, json: () => JSON.parse(buffer.toString('utf8')) };
  };
}

async function expectOk(response, what) {
  if (response.status >= 300) throw new BenchError(`${what}: HTTP ${response.status} ${response.buffer.toString('utf8').slice(0, 500)}`);
  return response;
}

export async function runAgendaPdf({ kind, cases, runs }) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-bench-agenda-'));
  let server;
  let database;
  const adminUrl = process.env.BENCH_DATABASE_URL;
  try {
    if (kind === 'postgres') {
      if (!adminUrl) throw new BenchError('--db postgres needs BENCH_DATABASE_URL.');
      database = await createBenchDatabase(adminUrl);
    }
    server = await startServer({ workDir, databaseUrl: database?.url });
    activeCleanups.add(() => stopServer(server));
    const maatwerker = client(server.baseUrl, await loginSession(server.baseUrl));
    const voorzitter = client(server.baseUrl, await loginAs(server.baseUrl, 'voorzitter@demodam.example'));

    const planIds = [];
    for (let n = 1; n <= cases; n++) {
      const created = (await expectOk(await maatwerker('POST', '/api/v1/plans', planDocument(n)), 'create plan')).json();
      for (const to of ['sparring', 'scheduled']) {
        await expectOk(await maatwerker('POST', `/api/v1/plans/${created.id}/transitions`, { to, reason: 'benchmark' }), `transition to ${to}`);
      }
      planIds.push(created.id);
    }
    const table = (
      await expectOk(
        await voorzitter('POST', '/api/v1/tables', { kind: 'doorbraak', name: 'Benchmarktafel', weekday: 2, startTime: '13:00', intervalWeeks: 1, slotMinutes: 30, active: true }),
        'create table',
      )
    ).json();
    const sessionId = (await expectOk(await voorzitter('GET', `/api/v1/tables/${table.id}/sessions`), 'sessions')).json().upcoming[0].id;
    await expectOk(await voorzitter('PUT', `/api/v1/sessions/${sessionId}/agenda`, { items: planIds.map((planId) => ({ planId, slotMinutes: 30 })) }), 'agenda');

    const download = async () => {
      const started = performance.now();
      const response = await expectOk(await voorzitter('GET', `/api/v1/sessions/${sessionId}/agenda.pdf`), 'agenda.pdf');
      const ms = performance.now() - started;
      if (response.buffer.subarray(0, 5).toString('latin1') !== '%PDF-') throw new BenchError('The answer is not a PDF.');
      return { ms, bytes: response.buffer.length, pages: response.buffer.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0 };
    };
    await download();
    await download();
    const samples = [];
    for (let i = 0; i < runs; i++) samples.push(await download());
    const times = samples.map((s) => s.ms);
    return {
      benchmark: 'agenda-pdf',
      database: kind,
      cases,
      runs,
      medianMs: round2(median(times)),
      minMs: round2(Math.min(...times)),
      maxMs: round2(Math.max(...times)),
      bytes: samples[0].bytes,
      pages: samples[0].pages,
      at: new Date().toISOString(),
      machine: machineInfo(),
    };
  } catch (error) {
    if (server) console.error(`bench: server log:\n${tail(server.logFile)}`);
    throw error;
  } finally {
    await stopServer(server);
    if (database) await dropBenchDatabase(adminUrl, database.name);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

async function cli(argv) {
  const { values } = parseArgs({ args: argv, options: OPTIONS });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const kind = values.db;
  const cases = Number(values.cases);
  const runs = Number(values.runs);
  if (!['pglite', 'postgres'].includes(kind) || !(cases >= 1) || !(runs >= 10)) {
    console.error(`Invalid options (runs must be at least 10).\n${USAGE}`);
    return 2;
  }
  installSignalHandlers();
  try {
    const result = await runAgendaPdf({ kind, cases, runs });
    console.log(JSON.stringify(result, null, 2));
    console.error(
      `agenda-pdf[${kind}]: ${cases} cases, ${result.pages} pages, ${(result.bytes / 1024).toFixed(0)} KiB; median ${result.medianMs} ms (min ${result.minMs}, max ${result.maxMs}) over ${runs} runs`,
    );
    if (!values['no-write']) {
      const out = values.out ?? path.join(ROOT, 'bench', 'results', `${result.at.slice(0, 10)}-agenda-pdf-${kind}.json`);
      fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
      console.error(`bench: wrote ${path.relative(ROOT, out)}`);
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
