#!/usr/bin/env node
// `npm test`: runs every suite this machine can run and says plainly which it skips and why.
//   unit            always
//   api (PGlite)    always
//   api (PostgreSQL) when DOORBRAAK_TEST_DATABASE_URL points at a server (CI sets it)
//   e2e (Chromium)  when Chromium is installed (/usr/bin/chromium or DOORBRAAK_CHROMIUM)
// Ends with the line `N passed, N failed, N skipped`, also written to .vitest-results/summary.txt.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const resultsDir = path.resolve('.vitest-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const pgUrl = process.env.DOORBRAAK_TEST_DATABASE_URL;
const chromium = process.env.DOORBRAAK_CHROMIUM ?? '/usr/bin/chromium';
const withoutPg = { ...process.env, DOORBRAAK_TEST_DATABASE_URL: '' };

const suites = [
  { name: 'unit', project: 'unit', env: withoutPg },
  { name: 'api-pglite', label: 'API on PGlite', project: 'api', env: withoutPg },
  {
    name: 'api-postgres',
    label: 'API on PostgreSQL',
    project: 'api',
    env: process.env,
    skip: pgUrl ? null : 'DOORBRAAK_TEST_DATABASE_URL is not set (point it at a PostgreSQL server, e.g. postgres://postgres@127.0.0.1:5432/postgres)',
  },
  {
    name: 'e2e',
    label: 'end-to-end in Chromium',
    project: 'e2e',
    env: withoutPg,
    skip: fs.existsSync(chromium) ? null : `Chromium not found at ${chromium} (apt-get install chromium)`,
  },
];

const extraArgs = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
const lines = [];
let exitCode = 0;

for (const suite of suites) {
  const label = suite.label ?? suite.name;
  if (suite.skip) {
    const line = `SKIPPED suite "${label}": ${suite.skip}`;
    console.log(`\n${line}`);
    lines.push(line);
    continue;
  }
  console.log(`\n=== ${label} ===`);
  const output = path.join(resultsDir, `${suite.name}.json`);
  const run = spawnSync(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--project', suite.project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`, ...extraArgs],
    { stdio: 'inherit', env: suite.env },
  );
  let counts = { passed: 0, failed: 0, skipped: 0 };
  try {
    const report = JSON.parse(fs.readFileSync(output, 'utf8'));
    counts = { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
    // A file that fails to load has no failed tests but is a failure all the same.
    const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    counts.failed += brokenFiles;
  } catch {
    counts.failed += 1; // no report at all: the run itself broke
  }
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  if (counts.failed > 0) exitCode = 1;
  for (const key of Object.keys(totals)) totals[key] += counts[key];
  lines.push(`${label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
}

const summary = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
console.log('\n' + lines.join('\n'));
console.log(summary);
fs.writeFileSync(path.join(resultsDir, 'summary.txt'), `${lines.join('\n')}\n${summary}\n`);
process.exit(exitCode);
