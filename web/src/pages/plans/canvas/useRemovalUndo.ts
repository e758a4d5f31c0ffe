import { useCallback, useState } from 'react';

/** The last removed row of a list, so "Ongedaan maken" can put it back where it was. */
export interface Removal<T> {
  item: T;
  index: number;
  /** Says what was removed, e.g. "Regel 3 verwijderd." */
  text: string;
}

export function useRemovalUndo<T>() {
  const [removal, setRemoval] = useState<Removal<T> | null>(null);
  const remember = useCallback((item: T, index: number, text: string) => setRemoval({ item, index, text }), []);
  const forget = useCallback(() => setRemoval(null), []);
  return { removal, remember, forget };
}
