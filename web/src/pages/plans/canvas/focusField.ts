import { fieldId } from './CanvasContext';

/** Focuses a canvas field (by its document path) after React has drawn it. */
export function focusField(path: string): void {
  requestAnimationFrame(() => document.getElementById(fieldId(path))?.focus());
}
