import { describe, expect, it } from 'vitest';
import { autosaveReducer, canSend, initialAutosave, isDirty, statusText, type AutosaveEvent, type AutosaveState } from './autosave';

const run = (state: AutosaveState, ...events: AutosaveEvent[]) => events.reduce(autosaveReducer, state);
const AT = '2026-03-03T13:03:00.000Z';

describe('autosave', () => {
  it('saves an edit and reports the time in Dutch time', () => {
    let state = run(initialAutosave(4), { type: 'edit' });
    expect(isDirty(state)).toBe(true);
    expect(canSend(state)).toBe(true);
    state = run(state, { type: 'send' });
    expect(statusText(state).text).toBe('Opslaan…');
    expect(canSend(state)).toBe(false);
    state = run(state, { type: 'saved', revision: 1, version: 5, at: AT });
    expect(isDirty(state)).toBe(false);
    expect(state.version).toBe(5);
    expect(statusText(state)).toEqual({ text: 'Opgeslagen om 14:03', tone: 'ok' });
  });

  it('stays dirty for edits made while a save was on its way, and saves them next on the new version', () => {
    let state = run(initialAutosave(1), { type: 'edit' }, { type: 'send' }, { type: 'edit' }, { type: 'edit' });
    expect(state.sending).toBe(1);
    state = run(state, { type: 'saved', revision: 1, version: 2, at: AT });
    expect(isDirty(state)).toBe(true);
    expect(canSend(state)).toBe(true);
    state = run(state, { type: 'send' });
    expect(state.sending).toBe(3);
    expect(run(state, { type: 'saved', revision: 3, version: 3, at: AT })).toMatchObject({ savedRevision: 3, version: 3, sending: null });
  });

  it('stops at a conflict until the user chooses, and then saves their choice on the current version', () => {
    let state = run(initialAutosave(1), { type: 'edit' }, { type: 'send' }, { type: 'conflict', revision: 1 }, { type: 'edit' });
    expect(canSend(state)).toBe(false);
    expect(run(state, { type: 'send' }).sending).toBeNull();
    expect(statusText(state).tone).toBe('error');
    state = run(state, { type: 'resolved', version: 7, clean: false });
    expect(state.version).toBe(7);
    expect(canSend(state)).toBe(true);
  });

  it('counts a conflict with the same text as saved', () => {
    const state = run(initialAutosave(1), { type: 'edit' }, { type: 'send' }, { type: 'resolved', version: 2, clean: true, at: AT });
    expect(statusText(state).text).toBe('Opgeslagen om 14:03');
  });

  it('is clean after loading their version', () => {
    const state = run(initialAutosave(1), { type: 'edit' }, { type: 'send' }, { type: 'conflict', revision: 1 }, { type: 'resolved', version: 7, clean: true });
    expect(isDirty(state)).toBe(false);
    expect(state.version).toBe(7);
  });

  it('does not send a refused revision again, but does after the next edit', () => {
    let state = run(initialAutosave(1), { type: 'edit' }, { type: 'send' }, { type: 'invalid', revision: 1, title: 'Ongeldig', errors: [{ path: 'lifeSatisfaction', message: 'Te hoog' }] });
    expect(canSend(state)).toBe(false);
    expect(statusText(state).text).toBe('Niet opgeslagen: controleer de gemarkeerde velden.');
    state = run(state, { type: 'edit' });
    expect(canSend(state)).toBe(true);
  });

  it('holds a revision with a privacy problem until it changes or the user confirms', () => {
    let state = run(initialAutosave(1), { type: 'edit' }, { type: 'hold', reason: 'bevestig eerst de privacymelding.' });
    expect(canSend(state)).toBe(false);
    expect(statusText(state)).toEqual({ text: 'Niet opgeslagen: bevestig eerst de privacymelding.', tone: 'warning' });
    state = run(state, { type: 'retry' });
    expect(canSend(state)).toBe(true);
  });

  it('tries a failed save again on the next edit or by hand', () => {
    const failed = run(initialAutosave(1), { type: 'edit' }, { type: 'send' }, { type: 'failed', revision: 1, message: 'Geen verbinding.' });
    expect(statusText(failed).text).toBe('Niet opgeslagen: Geen verbinding.');
    expect(canSend(failed)).toBe(true);
    expect(run(failed, { type: 'retry' }).outcome.kind).toBe('none');
  });

  it('starts dirty for a restored draft', () => {
    expect(isDirty(initialAutosave(3, { dirty: true }))).toBe(true);
    expect(statusText(initialAutosave(3)).text).toBe('Alles is opgeslagen.');
  });
});
