import { z } from 'zod';
import { ROLE_KEYS } from '../auth/roles.js';
import { fieldErrorSchema } from '../http/problem.contract.js';
import { planOut, planStatusSchema } from '../plans/plans.contract.js';
import { DECISION_KINDS } from './domain/machine.js';
import { PRESET_KEYS } from './domain/settings.js';
import { TABLE_KIND_KEYS } from '../tables/domain/agenda.js';

/**
 * Requests and answers of the workflow endpoints (CONTRACT.md "Workflow, approvals, budget and
 * follow-up"): settings, transitions, decisions and a plan's place in the loop.
 */

const roles = (what: string) => z.array(z.enum(ROLE_KEYS)).min(1).max(ROLE_KEYS.length).describe(what);

/** PUT /api/v1/workflow/settings; also what the settings page's form validates with. */
export const workflowSettingsBody = z.strictObject({
  preset: z.enum(PRESET_KEYS).describe('De werkwijze waarop deze instellingen zijn gebaseerd.'),
  approvalThreshold: z.number().int().min(1).max(5).describe('Aantal goedkeuringen van anderen dan de auteur (1–5).'),
  sparRequired: z.boolean().describe('Moet een plan eerst naar de spar-tafel?'),
  tableRoles: roles('Rollen die een plan mogen agenderen of terugzetten naar concept.'),
  decideRoles: roles('Rollen die aan tafel besluiten (goedkeuren, terug naar concept, afwijzen).'),
  slotMinutes: z.number().int().min(5).max(120).describe('Minuten per casus op de agenda (5–120).'),
});

const settingsShape = {
  preset: z.enum(PRESET_KEYS),
  approvalThreshold: z.number().int(),
  sparRequired: z.boolean(),
  tableRoles: z.array(z.enum(ROLE_KEYS)),
  decideRoles: z.array(z.enum(ROLE_KEYS)),
  slotMinutes: z.number().int(),
};

export const presetOut = z.object({
  key: z.enum(PRESET_KEYS),
  label: z.string(),
  description: z.string(),
  settings: z.object(settingsShape),
});

/** GET and PUT /api/v1/workflow/settings: the municipality's settings and the presets to start from. */
export const workflowSettingsOut = z.object({ ...settingsShape, presets: z.array(presetOut) });

export const transitionBody = z.strictObject({
  to: planStatusSchema.describe('De nieuwe status.'),
  reason: z.string().max(2000).optional().describe('Reden; verplicht bij intrekken.'),
});

export const decisionKindSchema = z.enum(DECISION_KINDS);

export const decisionBody = z.strictObject({
  decision: decisionKindSchema.describe('approve = goedkeuren, revise = terug naar concept, reject = afwijzen.'),
  note: z.string().max(5000).default('').describe('Toelichting; verplicht bij terug naar concept en afwijzen.'),
  sessionId: z.string().max(100).optional().describe('De tafelzitting waarin dit besluit viel.'),
});

/** Where a plan stands on a table's agenda: the session, and the plan's slot in it. */
export const agendaSlotOut = z.object({
  sessionId: z.string(),
  tableName: z.string(),
  tableKind: z.enum(TABLE_KIND_KEYS),
  date: z.string().describe('JJJJ-MM-DD.'),
  startsAt: z.string().describe('UU:MM, het begin van de casus op de agenda.'),
  endsAt: z.string().describe('UU:MM.'),
});

const approvalCount = {
  counted: z.number().int().describe('Goedkeuringen die meetellen voor deze versie.'),
  required: z.number().int(),
  mandateShortfall: z.string().optional().describe('Waarom er nog een goedkeuring nodig is: de mandaten zijn te laag.'),
};

/** 201 of a decision: the plan as it now stands, the decision and the count. */
export const decisionOut = planOut.extend({
  decision: z.object({
    id: z.string(),
    decision: decisionKindSchema,
    note: z.string(),
    planVersion: z.number().int(),
    planVersionSavedAt: z.string().describe('ISO 8601: wanneer de versie waarover besloten is, was opgeslagen; zo herkent een mens de besloten stand van het plan.'),
    counts: z.boolean(),
    reason: z.string().optional().describe('Waarom dit besluit niet meetelt.'),
    createdAt: z.string(),
  }),
  approvals: z.object(approvalCount),
  budgetWarning: z.string().optional(),
});

/** GET /api/v1/plans/:id/workflow: where the plan stands and what the current user may do. */
export const planWorkflowOut = z.object({
  status: planStatusSchema,
  version: z.number().int(),
  savedAt: z.string().describe('ISO 8601: wanneer de huidige versie is opgeslagen.'),
  savedByName: z.string().nullable().describe('Wie de huidige versie opsloeg.'),
  session: agendaSlotOut.nullable().describe('De tafelzitting waarop het plan nu geagendeerd staat (de eerstvolgende die nog niet gesloten is).'),
  settings: z.object({
    preset: z.enum(PRESET_KEYS),
    presetLabel: z.string(),
    approvalThreshold: z.number().int(),
    sparRequired: z.boolean(),
    tableRoles: z.array(z.enum(ROLE_KEYS)),
    decideRoles: z.array(z.enum(ROLE_KEYS)),
  }),
  approvals: z.object({
    ...approvalCount,
    decisions: z.array(
      z.object({
        id: z.string(),
        userId: z.string(),
        userName: z.string(),
        decision: decisionKindSchema,
        note: z.string(),
        planVersion: z.number().int(),
        planVersionSavedAt: z.string().describe('ISO 8601: wanneer de versie waarover besloten is, was opgeslagen; zo herkent een mens de besloten stand van het plan.'),
        counts: z.boolean(),
        voided: z.boolean(),
        createdAt: z.string(),
      }),
    ),
  }),
  history: z.array(z.object({ from: planStatusSchema, to: planStatusSchema, reason: z.string(), userName: z.string().nullable(), at: z.string() })),
  allowedTransitions: z.array(z.object({ to: planStatusSchema, label: z.string(), needsReason: z.boolean() })),
  canDecide: z.boolean(),
  cannotDecideReason: z.string().optional(),
  completeness: z.array(fieldErrorSchema).describe('Wat nog ontbreekt voor de doorbraaktafel.'),
});

export type WorkflowSettingsBody = z.infer<typeof workflowSettingsBody>;
export type WorkflowSettingsOut = z.infer<typeof workflowSettingsOut>;
export type Preset = z.infer<typeof presetOut>;
export type DecisionKind = z.infer<typeof decisionKindSchema>;
export type DecisionBody = z.input<typeof decisionBody>;
export type DecisionOut = z.infer<typeof decisionOut>;
export type PlanWorkflow = z.infer<typeof planWorkflowOut>;
export type AgendaSlot = z.infer<typeof agendaSlotOut>;
