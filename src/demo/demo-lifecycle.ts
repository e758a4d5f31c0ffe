import type { MeasurementMoment } from '../followup/domain/schedule.js';
import type { PresetKey } from '../workflow/domain/settings.js';

/**
 * What happened to the demo plans after they were written: who approved them and when, what was
 * paid and measured, which questions are open. demo-workflow.ts replays it through the real
 * workflow, ledger and follow-up code, so the demo shows every part of the loop with history.
 */

export const DEMO_PRESETS: Record<'demo' | 'demo2', PresetKey> = { demo: 'maastricht', demo2: 'simple' };

export interface DemoMeasurement {
  moment: MeasurementMoment;
  lifeSatisfaction: number;
  note: string;
}

export interface DemoPayment {
  amountCents: number;
  /** Paid this many days after approval (never later than today). */
  daysAfterApproval: number;
  description: string;
  vat: boolean;
  invoiceReference: string;
}

export interface DemoLifecycle {
  tenantId: 'demo' | 'demo2';
  caseNumber: string;
  /** Maatwerkers (never the author) whose approval counts, in order. */
  approvers: string[];
  /** For approved plans: how long ago the last approval was. */
  approvedDaysAgo?: number;
  /** Measurements taken, each a few days after its due date. */
  measurements?: DemoMeasurement[];
  payments?: DemoPayment[];
  questions?: { assigneeEmail: string; askedByEmail: string; question: string; dueInDays: number }[];
}

export const BUDGET_EMAIL = 'budget@demodam.example';

export const DEMO_LIFECYCLES: DemoLifecycle[] = [
  {
    // Case 1: running for seven months; the 6-month measurement is overdue.
    tenantId: 'demo',
    caseNumber: '2026-001',
    approvers: ['maatwerker2@demodam.example', 'maatwerker3@demodam.example'],
    approvedDaysAgo: 215,
    measurements: [{ moment: 'after', lifeSatisfaction: 5, note: 'Moeder en dochter wonen samen in het moeder-kindhuis; moeder is weer clean.' }],
    payments: [
      { amountCents: 250_000, daysAfterApproval: 10, description: 'Moeder-kindhuis: verblijf eerste maand', vat: true, invoiceReference: 'MKH-0001' },
      { amountCents: 250_000, daysAfterApproval: 40, description: 'Moeder-kindhuis: verblijf tweede maand', vat: true, invoiceReference: 'MKH-0002' },
    ],
  },
  {
    // In follow-up: measured right after the maatwerk and at six months.
    tenantId: 'demo',
    caseNumber: '2026-003',
    approvers: ['maatwerker@demodam.example', 'maatwerker2@demodam.example'],
    approvedDaysAgo: 250,
    measurements: [
      { moment: 'after', lifeSatisfaction: 5, note: 'De mantelzorgunit staat; de kinderen hebben een eigen plek om tot rust te komen.' },
      { moment: '6m', lifeSatisfaction: 7, note: 'Minder escalaties thuis; de oudste zoon woont thuis en de zorgvraag daalt.' },
    ],
    payments: [{ amountCents: 500_000, daysAfterApproval: 14, description: 'Mantelzorgunit: aanbetaling', vat: false, invoiceReference: 'DEMO-003-1' }],
  },
  {
    // Recently approved without a call on the maatwerkbudget.
    tenantId: 'demo',
    caseNumber: '2026-002',
    approvers: ['maatwerker@demodam.example', 'maatwerker3@demodam.example'],
    approvedDaysAgo: 12,
  },
  {
    // Just approved: the first measurement is due within two weeks.
    tenantId: 'demo',
    caseNumber: '2026-004',
    approvers: ['maatwerker@demodam.example', 'voorzitter@demodam.example'],
    approvedDaysAgo: 20,
    payments: [{ amountCents: 120_000, daysAfterApproval: 5, description: 'Eerste termijn volgens het plan', vat: false, invoiceReference: 'DEMO-004-1' }],
  },
  {
    // On the agenda of the doorbraaktafel: one approval, waiting for a second.
    tenantId: 'demo',
    caseNumber: '2026-008',
    approvers: ['voorzitter@demodam.example'],
    questions: [
      {
        assigneeEmail: 'consulent@demodam.example',
        askedByEmail: 'voorzitter@demodam.example',
        question: 'Wil de zorgverzekeraar de kosten van de yoghurt achteraf heroverwegen? Graag navragen voor de volgende tafel.',
        dueInDays: 4,
      },
    ],
  },
  { tenantId: 'demo', caseNumber: '2026-006', approvers: [] },
  // Proefwijk works with the simple form: submitted, waiting for a budget holder.
  { tenantId: 'demo2', caseNumber: '2026-021', approvers: [] },
];
