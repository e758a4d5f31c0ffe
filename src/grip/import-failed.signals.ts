import { createHash } from 'node:crypto';
import type { Db } from '../db/client.js';
import { latestFolderRun } from '../imports/import-folder.service.js';
import { amsterdamDate } from '../shared/dates.js';
import type { GripSignal } from './grip.contract.js';

/** The signal's id: stable for the run, so handling it sticks to that failure. */
export function importFailedSignalId(runId: string): string {
  return createHash('sha256').update(`import-failed|${runId}`).digest('hex').slice(0, 24);
}

/**
 * A failed pass over the watched import folder, as a grip signal: one while the tenant's latest
 * folder run failed, so old figures never look fresh; the next successful run clears it.
 */
export async function loadImportFailedSignals(db: Db, tenantId: string): Promise<GripSignal[]> {
  const run = await latestFolderRun(db, tenantId);
  if (!run || run.status !== 'failed') return [];
  return [
    {
      id: importFailedSignalId(run.id),
      type: 'import-failed',
      provider: null,
      assignmentNumber: null,
      since: amsterdamDate(run.startedAt),
      detail: run.message ?? 'De laatste verwerking van de importmap is mislukt.',
      handled: null,
    },
  ];
}
