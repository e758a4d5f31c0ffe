import { eq, sql } from 'drizzle-orm';
import type { Role } from '../auth/roles.js';
import type { Db } from '../db/client.js';
import { DEFAULT_SETTINGS, PRESET_KEYS, type PresetKey, type WorkflowSettings } from './domain/settings.js';
import { workflowSettings } from './workflow.schema.js';

/** The municipality's workflow settings; the Maastricht preset when it has not chosen yet. */
export async function loadWorkflowSettings(db: Db, tenantId: string): Promise<WorkflowSettings> {
  const [row] = await db.select().from(workflowSettings).where(eq(workflowSettings.tenantId, tenantId));
  if (!row) return { ...DEFAULT_SETTINGS, tableRoles: [...DEFAULT_SETTINGS.tableRoles], decideRoles: [...DEFAULT_SETTINGS.decideRoles] };
  return {
    preset: (PRESET_KEYS as readonly string[]).includes(row.preset) ? (row.preset as PresetKey) : DEFAULT_SETTINGS.preset,
    approvalThreshold: row.approvalThreshold,
    sparRequired: row.sparRequired,
    tableRoles: row.tableRoles as Role[],
    decideRoles: row.decideRoles as Role[],
    slotMinutes: row.slotMinutes,
  };
}

/** Stores the settings (validated by the caller); call inside the transaction that audits it. */
export async function saveWorkflowSettings(db: Db, tenantId: string, settings: WorkflowSettings): Promise<void> {
  const values = {
    preset: settings.preset,
    approvalThreshold: settings.approvalThreshold,
    sparRequired: settings.sparRequired,
    tableRoles: [...settings.tableRoles],
    decideRoles: [...settings.decideRoles],
    slotMinutes: settings.slotMinutes,
  };
  await db
    .insert(workflowSettings)
    .values({ tenantId, ...values })
    .onConflictDoUpdate({ target: workflowSettings.tenantId, set: { ...values, updatedAt: sql`now()` } });
}
