import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { ApiError, ConflictError } from '../../../http/client';
import { plansApi } from '../plansApi';
import type { Plan, PlanDocument } from '../planTypes';
import { autosaveReducer, canSend, initialAutosave, isDirty } from './autosave';
import { documentOf } from './document';
import { draftStore, type Draft } from './draftStore';
import { mergeDocuments, same } from './merge';
import { holdReason, scanDocument } from './privacy';

/** Saving starts this long after the last keystroke, and at once when a field loses focus. */
export const AUTOSAVE_DELAY_MS = 1000;

declare global {
  interface Window {
    /** Set by a test harness before the app starts (e2e/support/fixture.ts); unset in use. */
    __doorbraakAutosaveDelayMs?: number;
  }
}

/** The delay to use when none is passed: AUTOSAVE_DELAY_MS unless a test harness set another. */
export function defaultAutosaveDelay(): number {
  const injected = typeof window === 'undefined' ? undefined : window.__doorbraakAutosaveDelayMs;
  return typeof injected === 'number' && Number.isFinite(injected) && injected >= 0 ? injected : AUTOSAVE_DELAY_MS;
}

export interface AutosaveOptions {
  /** Milliseconds between the last keystroke and the save; default defaultAutosaveDelay(). */
  delayMs?: number;
}

export type ConflictChoice = 'merge' | 'mine' | 'theirs';

export type PlanMeta = Pick<Plan, 'status' | 'updatedAt' | 'savedAt'>;

/**
 * The canvas document with autosave: edits are local at once (the KBA follows every keystroke),
 * kept on this computer until the server has them, and saved with the version they are based on.
 * A conflict stops autosave until the user chooses; whatever they choose, nothing typed is lost.
 */
