import type { FieldError } from '../../../http/client';

/**
 * The bookkeeping of autosave, without timers or requests (those are in useAutosave): every edit
 * is a new revision; a save sends one revision on top of the server version it was based on.
 * The canvas is saved when the revision the server has is the latest one.
 */
export interface AutosaveState {
  /** Counts local edits. */
  revision: number;
  /** The revision the server has. */
  savedRevision: number;
  /** The revision on its way to the server, if any. */
  sending: number | null;
  /** The server version the next save is based on. */
  version: number;
  /** When the last save succeeded (ISO time). */
  savedAt: string | null;
  outcome:
    | { kind: 'none' }
    /** Not sent: something on this computer must be fixed first (a BSN, an unconfirmed warning). */
    | { kind: 'held'; revision: number; reason: string }
    /** The server refused this revision (422): shown at the fields; the next edit tries again. */
    | { kind: 'invalid'; revision: number; title: string; errors: FieldError[] }
    /** No answer or a server fault: tried again on the next edit or by hand. */
    | { kind: 'failed'; revision: number; message: string }
    /** Someone else saved in between: autosave stops until the user chooses. */
    | { kind: 'conflict'; revision: number };
}

export type AutosaveEvent =
  | { type: 'edit' }
  | { type: 'hold'; reason: string }
  | { type: 'send' }
  | { type: 'saved'; revision: number; version: number; at: string }
  | { type: 'invalid'; revision: number; title: string; errors: FieldError[] }
  | { type: 'failed'; revision: number; message: string }
  | { type: 'conflict'; revision: number }
  /** The conflict is settled: go on from the server's `version`; `clean` when the document now equals it. */
  | { type: 'resolved'; version: number; clean: boolean; at?: string }
  /** Try again after a failure, or after the user settled what held the save (a confirmed warning). */
  | { type: 'retry' };

export function initialAutosave(version: number, { dirty = false } = {}): AutosaveState {
  return { revision: dirty ? 1 : 0, savedRevision: 0, sending: null, version, savedAt: null, outcome: { kind: 'none' } };
}

export const isDirty = (state: AutosaveState) => state.revision > state.savedRevision;

/** Whether a save may start now. A refused or held revision is not sent again until it changes. */
export function canSend(state: AutosaveState): boolean {
  if (state.sending !== null || !isDirty(state)) return false;
  const { outcome } = state;
  if (outcome.kind === 'conflict') return false;
  if ((outcome.kind === 'invalid' || outcome.kind === 'held') && outcome.revision === state.revision) return false;
  return true;
}

export function autosaveReducer(state: AutosaveState, event: AutosaveEvent): AutosaveState {
  switch (event.type) {
    case 'edit':
      return { ...state, revision: state.revision + 1 };
    case 'hold':
      return state.outcome.kind === 'conflict' ? state : { ...state, outcome: { kind: 'held', revision: state.revision, reason: event.reason } };
    case 'send':
      return canSend(state) ? { ...state, sending: state.revision } : state;
    case 'saved':
      return {
        ...state,
        sending: null,
        savedRevision: Math.max(state.savedRevision, event.revision),
        version: event.version,
        savedAt: event.at,
        outcome: { kind: 'none' },
      };
    case 'invalid':
      return { ...state, sending: null, outcome: { kind: 'invalid', revision: event.revision, title: event.title, errors: event.errors } };
    case 'failed':
      return { ...state, sending: null, outcome: { kind: 'failed', revision: event.revision, message: event.message } };
    case 'conflict':
      return { ...state, sending: null, outcome: { kind: 'conflict', revision: event.revision } };
    case 'resolved':
      return {
        ...state,
        sending: null,
        version: event.version,
        savedAt: event.clean && event.at ? event.at : state.savedAt,
        savedRevision: event.clean ? state.revision : state.savedRevision,
        // What the user chose is new work to save, even when nothing was typed since.
        revision: event.clean ? state.revision : Math.max(state.revision, state.savedRevision + 1),
        outcome: { kind: 'none' },
      };
    case 'retry':
      return state.outcome.kind === 'failed' || state.outcome.kind === 'held' ? { ...state, outcome: { kind: 'none' } } : state;
  }
}

const time = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

/** The status line under the canvas: one short Dutch sentence. */
export function statusText(state: AutosaveState): { text: string; tone: 'ok' | 'busy' | 'warning' | 'error' } {
  const { outcome } = state;
  if (state.sending !== null) return { text: 'Opslaan…', tone: 'busy' };
  if (outcome.kind === 'conflict') return { text: 'Niet opgeslagen: iemand anders heeft dit plan intussen opgeslagen.', tone: 'error' };
  if (outcome.kind === 'invalid') return { text: 'Niet opgeslagen: controleer de gemarkeerde velden.', tone: 'error' };
  if (outcome.kind === 'failed') return { text: `Niet opgeslagen: ${outcome.message}`, tone: 'error' };
  if (outcome.kind === 'held') return { text: `Niet opgeslagen: ${outcome.reason}`, tone: 'warning' };
  if (isDirty(state)) return { text: 'Wijzigingen worden zo opgeslagen…', tone: 'busy' };
  if (state.savedAt) return { text: `Opgeslagen om ${time.format(new Date(state.savedAt))}`, tone: 'ok' };
  return { text: 'Alles is opgeslagen.', tone: 'ok' };
}
