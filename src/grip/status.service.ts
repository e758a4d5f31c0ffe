import { and, eq, max } from 'drizzle-orm';
import type { Config } from '../config/config.js';
import type { Db } from '../db/client.js';
import { latestFolderRun } from '../imports/import-folder.service.js';
import { nextImportRun } from '../imports/import-schedule.js';
import { importJobs } from '../imports/imports.schema.js';
import type { GripStatus } from './grip.contract.js';

/**
 * How fresh the grip figures are: when the tenant's last import (any origin) completed, and the
 * watched folder's schedule and last run — shown on every grip page.
 */
export async function loadGripStatus(db: Db, tenantId: string, config: Pick<Config, 'importDir' | 'importSchedule'>, now: Date): Promise<GripStatus> {
  const [last] = await db
    .select({ at: max(importJobs.finishedAt) })
    .from(importJobs)
    .where(and(eq(importJobs.tenantId, tenantId), eq(importJobs.status, 'done')));
  const run = await latestFolderRun(db, tenantId);
  const configured = config.importDir !== undefined;
  return {
    lastImportAt: last?.at ? new Date(last.at).toISOString() : null,
    folder: {
      configured,
      schedule: configured ? config.importSchedule : null,
      nextRunAt: configured ? (nextImportRun(config.importSchedule, now)?.toISOString() ?? null) : null,
      lastRun: run
        ? {
            status: run.status,
            startedAt: run.startedAt.toISOString(),
            finishedAt: run.finishedAt?.toISOString() ?? null,
            files: run.files,
            importedFiles: run.importedFiles,
            rejectedFiles: run.rejectedFiles,
            message: run.message,
          }
        : null,
    },
  };
}
