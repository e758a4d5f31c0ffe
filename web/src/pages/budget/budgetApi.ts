import type { BudgetInput, Mandate, PaymentCreated, PaymentInput, PlanPayments, YearBudget } from '../../../../src/budget/budget.contract';
import type { Plan } from '../../../../src/plans/plans.contract';
import { request } from '../../http/client';

export type {
  BudgetPlanRow,
  BudgetSource,
  BudgetWarning,
  LedgerEntry,
  Mandate,
  PaymentInput,
  PlanBalance,
  YearBudget,
} from '../../../../src/budget/budget.contract';

const enc = encodeURIComponent;

export const budgetApi = {
  year: (year: number) => request<YearBudget>(`/api/v1/budgets/${year}`),
  saveYear: (year: number, body: BudgetInput) => request<YearBudget>(`/api/v1/budgets/${year}`, { method: 'PUT', body }),
  payments: (planId: string) => request<PlanPayments>(`/api/v1/plans/${enc(planId)}/payments`),
  pay: (planId: string, body: PaymentInput) => request<PaymentCreated>(`/api/v1/plans/${enc(planId)}/payments`, { method: 'POST', body }),
  mandates: () => request<{ items: Mandate[] }>('/api/v1/budget/mandates'),
  setMandate: (userId: string, limitCents: number | null) => request<{ items: Mandate[] }>('/api/v1/budget/mandates', { method: 'PUT', body: { userId, limitCents } }),
  /** The plan the payments belong to (its case number and status), from the plans capability. */
  plan: (planId: string) => request<Plan>(`/api/v1/plans/${enc(planId)}`),
};

/** Query keys of the budget capability. */
export const budgetKeys = {
  year: (year: number) => ['budget', 'year', year] as const,
  mandates: ['budget', 'mandates'] as const,
  plan: (planId: string) => ['budget', 'plan', planId] as const,
};
