import type { PlanDocument } from '../planTypes';

/**
 * Three-way merge of two edits of the same plan: what only one side changed is taken from that
 * side; where both changed the same thing differently, the user decides (listed in `conflicts`,
 * the merged document holds "mine" there). Lists merge item by item while their length is the
 * same on all three sides; otherwise a list changed on both sides is one conflict.
 */
export interface MergeResult {
  document: PlanDocument;
  conflicts: string[];
}

export function mergeDocuments(base: PlanDocument, mine: PlanDocument, theirs: PlanDocument): MergeResult {
  const conflicts: string[] = [];
  const document = merge(base, mine, theirs, '', conflicts) as PlanDocument;
  return { document, conflicts };
}

function merge(base: unknown, mine: unknown, theirs: unknown, path: string, conflicts: string[]): unknown {
  if (same(mine, theirs)) return mine;
  if (same(base, mine)) return theirs;
  if (same(base, theirs)) return mine;
  if (isRecord(base) && isRecord(mine) && isRecord(theirs)) {
    const result: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const value = merge(base[key], mine[key], theirs[key], join(path, key), conflicts);
      if (value !== undefined) result[key] = value;
    }
    return result;
  }
  if (Array.isArray(base) && Array.isArray(mine) && Array.isArray(theirs) && base.length === mine.length && mine.length === theirs.length && !isPrimitiveList(base)) {
    return mine.map((item, index) => merge(base[index], item, theirs[index], join(path, String(index)), conflicts));
  }
  conflicts.push(path);
  return mine;
}

/** Where two documents differ, as leaf paths with both values: for the conflict message. */
export interface Difference {
  path: string;
  mine: unknown;
  theirs: unknown;
}

export function differences(mine: unknown, theirs: unknown, path = ''): Difference[] {
  if (same(mine, theirs)) return [];
  if (isRecord(mine) && isRecord(theirs)) {
    return [...new Set([...Object.keys(mine), ...Object.keys(theirs)])].flatMap((key) => differences(mine[key], theirs[key], join(path, key)));
  }
  if (Array.isArray(mine) && Array.isArray(theirs) && !isPrimitiveList(mine) && !isPrimitiveList(theirs)) {
    const length = Math.max(mine.length, theirs.length);
    return Array.from({ length }, (_, index) => differences(mine[index], theirs[index], join(path, String(index)))).flat();
  }
  return [{ path, mine, theirs }];
}

const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Leefgebieden and the like: a set of keys, compared as a whole. */
const isPrimitiveList = (list: readonly unknown[]) => list.length > 0 && list.every((item) => item === null || typeof item !== 'object');

/** Structural equality of JSON values; a missing member equals one that is undefined. */
export function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => same(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => same(a[key], b[key]));
  }
  return false;
}
