import { useCallback, useState } from 'react';
import type { PlanStatus } from '../../../../../../src/plans/domain/statuses';
import type { Plan } from '../../planTypes';
import type { PlanMeta } from '../useAutosave';
import type { PanelMessage } from './WorkflowPanel';

/** Statuses whose canvas autosaves; an approved plan only after an explicit "Plan wijzigen". */
const EDITABLE: readonly PlanStatus[] = ['draft', 'sparring', 'scheduled'];

const SERVER_EXTRAS = ['decision', 'approvals', 'budgetWarning'] as const;

/**
 * Ties the canvas to the workflow: which plan the editor shows (replaced after a transition or
 * decision), whether it is locked, and when the Besluitvorming panel must refresh.
 */
export function useCanvasWorkflow(loaded: Plan | undefined) {
  const [changed, setChanged] = useState<Plan | null>(null);
  const [generation, setGeneration] = useState(0);
  const [refresh, setRefresh] = useState(0);
  const [meta, setMeta] = useState<PlanMeta | null>(null);
  const [unlocked, setUnlocked] = useState(false);
  const [message, setMessage] = useState<PanelMessage>({ notice: null, failed: null });
  // Another plan opened in the same page: start afresh (state adjusted during render, as React advises).
  const [forId, setForId] = useState(loaded?.id);
  if (loaded?.id !== forId) {
    setForId(loaded?.id);
    setChanged(null);
    setMeta(null);
    setUnlocked(false);
    setMessage({ notice: null, failed: null });
  }
  const plan = changed && changed.id === loaded?.id ? changed : loaded;
  const status = meta?.status ?? plan?.status ?? 'draft';
  const locked = !EDITABLE.includes(status) && !(status === 'approved' && unlocked);

  /** After a transition or decision: a new status gives the editor a fresh start. */
  const onChanged = useCallback(
    (next: Plan) => {
      const clean = Object.fromEntries(Object.entries(next).filter(([key]) => !(SERVER_EXTRAS as readonly string[]).includes(key))) as Plan;
      if (clean.status !== status) {
        setChanged(clean);
        setMeta(null);
        setUnlocked(false);
        setGeneration((g) => g + 1);
      }
      setRefresh((r) => r + 1);
    },
    [status],
  );

  const onMeta = useCallback((next: PlanMeta) => {
    setMeta((current) => (current && current.status === next.status && current.updatedAt === next.updatedAt ? current : next));
  }, []);

  return {
    plan,
    status,
    locked,
    unlocked,
    unlock: () => setUnlocked(true),
    editorKey: `${plan?.id ?? ''}:${generation}`,
    refreshKey: `${generation}:${refresh}:${meta?.updatedAt ?? ''}:${status}`,
    onChanged,
    onMeta,
    message,
    onMessage: setMessage,
  };
}
