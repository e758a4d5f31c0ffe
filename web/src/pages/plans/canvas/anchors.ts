/**
 * The anchors of the canvas: every section and every action target has a stable id, so links
 * (Mijn acties, the readiness list, the navigator) can land on it. Keep these ids stable: they
 * are in links people bookmark and in the e2e tests.
 */

/** The sections of the canvas, in page order (the ids of their headings). */
export const CANVAS_SECTIONS = [
  { id: 'besluitvorming', label: 'Besluitvorming' },
  { id: 'situatie', label: 'Situatie' },
  { id: 'perspectief', label: 'Perspectief' },
  { id: 'acties', label: 'Wat er gebeurt' },
  { id: 'rendement', label: 'Rendement' },
  { id: 'legitimiteit', label: 'Legitimiteit' },
  { id: 'betrokkenheid', label: 'Betrokkenheid' },
  { id: 'knelpunten', label: 'Knelpunten' },
  { id: 'vragen', label: 'Vragen' },
  { id: 'metingen', label: 'Opvolging' },
] as const;

/** Action targets: where a task from Mijn acties is done. */
export const ACTION_ANCHORS = {
  /** The workflow panel (its heading). */
  workflow: 'besluitvorming',
  /** The decision form in the workflow panel (focus on its first choice), or why this user cannot decide. */
  decision: 'besluit',
  /** The measurement form of the follow-up (focus on its first field); its section heading is `metingen`. */
  measurement: 'meting',
  /** The questions section (its heading). */
  questions: 'vragen',
} as const;

/** The answer box of one question (the textarea itself). */
export const answerAnchor = (questionId: string) => `antwoord-${questionId}`;

export interface Landing {
  /** The element to land on. */
  id: string;
  /** `self`: focus the element (a field, or a heading made focusable); `first-field`: the first field inside it. */
  focus: 'self' | 'first-field';
  /** Where to land instead once everything has loaded and the element is not there (e.g. a question already answered). */
  fallback?: string;
}

/** Where a URL hash lands; null for no hash. */
export function landingFor(hash: string): Landing | null {
  let id = hash.replace(/^#/, '');
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: use the hash as it is.
  }
  if (!id) return null;
  if (id === ACTION_ANCHORS.decision) return { id, focus: 'first-field', fallback: ACTION_ANCHORS.workflow };
  if (id === ACTION_ANCHORS.measurement) return { id, focus: 'first-field', fallback: 'metingen' };
  if (id.startsWith('antwoord-')) return { id, focus: 'self', fallback: ACTION_ANCHORS.questions };
  return { id, focus: 'self' };
}

/**
 * Which section is current while scrolling: the last one whose heading has passed `offset` pixels
 * from the top of the window (the height of what sticks there), else the first.
 */
export function currentSection(tops: readonly { id: string; top: number | null }[], offset: number): string | undefined {
  let current = tops.find((entry) => entry.top !== null)?.id;
  for (const entry of tops) if (entry.top !== null && entry.top <= offset) current = entry.id;
  return current;
}
