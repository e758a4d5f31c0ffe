import { and, asc, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/audit.js';
import type { CurrentUser } from '../http/request-user.js';
import type { Db } from '../db/client.js';
import type { plans } from '../plans/plans.schema.js';
import type { Actor } from '../policy/policy.js';
import { rejectBsn } from '../privacy/domain/guard.js';
import { amsterdamDate } from '../shared/dates.js';
import { invalid, notFound, type FieldError } from '../shared/errors.js';
import { hasSchedule, MEASURABLE_STATUSES, measurementSchedule, momentLabel, type MeasurementMoment } from './domain/schedule.js';
import { earlyMeasurement, earlyMessage } from './domain/timing.js';
import type { Measurement } from './followup.contract.js';
import { planMeasurements } from './followup.schema.js';

type PlanRow = typeof plans.$inferSelect;
type MeasurementRow = typeof planMeasurements.$inferSelect;

export interface MeasurementInput {
  lifeSatisfaction: number;
  note?: string | undefined;
  measuredOn?: string | undefined;
  confirmEarly?: boolean | undefined;
}

export function presentMeasurement(row: MeasurementRow): Measurement {
  return {
    id: row.id,
    planId: row.planId,
    moment: row.moment as MeasurementMoment,
    label: momentLabel(row.moment as MeasurementMoment),
    lifeSatisfaction: row.lifeSatisfaction,
    note: row.note,
    measuredOn: row.measuredOn,
    userId: row.userId,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function loadMeasurements(db: Db, tenantId: string, planIds: readonly string[]): Promise<MeasurementRow[]> {
  if (planIds.length === 0) return [];
  return db
    .select()
    .from(planMeasurements)
    .where(and(eq(planMeasurements.tenantId, tenantId), inArray(planMeasurements.planId, [...planIds])))
    .orderBy(asc(planMeasurements.measuredOn));
}

/** The plan's follow-up schedule; empty while the plan is not (or no longer) running. */
export function scheduleForPlan(plan: PlanRow, measurements: readonly MeasurementRow[], today: string) {
  if (!plan.approvedAt || !hasSchedule(plan.status)) return [];
  return measurementSchedule(amsterdamDate(plan.approvedAt), measurements, today);
}

/** Status, date and privacy rules every recorded or corrected measurement meets. */
function check(plan: PlanRow, moment: MeasurementMoment, input: MeasurementInput, today: string): void {
  const errors: FieldError[] = [];
  if (!(MEASURABLE_STATUSES as readonly string[]).includes(plan.status)) {
    errors.push({ path: 'status', message: 'Een meting hoort bij een goedgekeurd plan: goedgekeurd, in uitvoering, in opvolging of afgesloten.' });
  }
  const measuredOn = input.measuredOn ?? today;
  if (measuredOn > today) errors.push({ path: 'measuredOn', message: 'De meetdatum ligt in de toekomst.' });
  else {
    // Too early for its moment: stored only when the user confirmed it (the dashboard leaves it out anyway).
    const early = earlyMeasurement(plan.approvedAt ? amsterdamDate(plan.approvedAt) : null, moment, measuredOn);
    if (early && !input.confirmEarly) errors.push({ path: 'measuredOn', message: earlyMessage(early) });
  }
  if (errors.length > 0) throw invalid(errors);
  rejectBsn({ note: input.note ?? '' });
}

const isUniqueViolation = (error: unknown): boolean => {
  for (let e: unknown = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
};

const alreadyRecorded = () =>
  invalid([{ path: 'moment', message: 'Deze meting is al vastgelegd; corrigeer de meting in plaats van een nieuwe toe te voegen.' }]);

/**
 * Records a measurement in the caller's transaction (the route's command audits it). Two people
 * recording the same moment at once: the unique index decides, with the same answer (and the
 * transaction is rolled back).
 */
export async function insertMeasurement(tx: Db, user: Actor, plan: PlanRow, moment: MeasurementMoment, input: MeasurementInput, today: string): Promise<MeasurementRow> {
  check(plan, moment, input, today);
  try {
    const [existing] = await tx
      .select({ id: planMeasurements.id })
      .from(planMeasurements)
      .where(and(eq(planMeasurements.tenantId, user.tenantId), eq(planMeasurements.planId, plan.id), eq(planMeasurements.moment, moment)));
    if (existing) throw alreadyRecorded();
    const [row] = await tx
      .insert(planMeasurements)
      .values({
        tenantId: user.tenantId,
        id: crypto.randomUUID(),
        planId: plan.id,
        moment,
        lifeSatisfaction: input.lifeSatisfaction,
        note: input.note ?? '',
        measuredOn: input.measuredOn ?? today,
        userId: user.id,
      })
      .returning();
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadyRecorded();
    throw error;
  }
}

/** Corrects a recorded measurement in the caller's transaction; 404 when the moment was not measured yet. */
export async function updateMeasurement(tx: Db, user: Actor, plan: PlanRow, moment: MeasurementMoment, input: MeasurementInput, today: string): Promise<MeasurementRow> {
  check(plan, moment, input, today);
  const [row] = await tx
    .update(planMeasurements)
    .set({
      lifeSatisfaction: input.lifeSatisfaction,
      ...(input.note !== undefined ? { note: input.note } : {}),
      ...(input.measuredOn !== undefined ? { measuredOn: input.measuredOn } : {}),
      userId: user.id,
    })
    .where(and(eq(planMeasurements.tenantId, user.tenantId), eq(planMeasurements.planId, plan.id), eq(planMeasurements.moment, moment)))
    .returning();
  if (!row) throw notFound('Deze meting is nog niet vastgelegd.');
  return row;
}

/** For code outside HTTP (the demo seed): record and audit in one transaction. */
export async function createMeasurement(db: Db, user: CurrentUser, plan: PlanRow, moment: MeasurementMoment, input: MeasurementInput, today: string, requestId?: string) {
  return db.transaction(async (tx) => {
    const row = await insertMeasurement(tx, user, plan, moment, input, today);
    await recordAudit(tx, { tenantId: user.tenantId, actor: user, action: 'measurement.create', entityType: 'plan', entityId: plan.id, requestId, detail: { measurementId: row.id, moment } });
    return row;
  });
}
