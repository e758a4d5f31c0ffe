import type { Role } from '../../auth/roles.js';
import { formatEuro } from '../../shared/money.js';
import type { DecisionKind } from './machine.js';

export interface DecisionRecord {
  userId: string;
  decision: DecisionKind;
  planVersion: number;
  voided: boolean;
}

export interface ApprovalRules {
  authorId: string;
  /** The plan's current version: only approvals of this version count. */
  version: number;
  threshold: number;
  decideRoles: readonly Role[];
  /** The current roles of everyone who decided. */
  rolesOf: (userId: string) => readonly Role[];
  /** Mandate limits per user; a user without a row has no limit. */
  mandates: ReadonlyMap<string, number>;
  /** What the plan asks from the maatwerkbudget. */
  amountCents: number;
}

export interface ApprovalCount {
  /** The users whose approval counts, in the order they approved. */
  counted: string[];
  required: number;
  reached: boolean;
  /** Dutch: why one more approval is needed although the threshold is met. */
  mandateShortfall?: string;
}

/** Whether a decision by this user, given the ones before it, may count. */
export function countsAsApproval(decision: DecisionRecord, before: readonly DecisionRecord[], rules: ApprovalRules): boolean {
  if (decision.decision !== 'approve' || decision.voided || decision.planVersion !== rules.version) return false;
  if (decision.userId === rules.authorId) return false;
  if (!rules.rolesOf(decision.userId).some((role) => rules.decideRoles.includes(role))) return false;
  return !before.some((earlier) => earlier.userId === decision.userId && earlier.decision === 'approve' && earlier.planVersion === rules.version && !earlier.voided);
}

/** Counts approvals: one per person, never the author, only for the current version, not voided. */
export function countApprovals(decisions: readonly DecisionRecord[], rules: ApprovalRules): ApprovalCount {
  const counted: string[] = [];
  decisions.forEach((decision, index) => {
    if (countsAsApproval(decision, decisions.slice(0, index), rules) && !counted.includes(decision.userId)) counted.push(decision.userId);
  });
  const covered = (userId: string) => !rules.mandates.has(userId) || rules.mandates.get(userId)! >= rules.amountCents;
  const anyCovered = counted.length === 0 || counted.some(covered);
  if (counted.length >= rules.threshold && !anyCovered) {
    return {
      counted,
      required: counted.length + 1,
      reached: false,
      mandateShortfall: `Het maatwerkbudget van dit plan (${formatEuro(rules.amountCents)}) gaat boven het mandaat van wie tot nu toe goedkeurde. Er is nog een goedkeuring nodig van iemand met voldoende mandaat.`,
    };
  }
  return { counted, required: rules.threshold, reached: counted.length >= rules.threshold };
}
