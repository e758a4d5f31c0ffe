import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../planTypes';
import { documentOf } from './document';
import { differences, mergeDocuments, same } from './merge';

const base: PlanDocument = documentOf({
  caseNumber: '2026-101',
  clientNumber: 'C-1',
  situation: 'Situatie',
  domains: ['housing'],
  scenarios: { plan: { lines: [{ description: 'huis', fundingStream: 'wmo', unitPriceCents: 100, quantity: 1, frequency: 'month' }] } },
});

describe('mergeDocuments', () => {
  it('keeps both when two people changed different fields', () => {
    const mine = { ...base, perspective: 'Mijn perspectief' };
    const theirs = { ...base, breakthrough: 'Hun doorbraak' };
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(document.perspective).toBe('Mijn perspectief');
    expect(document.breakthrough).toBe('Hun doorbraak');
  });

  it('merges lines item by item', () => {
    const mine = documentOf({ ...base, scenarios: { plan: { lines: [{ ...base.scenarios!.plan!.lines[0]!, quantity: 2 }] } } });
    const theirs = documentOf({ ...base, scenarios: { plan: { lines: [{ ...base.scenarios!.plan!.lines[0]!, description: 'woning' }] } } });
    const { document, conflicts } = mergeDocuments(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(document.scenarios?.plan?.lines[0]).toMatchObject({ quantity: 2, description: 'woning' });
  });

  it('reports a field both changed differently, and holds mine there', () => {
    const { document, conflicts } = mergeDocuments(base, { ...base, situation: 'A' }, { ...base, situation: 'B' });
    expect(conflicts).toEqual(['situation']);
    expect(document.situation).toBe('A');
  });

  it('treats the leefgebieden as one value and a list of different length as one conflict', () => {
    expect(mergeDocuments(base, { ...base, domains: ['housing', 'debts'] }, { ...base, domains: [] }).conflicts).toEqual(['domains']);
    const added = { ...base, selfActions: [{ description: 'a', owner: '' }] };
    const other = { ...base, selfActions: [{ description: 'b', owner: '' }, { description: 'c', owner: '' }] };
    expect(mergeDocuments(base, added, other).conflicts).toEqual(['selfActions']);
  });

  it('takes their removal of a field I did not touch', () => {
    const theirs = { ...base };
    delete theirs.situation;
    expect('situation' in mergeDocuments(base, { ...base, perspective: 'x' }, theirs).document).toBe(false);
  });
});

describe('differences', () => {
  it('lists the leaves that differ', () => {
    const mine = { ...base, situation: 'A', domains: ['debts' as const] };
    expect(differences(mine, base)).toEqual([
      { path: 'situation', mine: 'A', theirs: 'Situatie' },
      { path: 'domains', mine: ['debts'], theirs: ['housing'] },
    ]);
  });

  it('names a line that only one side has', () => {
    const extra = documentOf({ ...base, scenarios: { plan: { lines: [...base.scenarios!.plan!.lines, { description: 'taxi', fundingStream: 'wmo', unitPriceCents: 5, quantity: 1, frequency: 'once' }] } } });
    expect(differences(extra, base).map((d) => d.path)).toEqual(['scenarios.plan.lines.1']);
  });
});

describe('same', () => {
  it('sees a missing member and an undefined one as the same', () => {
    expect(same({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(same([1, 2], [1, 2, 3])).toBe(false);
  });
});
