import { useEffect, useMemo, useState } from 'react';
import { plansApi } from '../plansApi';
import type { LegalSuggestion, PlanDocument } from '../planTypes';
import { planStreams } from './document';

/**
 * The server ranks legal bases on the saved plan (its domains, the funding streams of the plan
 * scenario, the bases it names), so suggestions are fetched again only when those were saved.
 */
export function useLegalSuggestions(planId: string, saved: PlanDocument, enabled: boolean) {
  const signature = useMemo(
    () => JSON.stringify([saved.domains ?? [], planStreams(saved), (saved.legalBases ?? []).map((basis) => [basis.regulation, basis.article, basis.bwbId])]),
    [saved],
  );
  const [state, setState] = useState<{ items: LegalSuggestion[]; failed: boolean; loaded: boolean }>({ items: [], failed: false, loaded: false });
  useEffect(() => {
    if (!enabled) return;
    let cancelled = false;
    plansApi.legalSuggestions(planId).then(
      (answer) => !cancelled && setState({ items: answer.items, failed: false, loaded: true }),
      () => !cancelled && setState((previous) => ({ ...previous, failed: true, loaded: true })),
    );
    return () => {
      cancelled = true;
    };
  }, [planId, signature, enabled]);
  return state;
}
