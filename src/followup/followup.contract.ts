import { z } from 'zod';
import { MEASUREMENT_MOMENT_KEYS } from './domain/schedule.js';

/**
 * Request and response schemas of the follow-up: measurements of life satisfaction after the
 * maatwerk (CONTRACT.md: `POST /plans/:id/measurements {"moment","lifeSatisfaction","note"?}`)
 * and "Mijn acties".
 */

export const idParams = z.strictObject({ id: z.string().max(100) });
export const momentParams = z.strictObject({ id: z.string().max(100), moment: z.enum(MEASUREMENT_MOMENT_KEYS) });

export const moment = z.enum(MEASUREMENT_MOMENT_KEYS).describe('Het meetmoment: direct na het maatwerk (after), na 6 maanden (6m) of na 12 maanden (12m).');

export const scoreFields = {
  lifeSatisfaction: z.number().int().min(1).max(10).describe('Levenstevredenheid van het huishouden, een cijfer van 1 tot en met 10.'),
  note: z.string().max(2000).optional().describe('Toelichting, zonder namen of BSN.'),
  measuredOn: z.iso.date().optional().describe('De datum van de meting (JJJJ-MM-DD); standaard vandaag; niet in de toekomst.'),
  confirmEarly: z
    .boolean()
    .optional()
    .describe('Bevestigt een meting na 6 of 12 maanden vóór haar meetvenster (twee weken voor de geplande datum); zonder deze bevestiging is zo\'n meting een 422.'),
};

export const measurementBody = z.strictObject({ moment, ...scoreFields });
export const correctionBody = z.strictObject(scoreFields);

export const measurementOut = z.object({
  id: z.string(),
  planId: z.string(),
  moment: z.enum(MEASUREMENT_MOMENT_KEYS),
  label: z.string(),
  lifeSatisfaction: z.number().int(),
  note: z.string(),
  measuredOn: z.string(),
  userId: z.string(),
  createdAt: z.string(),
});

export const scheduledMomentOut = z.object({
  moment: z.enum(MEASUREMENT_MOMENT_KEYS),
  label: z.string(),
  dueDate: z.string(),
  done: z.boolean(),
  overdue: z.boolean(),
  measuredOn: z.string().nullable(),
  lifeSatisfaction: z.number().int().nullable(),
});

export const planMeasurementsOut = z.object({
  intake: z.number().nullable().describe('De levenstevredenheid bij de intake (uit het plan).'),
  items: z.array(measurementOut),
  schedule: z.array(scheduledMomentOut),
});

export const myActionsOut = z.object({
  measurements: z.array(z.object({ planId: z.string(), caseNumber: z.string(), moment: z.enum(MEASUREMENT_MOMENT_KEYS), dueDate: z.string(), overdue: z.boolean() })),
  questions: z.array(
    z.object({
      id: z.string(),
      planId: z.string(),
      caseNumber: z.string().nullable().describe('Alleen voor wie plannen mag inzien.'),
      question: z.string(),
      dueDate: z.string(),
      overdue: z.boolean(),
    }),
  ),
  decisions: z.array(z.object({ planId: z.string(), caseNumber: z.string(), since: z.string() })),
  budgetWarnings: z.array(z.object({ level: z.enum(['warning', 'error']), message: z.string() })),
});

export type Measurement = z.infer<typeof measurementOut>;
export type ScheduledMoment = z.infer<typeof scheduledMomentOut>;
export type PlanMeasurements = z.infer<typeof planMeasurementsOut>;
export type MeasurementInput = z.infer<typeof correctionBody>;
export type MeasurementBody = z.infer<typeof measurementBody>;
export type MyActions = z.infer<typeof myActionsOut>;
