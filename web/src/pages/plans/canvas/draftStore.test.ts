import { describe, expect, it } from 'vitest';
import { draftStore } from './draftStore';

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const draft = { document: { caseNumber: '2026-101', clientNumber: 'C-1' }, base: { caseNumber: '2026-101', clientNumber: 'C-0' }, baseVersion: 3, storedAt: '2026-03-03T13:03:00.000Z' };

describe('draftStore', () => {
  it('keeps drafts per user and plan', () => {
    const storage = memoryStorage();
    draftStore('u1', 'p1', storage).write('concept', draft);
    expect(draftStore('u1', 'p1', storage).read('concept')).toEqual(draft);
    expect(draftStore('u2', 'p1', storage).read('concept')).toBeNull();
    expect(draftStore('u1', 'p2', storage).read('concept')).toBeNull();
    expect(draftStore('u1', 'p1', storage).read('apart')).toBeNull();
    draftStore('u1', 'p1', storage).remove('concept');
    expect(storage.items.size).toBe(0);
  });

  it('ignores what it cannot read, and a storage that refuses', () => {
    const storage = memoryStorage();
    storage.setItem('doorbraak:concept:u1:p1', '{niet json');
    expect(draftStore('u1', 'p1', storage).read('concept')).toBeNull();
    storage.setItem('doorbraak:concept:u1:p1', JSON.stringify({ document: 'x' }));
    expect(draftStore('u1', 'p1', storage).read('concept')).toBeNull();
    const full = { ...memoryStorage(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => draftStore('u1', 'p1', full).write('concept', draft)).not.toThrow();
    expect(draftStore('u1', 'p1', null).read('concept')).toBeNull();
  });
});
