import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../http/client';
import { useFlash } from '../../flash';
import type { Notice } from './ChangeNotice';

interface RowChange {
  code: string;
  run: () => Promise<unknown>;
}

/**
 * The state around row actions on a list page: which row is busy and the error of the last action
 * (one mutation of the query cache), and the notice (with undo). A message left by the add or edit
 * page is the first notice.
 */
export function useChanges() {
  const flash = useFlash();
  const [notice, setNotice] = useState<Notice | null>(flash);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Counts the notices that should take focus; the effect runs once the notice is on the page.
  const [focusRequests, setFocusRequests] = useState(0);
  useEffect(() => {
    if (focusRequests > 0) noticeRef.current?.focus();
  }, [focusRequests]);

  const change = useMutation({ mutationFn: ({ run }: RowChange) => run() });
  const error = useMemo(
    () => (change.error === null ? null : change.error instanceof ApiError ? change.error : new ApiError(0, 'Er ging iets mis.', String(change.error))),
    [change.error],
  );

  /** Runs one change; returns its result, or null after showing why it failed. */
  async function perform<T>(code: string, run: () => Promise<T>): Promise<T | null> {
    try {
      return (await change.mutateAsync({ code, run })) as T;
    } catch {
      return null;
    }
  }

  function announce(next: Notice, { focus = false } = {}) {
    setNotice(next);
    if (focus) setFocusRequests((n) => n + 1);
  }

  const busyCode = change.isPending ? (change.variables?.code ?? null) : null;
  return { notice, announce, error, busyCode, perform, noticeRef };
}
