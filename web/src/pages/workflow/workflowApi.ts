import type { Plan, PlanStatus } from '../../../../src/plans/plans.contract';
import type {
  DecisionBody,
  DecisionKind,
  DecisionOut,
  PlanWorkflow,
  Preset,
  WorkflowSettingsBody,
  WorkflowSettingsOut,
} from '../../../../src/workflow/workflow.contract';
import { request } from '../../http/client';

/** The workflow part of the API; types are the contract's (src/workflow/workflow.contract.ts). */
export type { DecisionKind, PlanWorkflow, Preset, WorkflowSettingsBody, WorkflowSettingsOut };
export type DecisionResult = DecisionOut;

const planUrl = (id: string) => `/api/v1/plans/${encodeURIComponent(id)}`;

export const workflowApi = {
  settings: (signal?: AbortSignal) => request<WorkflowSettingsOut>('/api/v1/workflow/settings', signal ? { signal } : {}),
  saveSettings: (settings: WorkflowSettingsBody) => request<WorkflowSettingsOut>('/api/v1/workflow/settings', { method: 'PUT', body: settings }),
  plan: (id: string, signal?: AbortSignal) => request<PlanWorkflow>(`${planUrl(id)}/workflow`, signal ? { signal } : {}),
  transition: (id: string, to: PlanStatus, reason?: string) =>
    request<Plan>(`${planUrl(id)}/transitions`, { method: 'POST', body: reason ? { to, reason } : { to } }),
  decide: (id: string, decision: DecisionKind, note: string, sessionId?: string) =>
    request<DecisionOut>(`${planUrl(id)}/decisions`, { method: 'POST', body: (sessionId ? { decision, note, sessionId } : { decision, note }) satisfies DecisionBody }),
};

/** Query keys of the workflow capability. */
export const workflowKeys = {
  settings: ['workflow', 'settings'] as const,
  plan: (id: string, refresh: string) => ['workflow', 'plan', id, refresh] as const,
};
