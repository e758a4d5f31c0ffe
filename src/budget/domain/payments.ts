import type { FieldError } from '../../shared/errors.js';
import { formatEuro } from '../../shared/money.js';
import type { PlanBalance } from './ledger.js';

/** Plans on which money may be paid: approved and not yet closed. */
export const PAYABLE_STATUSES = ['approved', 'in_progress', 'monitoring'] as const;

export interface PaymentRequest {
  amountCents: number;
  exceedCommitment?: boolean;
  reason?: string;
}

export interface PaymentCheck {
  errors: FieldError[];
  /** The part of the payment beyond the plan's open commitment (0 when it fits). */
  excessCents: number;
}

/**
 * May this payment be booked? It converts open commitment into payment; anything beyond the
 * commitment needs an explicit reason and must still fit in what is available of the year.
 */
export function checkPayment(request: PaymentRequest, plan: { status: string; balance: PlanBalance }, availableCents: number): PaymentCheck {
  const errors: FieldError[] = [];
  if (!(PAYABLE_STATUSES as readonly string[]).includes(plan.status)) {
    errors.push({ path: 'status', message: 'Op dit plan kan niet worden betaald: het is niet goedgekeurd, of al afgesloten.' });
  }
  if (!Number.isSafeInteger(request.amountCents) || request.amountCents <= 0) {
    errors.push({ path: 'amountCents', message: 'Het bedrag moet groter zijn dan € 0,00.' });
    return { errors, excessCents: 0 };
  }
  const open = plan.balance.openCommitmentCents;
  const excessCents = Math.max(0, request.amountCents - open);
  if (excessCents > 0) {
    const reason = request.reason?.trim() ?? '';
    if (!request.exceedCommitment) {
      errors.push({
        path: 'amountCents',
        message: `Het bedrag is hoger dan wat er nog is vastgelegd voor dit plan (${formatEuro(open)}). Vink "Vastlegging overschrijden" aan en geef een reden om toch te betalen.`,
      });
    } else if (reason === '') {
      errors.push({ path: 'reason', message: 'Geef een reden waarom deze betaling de vastlegging overschrijdt.' });
    } else if (excessCents > availableCents) {
      errors.push({
        path: 'amountCents',
        message: `Het maatwerkbudget is uitgeput: er is nog ${formatEuro(Math.max(0, availableCents))} beschikbaar, de overschrijding is ${formatEuro(excessCents)}. Hiervoor is een nieuw collegebesluit nodig.`,
      });
    }
  }
  return { errors, excessCents };
}
