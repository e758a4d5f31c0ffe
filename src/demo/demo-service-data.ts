import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '../db/client.js';
import { importLocalFile } from '../imports/import-local.js';
import type { ImportJob } from '../imports/imports.contract.js';
import { amsterdamDate } from '../shared/dates.js';
import { DEMO_PLANS } from './demo-plans.js';
import { writeDemodam } from './demodam/write-demodam.js';

/** ~660 households: enough for every grip page, small enough to keep the first start short. */
export const DEMO_SERVICE_SCALE = 0.05;
export const DEMO_SERVICE_SEED = 2026;

/** The demo plans' client numbers of Demodam: households on 3+ pillars, so "realised" has data. */
export const DEMO_ANCHOR_CLIENT_NUMBERS = DEMO_PLANS.filter((plan) => plan.tenantId === 'demo').map((plan) => plan.document.clientNumber);

/**
 * Loads the synthetic Demodam dataset the only way data comes in: generated as iWmo/iJw messages
 * and CSV files in one ZIP, then imported through the importer (border, staging, merge).
 */
export async function seedDemoServiceData(database: Database, options: { secret: string; dataDir: string; now?: Date }): Promise<ImportJob> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorbraak-demodam-'));
  const zip = path.join(dir, 'demodam.zip');
  try {
    await writeDemodam(
      { zip },
      { scale: DEMO_SERVICE_SCALE, seed: DEMO_SERVICE_SEED, today: amsterdamDate(options.now ?? new Date()), anchorClientNumbers: DEMO_ANCHOR_CLIENT_NUMBERS, municipalityCode: '0999' },
    );
    return await importLocalFile({ db: database.db, bulk: database.bulk, secret: options.secret, dataDir: options.dataDir }, 'demo', zip, { via: 'demo' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
