import { useEffect, useState } from 'react';
import type { UserChanges } from '../../api';

/** What the users list says after a change, with the change that undoes it when that is cheap. */
export interface UserNotice {
  text: string;
  undo?: { userId: string; changes: UserChanges; doneText: string };
}

let pending: UserNotice | null = null;

/** Set by the edit page just before it returns to the list. */
export function leaveNotice(notice: UserNotice): void {
  pending = notice;
}

/** The notice for the list: the one left by the edit page, once (read on mount, cleared after). */
export function useUserNotice() {
  const state = useState<UserNotice | null>(() => pending);
  const shown = state[0];
  useEffect(() => {
    if (pending === shown) pending = null;
  }, [shown]);
  return state;
}
