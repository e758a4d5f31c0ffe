import type { Role } from '../../../../src/auth/roles';
import type { PlanStatus } from '../../../../src/plans/domain/statuses';
import type { DecisionKind } from '../../../../src/workflow/domain/machine';
import type { Preset, WorkflowSettings } from '../../../../src/workflow/domain/settings';
import { request, type FieldError } from '../../http/client';
import type { Plan } from '../plans/planTypes';

export type { DecisionKind, Preset, WorkflowSettings };

/** GET /api/v1/plans/:id/workflow: where the plan stands and what the current user may do. */
export interface PlanWorkflow {
  status: PlanStatus;
  version: number;
  settings: { preset: string; presetLabel: string; approvalThreshold: number; sparRequired: boolean; tableRoles: Role[]; decideRoles: Role[] };
  approvals: {
    required: number;
    counted: number;
    mandateShortfall?: string;
    decisions: {
      id: string;
      userId: string;
      userName: string;
      decision: DecisionKind;
      note: string;
      planVersion: number;
      counts: boolean;
      voided: boolean;
      createdAt: string;
    }[];
  };
  history: { from: string; to: string; reason: string; userName: string | null; at: string }[];
  allowedTransitions: { to: PlanStatus; label: string; needsReason: boolean }[];
  canDecide: boolean;
  cannotDecideReason?: string;
  completeness: FieldError[];
}

export type DecisionResult = Plan & {
  decision: { id: string; decision: DecisionKind; counts: boolean; reason?: string };
  approvals: { counted: number; required: number; mandateShortfall?: string };
  budgetWarning?: string;
};

const planUrl = (id: string) => `/api/v1/plans/${encodeURIComponent(id)}`;

export const workflowApi = {
  settings: () => request<WorkflowSettings & { presets: Preset[] }>('/api/v1/workflow/settings'),
  saveSettings: (settings: WorkflowSettings) => request<WorkflowSettings & { presets: Preset[] }>('/api/v1/workflow/settings', { method: 'PUT', body: settings }),
  plan: (id: string) => request<PlanWorkflow>(`${planUrl(id)}/workflow`),
  transition: (id: string, to: PlanStatus, reason?: string) =>
    request<Plan>(`${planUrl(id)}/transitions`, { method: 'POST', body: reason ? { to, reason } : { to } }),
  decide: (id: string, decision: DecisionKind, note: string, sessionId?: string) =>
    request<DecisionResult>(`${planUrl(id)}/decisions`, { method: 'POST', body: sessionId ? { decision, note, sessionId } : { decision, note } }),
};
