import type { Config } from '../config/config.js';
import type { Db } from '../db/client.js';
import { PILLARS } from '../imports/domain/records.js';
import { amsterdamDate } from '../shared/dates.js';
import { presentAssumptions } from './assumptions.service.js';
import { assertKnownYear, loadGripBudget, resolveBudgetQuery } from './budget.service.js';
import { yearStart } from './domain/months.js';
import { buildGripReport, type GripReportModel, type GripReportMoment } from './domain/grip-report.js';
import { loadImportFailedSignals } from './import-failed.signals.js';
import { loadGripProviders } from './providers.service.js';
import { loadGripSignals } from './signals.service.js';
import { loadGripStatus } from './status.service.js';
import { loadGripVariance, resolveVarianceQuery } from './variance.service.js';

/**
 * Gathers the griprapportage from the grip loaders (no SQL of its own): the ledger on the
 * peildatum, volume × price of the year so far against the same days a year earlier, providers,
 * signal counts by type (never a signal's detail) and the data's freshness.
 */

export interface GripReportQuery {
  year?: number | undefined;
  date?: string | undefined;
  moment: GripReportMoment;
}

export async function loadGripReport(
  db: Db,
  tenant: { id: string; name: string },
  query: GripReportQuery,
  config: Pick<Config, 'importDir' | 'importSchedule'>,
  now: Date,
): Promise<GripReportModel> {
  const today = amsterdamDate(now);
  const { year, date } = resolveBudgetQuery(query.year, query.date, today);
  await assertKnownYear(db, tenant.id, year, today);
  const period = { from: yearStart(year), to: date };
  const [budget, total, byPillar, providers, signals, status, assumptions] = await Promise.all([
    loadGripBudget(db, tenant.id, { year, date, asOf: today }),
    loadGripVariance(db, tenant.id, resolveVarianceQuery(period, today)),
    Promise.all(PILLARS.map((pillar) => loadGripVariance(db, tenant.id, resolveVarianceQuery({ ...period, pillar }, today)))),
    loadGripProviders(db, tenant.id, year, today),
    loadImportFailedSignals(db, tenant.id).then((failed) => loadGripSignals(db, tenant.id, today, { status: 'all', limit: 1, offset: 0 }, failed)),
    loadGripStatus(db, tenant.id, config, now),
    presentAssumptions(db, tenant.id),
  ]);
  return buildGripReport({
    municipality: tenant.name,
    moment: query.moment,
    today,
    budget,
    variance: { total, byPillar },
    providers,
    signals: signals.byType,
    freshness: { lastImportAt: status.lastImportAt, lastRun: status.folder.lastRun },
    assumptions: assumptions.pillars,
  });
}
