import type { FieldError } from './errors.js';

const NUL_MESSAGE = 'Bevat een ongeldig teken (NUL).';
const SURROGATE_MESSAGE = 'Bevat een ongeldig teken (een losse helft van een Unicode-teken).';
/** Half of a UTF-16 surrogate pair without its other half: not a character, and not storable. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const problemIn = (text: string): string | null =>
  text.includes('\u0000') ? NUL_MESSAGE : LONE_SURROGATE.test(text) ? SURROGATE_MESSAGE : null;

interface Visit {
  value: unknown;
  key: string | null;
  parent: Visit | null;
  /** An object's own key, which may hold a NUL too; array indexes never do. */
  checkKey: boolean;
}

const pathOf = (visit: Visit, prefix: string[]): string => {
  const keys: string[] = [];
  for (let at: Visit | null = visit; at && at.key !== null; at = at.parent) keys.push(at.key);
  return [...prefix, ...keys.reverse()].join('.');
};

/**
 * PostgreSQL cannot store U+0000 in text, nor half a surrogate pair (`"\ud83d"` in JSON) in a
 * jsonb document, so such a character anywhere in a request would fail deep in the database.
 * Found here first, with its path, it is an ordinary 422.
 *
 * Walks with its own stack, not by recursion: a request body nested thousands of levels deep is
 * valid JSON and must get an answer, not a stack overflow.
 */
export function findUnstorableCharacters(value: unknown, path: string[] = []): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Visit[] = [{ value, key: null, parent: null, checkKey: false }];
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const inKey = visit.checkKey ? problemIn(visit.key!) : null;
    if (inKey) errors.push({ path: pathOf(visit, path), message: inKey });
    const current = visit.value;
    if (typeof current === 'string') {
      const inText = problemIn(current);
      if (inText) errors.push({ path: pathOf(visit, path), message: inText });
    } else if (isJsonContainer(current)) {
      const children: Visit[] = Array.isArray(current)
        ? current.map((item, index) => ({ value: item as unknown, key: String(index), parent: visit, checkKey: false }))
        : Object.entries(current).map(([key, item]) => ({ value: item as unknown, key, parent: visit, checkKey: true }));
      // Reversed, so the first child is taken first: errors come in document order.
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return errors;
}

/**
 * Only what JSON parses to is walked: arrays and plain objects. A raw upload's body is a stream
 * (imports), whose object graph reaches the socket and the whole server, cycles included.
 */
function isJsonContainer(value: unknown): value is object {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The name server/app.ts calls it by. */
export const findNulCharacters = findUnstorableCharacters;
