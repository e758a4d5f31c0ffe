import type { FieldError } from './errors.js';

/**
 * PostgreSQL cannot store U+0000 in text, so a NUL anywhere in a request would fail deep in the
 * database. Found here first, with its path, it is an ordinary 422.
 */
export function findNulCharacters(value: unknown, path: string[] = []): FieldError[] {
  if (typeof value === 'string') {
    return value.includes('\u0000') ? [{ path: path.join('.'), message: 'Bevat een ongeldig teken (NUL).' }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => findNulCharacters(item, [...path, String(index)]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [
      ...(key.includes('\u0000') ? [{ path: [...path, key].join('.'), message: 'Bevat een ongeldig teken (NUL).' }] : []),
      ...findNulCharacters(item, [...path, key]),
    ]);
  }
  return [];
}
