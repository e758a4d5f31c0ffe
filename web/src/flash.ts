import { useEffect, useState } from 'react';

/**
 * A message for the next page, e.g. "U bent uitgelogd." after logout. Kept in memory: it survives
 * an in-app navigation, not a reload, which is what a one-time message should do.
 */
export interface Flash {
  type: 'ok' | 'info' | 'warning';
  text: string;
}

let pending: Flash | null = null;

export function setFlash(flash: Flash): void {
  pending = flash;
}

/** The pending message, shown once: read on mount and cleared after (safe under StrictMode). */
export function useFlash(): Flash | null {
  const [flash] = useState(() => pending);
  useEffect(() => {
    if (pending === flash) pending = null;
  }, [flash]);
  return flash;
}
