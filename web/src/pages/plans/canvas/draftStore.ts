import type { PlanDocument } from '../planTypes';

/**
 * Unsaved edits kept on this computer (localStorage) per user and plan, so a reload, a crash or
 * an expired session loses nothing. Removed as soon as the server has them. A document set aside
 * in a conflict ("Hun versie laden") is kept under its own key until the user removes it.
 */
export interface Draft {
  document: PlanDocument;
  /** The server version the edits were based on: saving it later on a newer version is a conflict. */
  baseVersion: number;
  /** The document of that version, so the edits can still be merged with someone else's. */
  base: PlanDocument;
  storedAt: string;
}

type Kind = 'concept' | 'apart';

const key = (kind: Kind, userId: string, planId: string) => `doorbraak:${kind}:${userId}:${planId}`;

export interface DraftStore {
  read(kind: Kind): Draft | null;
  write(kind: Kind, draft: Draft): void;
  remove(kind: Kind): void;
}

export function draftStore(userId: string, planId: string, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | null = safeLocalStorage()): DraftStore {
  return {
    read(kind) {
      try {
        const text = storage?.getItem(key(kind, userId, planId));
        if (!text) return null;
        const draft = JSON.parse(text) as Partial<Draft>;
        if (typeof draft.baseVersion !== 'number' || typeof draft.storedAt !== 'string') return null;
        if (!isObject(draft.document) || !isObject(draft.base)) return null;
        return draft as Draft;
      } catch {
        return null;
      }
    },
    write(kind, draft) {
      try {
        storage?.setItem(key(kind, userId, planId), JSON.stringify(draft));
      } catch {
        // Storage full or blocked (private window): the server copy and the open page remain.
      }
    },
    remove(kind) {
      try {
        storage?.removeItem(key(kind, userId, planId));
      } catch {
        // As above.
      }
    },
  };
}

const isObject = (value: unknown) => value !== null && typeof value === 'object' && !Array.isArray(value);

function safeLocalStorage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}
