/** One movement of money for a plan, as the ledger stores it (amounts in whole cents, always ≥ 0). */
export interface LedgerEntry {
  kind: 'commit' | 'release' | 'payment';
  amountCents: number;
}

export interface PlanBalance {
  /** Committed minus released: what the approval reserved, paid or not. */
  committedNetCents: number;
  paidCents: number;
  /** What is reserved and not yet paid (CONTRACT.md: committed excludes what is paid). */
  openCommitmentCents: number;
}

/** A plan's money from its ledger entries. Payments beyond the commitment leave nothing open. */
export function planBalance(entries: readonly LedgerEntry[]): PlanBalance {
  let committedNetCents = 0;
  let paidCents = 0;
  for (const entry of entries) {
    if (entry.kind === 'commit') committedNetCents += entry.amountCents;
    else if (entry.kind === 'release') committedNetCents -= entry.amountCents;
    else paidCents += entry.amountCents;
  }
  return { committedNetCents, paidCents, openCommitmentCents: Math.max(0, committedNetCents - paidCents) };
}

/** What to commit when a plan is approved for `amountCents`, given what was paid on it before. */
export function commitmentOnApproval(amountCents: number, before: PlanBalance): number {
  return Math.max(0, amountCents - before.committedNetCents);
}
