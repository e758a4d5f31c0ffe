import { request } from '../../http/client';

export interface BudgetSource {
  code: string;
  name: string;
  amountCents: number;
}

export interface BudgetWarning {
  code: 'used75' | 'used90' | 'used100' | 'projection';
  level: 'warning' | 'error';
  message: string;
  runOutDate?: string;
}

export interface BudgetPlanRow {
  planId: string;
  caseNumber: string;
  status: string;
  committedNetCents: number;
  paidCents: number;
  openCommitmentCents: number;
}

/** `GET /api/v1/budgets/:year`; `plans` only for users who may read plans. */
export interface YearBudget {
  year: number;
  budgetCents: number;
  sources: BudgetSource[];
  committedCents: number;
  paidCents: number;
  availableCents: number;
  projectedYearEndCents: number;
  note: string;
  usedPercent: number | null;
  warnings: BudgetWarning[];
  plans?: BudgetPlanRow[];
}

export interface PlanBalance {
  committedNetCents: number;
  paidCents: number;
  openCommitmentCents: number;
}

export interface LedgerEntry {
  id: string;
  kind: 'commit' | 'release' | 'payment';
  amountCents: number;
  date: string;
  description: string;
  vat: boolean;
  invoiceReference: string | null;
  exceedReason: string | null;
  userName: string | null;
  createdAt: string;
}

export interface PaymentInput {
  amountCents: number;
  date: string;
  description: string;
  vat: boolean;
  invoiceReference?: string;
  exceedCommitment?: boolean;
  reason?: string;
}

export interface Mandate {
  userId: string;
  userName: string;
  limitCents: number | null;
}

const enc = encodeURIComponent;

export const budgetApi = {
  year: (year: number) => request<YearBudget>(`/api/v1/budgets/${year}`),
  saveYear: (year: number, body: { note: string; sources: BudgetSource[] }) => request<YearBudget>(`/api/v1/budgets/${year}`, { method: 'PUT', body }),
  payments: (planId: string) => request<{ year: number | null; balance: PlanBalance; entries: LedgerEntry[] }>(`/api/v1/plans/${enc(planId)}/payments`),
  pay: (planId: string, body: PaymentInput) =>
    request<{ payment: LedgerEntry; balance: PlanBalance }>(`/api/v1/plans/${enc(planId)}/payments`, { method: 'POST', body }),
  mandates: () => request<{ items: Mandate[] }>('/api/v1/budget/mandates'),
  setMandate: (userId: string, limitCents: number | null) => request<{ items: Mandate[] }>('/api/v1/budget/mandates', { method: 'PUT', body: { userId, limitCents } }),
  plan: (planId: string) => request<{ id: string; caseNumber: string; status: string }>(`/api/v1/plans/${enc(planId)}`),
};
