import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../../http/client';
import { useFlash } from '../../flash';
import type { Notice } from './ChangeNotice';

/**
 * The state around row actions on a list page: which row is busy, the notice (with undo) and the
 * error of the last action. A message left by the add or edit page is the first notice.
 */
export function useChanges() {
  const flash = useFlash();
  const [notice, setNotice] = useState<Notice | null>(flash);
  const [error, setError] = useState<ApiError | null>(null);
  const [busyCode, setBusyCode] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  // Counts the notices that should take focus; the effect runs once the notice is on the page.
  const [focusRequests, setFocusRequests] = useState(0);
  useEffect(() => {
    if (focusRequests > 0) noticeRef.current?.focus();
  }, [focusRequests]);

  /** Runs one change; returns its result, or null after showing why it failed. */
  async function perform<T>(code: string, action: () => Promise<T>): Promise<T | null> {
    setBusyCode(code);
    setError(null);
    try {
      return await action();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(0, 'Er ging iets mis.', String(caught)));
      return null;
    } finally {
      setBusyCode(null);
    }
  }

  function announce(next: Notice, { focus = false } = {}) {
    setNotice(next);
    if (focus) setFocusRequests((n) => n + 1);
  }

  return { notice, announce, error, busyCode, perform, noticeRef };
}
