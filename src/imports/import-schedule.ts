import { Cron } from 'croner';
import { IMPORT_TIME_ZONE } from '../config/config.js';
import { runImportFolders, type FolderDeps } from './import-folder.js';

/** The next time the schedule fires after `after`, or null when it never does (croner). */
export function nextImportRun(schedule: string, after: Date): Date | null {
  const cron = new Cron(schedule, { timezone: IMPORT_TIME_ZONE, mode: '5-part', paused: true });
  try {
    return cron.nextRun(after);
  } finally {
    cron.stop();
  }
}

/** The last time the schedule fired at or before `now` (looking back a week), or null. */
export function previousImportRun(schedule: string, now: Date): Date | null {
  const cron = new Cron(schedule, { timezone: IMPORT_TIME_ZONE, mode: '5-part', paused: true });
  try {
    let previous: Date | null = null;
    let cursor = new Date(now.getTime() - 7 * 86_400_000);
    for (let i = 0; i < 20_000; i++) {
      const next = cron.nextRun(cursor);
      if (!next || next > now) break;
      previous = next;
      cursor = next;
    }
    return previous;
  } finally {
    cron.stop();
  }
}

/** Whether a pass was due while the server was down: the last scheduled time is after the last pass. */
export function missedImportRun(schedule: string, lastPassAt: Date | null, now: Date): boolean {
  const due = previousImportRun(schedule, now);
  return due !== null && (lastPassAt === null || lastPassAt < due);
}

/**
 * The watched folder on its schedule (croner: cron expressions in Europe/Amsterdam, daylight
 * saving included). A pass that is still busy when the next one is due is not started twice.
 * Started by the server (serve.ts), stopped on close; tests call runImportFolder directly.
 */
export class ImportSchedule {
  private readonly cron: Cron;
  private pass: Promise<unknown> | undefined;

  constructor(
    private readonly deps: FolderDeps,
    readonly schedule: string,
    /** How each pass ended (counts only), for the server's log. */
    private readonly report?: (message: string, detail: Record<string, unknown>) => void,
  ) {
    this.cron = new Cron(schedule, { timezone: IMPORT_TIME_ZONE, mode: '5-part', paused: true, protect: true }, () => this.runNow());
  }

  start(): void {
    this.cron.resume();
  }

  nextRunAt(): Date | null {
    return this.cron.nextRun();
  }

  /** One pass over every tenant's folder now; resolves when it is done (a pass already running is awaited instead). */
  async runNow(): Promise<void> {
    if (!this.pass) {
      this.pass = runImportFolders(this.deps)
        .then((runs) => this.report?.('importmap verwerkt', { runs: runs.length, failed: runs.filter((run) => run.status === 'failed').length }))
        .catch((error: unknown) => this.deps.log?.('importmap niet verwerkt', { error: (error as Error).name }))
        .finally(() => (this.pass = undefined));
    }
    await this.pass;
  }

  /** No new passes; waits for a running one, so its files are moved and its run is recorded. */
  async stop(): Promise<void> {
    this.cron.stop();
    await this.pass;
  }
}