export function useAutosave(plan: Plan, userId: string, readOnly: boolean, options: AutosaveOptions = {}) {
  const delayMs = options.delayMs ?? defaultAutosaveDelay();
  const store = useMemo(() => draftStore(userId, plan.id), [userId, plan.id]);
  const [start] = useState(() => {
    const server = documentOf(plan);
    const draft = readOnly ? null : store.read('concept');
    const restored = draft && !same(documentOf(draft.document), server) ? draft : null;
    if (draft && !restored) store.remove('concept');
    return { server, restored, kept: readOnly ? null : store.read('apart') };
  });
  const [document, setDocument] = useState<PlanDocument>(() => (start.restored ? documentOf(start.restored.document) : start.server));
  /** The server's document at `state.version`: what "unchanged" means for merging and privacy. */
  const [saved, setSaved] = useState<PlanDocument>(() => (start.restored ? documentOf(start.restored.base) : start.server));
  const [state, dispatch] = useReducer(autosaveReducer, undefined, () =>
    initialAutosave(start.restored?.baseVersion ?? plan.version, { dirty: Boolean(start.restored) }),
  );
  const [meta, setMeta] = useState<PlanMeta>({ status: plan.status, updatedAt: plan.updatedAt, savedAt: plan.savedAt });
  const [conflict, setConflict] = useState<Plan | null>(null);
  const [kept, setKept] = useState<Draft | null>(start.kept);
  const [confirmed, setConfirmed] = useState<ReadonlySet<string>>(() => new Set());
  const scan = useMemo(() => scanDocument(document), [document]);

  // The latest values for the asynchronous save, which outlives the render that started it.
  const latest = useRef({ document, saved, state, confirmed });
  useEffect(() => {
    latest.current = { document, saved, state, confirmed };
  });
  const immediate = useRef(false);

  const edit = useCallback(
    (change: (document: PlanDocument) => PlanDocument) => {
      if (readOnly) return;
      setDocument(change);
      dispatch({ type: 'edit' });
    },
    [readOnly],
  );

  const flush = useCallback(() => {
    const { document: sent, saved: base, state: now, confirmed: ok } = latest.current;
    if (readOnly || !canSend(now)) return;
    const reason = holdReason(scanDocument(sent), sent, base, ok);
    if (reason) {
      if (now.outcome.kind !== 'held' || now.outcome.revision !== now.revision) dispatch({ type: 'hold', reason });
      return;
    }
    const revision = now.revision;
    dispatch({ type: 'send' });
    latest.current = { ...latest.current, state: { ...now, sending: revision } };
    plansApi.save(plan.id, sent, now.version).then(
      (result) => {
        setSaved(documentOf(result));
        setMeta({ status: result.status, updatedAt: result.updatedAt, savedAt: result.savedAt });
        dispatch({ type: 'saved', revision, version: result.version, at: result.updatedAt });
      },
      (error: unknown) => {
        const current = error instanceof ConflictError ? error.member<Plan>('current') : undefined;
        if (current) {
          const theirs = documentOf(current);
          if (same(theirs, latest.current.document)) {
            // The other save was this same text (a save sent while leaving the page): nothing to choose.
            setSaved(theirs);
            setMeta({ status: current.status, updatedAt: current.updatedAt, savedAt: current.savedAt });
            dispatch({ type: 'resolved', version: current.version, clean: true, at: current.updatedAt });
            return;
          }
          setConflict(current);
          dispatch({ type: 'conflict', revision });
        } else if (error instanceof ApiError && error.status === 422) {
          dispatch({ type: 'invalid', revision, title: error.title, errors: error.errors });
        } else {
          const message = error instanceof ApiError ? (error.status === 0 ? 'er is geen verbinding met de server.' : error.detail) : 'er ging iets mis.';
          dispatch({ type: 'failed', revision, message: `${message} Uw wijzigingen staan nog op deze computer.` });
        }
      },
    );
  }, [plan.id, readOnly]);

  const dirty = isDirty(state);

  // Debounced save after typing stops; at once after a conflict is settled.
  useEffect(() => {
    if (!dirty || state.sending !== null) return;
    const timer = setTimeout(flush, immediate.current ? 0 : delayMs);
    immediate.current = false;
    return () => clearTimeout(timer);
  }, [dirty, state.revision, state.sending, state.outcome, flush, delayMs]);

  // Unsaved edits live on this computer until the server has them.
  useEffect(() => {
    if (readOnly) return;
    if (dirty) store.write('concept', { document, base: saved, baseVersion: state.version, storedAt: new Date().toISOString() });
    else store.remove('concept');
  }, [readOnly, dirty, document, saved, state.version, store]);

  // Leaving the page or the canvas: send what is not saved yet; the browser finishes the request.
  useEffect(() => {
    const leave = () => {
      const { document: sent, saved: base, state: now, confirmed: ok } = latest.current;
      if (readOnly || !canSend(now) || holdReason(scanDocument(sent), sent, base, ok)) return;
      void plansApi.save(plan.id, sent, now.version, { keepalive: true }).catch(() => undefined);
    };
    const hidden = () => {
      if (window.document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', leave);
    window.document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('pagehide', leave);
      window.document.removeEventListener('visibilitychange', hidden);
      leave();
    };
  }, [flush, plan.id, readOnly]);

  const resolve = useCallback(
    (choice: ConflictChoice) => {
      if (!conflict) return;
      const theirs = documentOf(conflict);
      const mine = latest.current.document;
      let next = mine;
      if (choice === 'merge') next = mergeDocuments(latest.current.saved, mine, theirs).document;
      if (choice === 'theirs') {
        const aside: Draft = { document: mine, base: latest.current.saved, baseVersion: latest.current.state.version, storedAt: new Date().toISOString() };
        store.write('apart', aside);
        setKept(aside);
        next = theirs;
      }
      setDocument(next);
      setSaved(theirs);
      setMeta({ status: conflict.status, updatedAt: conflict.updatedAt, savedAt: conflict.savedAt });
      setConflict(null);
      immediate.current = true;
      dispatch({ type: 'resolved', version: conflict.version, clean: same(next, theirs) });
    },
    [conflict, store],
  );

  const confirm = useCallback((key: string, checked: boolean) => {
    setConfirmed((current) => {
      const next = new Set(current);
      if (checked) next.add(key);
      else next.delete(key);
      return next;
    });
    dispatch({ type: 'retry' });
  }, []);

  const retry = useCallback(() => {
    immediate.current = true;
    dispatch({ type: 'retry' });
  }, []);

  /** Brings a version set aside in a conflict back as the user's edits, on top of the current one. */
  const restoreKept = useCallback(() => {
    if (!kept) return;
    edit(() => documentOf(kept.document));
    store.remove('apart');
    setKept(null);
  }, [edit, kept, store]);

  const dismissKept = useCallback(() => {
    store.remove('apart');
    setKept(null);
  }, [store]);

  return {
    document,
    saved,
    edit,
    state,
    meta,
    scan,
    confirmed,
    confirm,
    flush,
    retry,
    conflict,
    resolve,
    restored: start.restored,
    kept,
    restoreKept,
    dismissKept,
  };
}

export type Autosave = ReturnType<typeof useAutosave>;
