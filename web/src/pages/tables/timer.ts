/** What the slot timer says: whole minutes only, so it changes (and is announced) once a minute. */
export function minutesLeftLabel(remainingSeconds: number): string {
  if (remainingSeconds <= 0) return 'De tijd voor deze casus is om.';
  const minutes = Math.ceil(remainingSeconds / 60);
  return minutes === 1 ? 'Nog 1 minuut' : `Nog ${minutes} minuten`;
}

/**
 * Previous / next case for the presentation keys, as in a slide show (and a clicker, which sends
 * Page Up / Page Down): arrows, page keys, space (Shift+space back); null for any other key.
 */
export function stepForKey(key: string, shiftKey = false): -1 | 1 | null {
  if (key === 'ArrowRight' || key === 'ArrowDown' || key === 'PageDown') return 1;
  if (key === 'ArrowLeft' || key === 'ArrowUp' || key === 'PageUp') return -1;
  if (key === ' ') return shiftKey ? -1 : 1;
  return null;
}
