import { describe, expect, it } from 'vitest';
import type { CostLine, Plan, PlanDocument, PriceItem } from '../planTypes';
import { addAlternative, applyPriceItem, chooseAlternative, documentOf, insertLine, linesOf, newLine, removeLine, updateLine, valueAt } from './document';

const line = (description: string, unitPriceCents = 100): CostLine => ({ description, fundingStream: 'wmo', unitPriceCents, quantity: 1, frequency: 'month' });

const base = (): PlanDocument =>
  documentOf({
    caseNumber: '2026-101',
    clientNumber: 'C-1',
    scenarios: {
      plan: { name: 'Moeder-kindhuis', lines: [line('huis', 250_000)] },
      alternatives: [{ name: 'Kamer bij oma', lines: [line('kamer', 60_000), line('taxi', 5_000)] }],
    },
  });

describe('documentOf', () => {
  it('drops what the server adds and fills every list, the same for every copy', () => {
    const plan = { ...base(), id: 'p1', status: 'draft', version: 3, kba: {}, privacyWarnings: [], createdAt: '', updatedAt: '', authorId: 'u' } as unknown as Plan;
    const document = documentOf(plan);
    expect(Object.keys(document)).not.toContain('version');
    expect(Object.keys(document)).not.toContain('kba');
    expect(document.selfActions).toEqual([]);
    expect(document.scenarios?.current?.lines).toEqual([]);
    expect(document.involvement?.professionals).toEqual([]);
    expect(documentOf(document)).toEqual(document);
  });
});

describe('kies dit scenario', () => {
  it('swaps the alternative into the plan, and the old plan becomes that alternative: nothing lost', () => {
    const chosen = chooseAlternative(base(), 0);
    expect(chosen.scenarios?.plan).toEqual({ name: 'Kamer bij oma', lines: [line('kamer', 60_000), line('taxi', 5_000)] });
    expect(chosen.scenarios?.alternatives).toEqual([{ name: 'Moeder-kindhuis', lines: [line('huis', 250_000)] }]);
    expect(chooseAlternative(chosen, 0)).toEqual(base());
  });

  it('names an unnamed plan scenario when it becomes an alternative', () => {
    const document = base();
    document.scenarios!.plan = { lines: [line('huis')] };
    expect(chooseAlternative(document, 0).scenarios?.alternatives?.[0]?.name).toBe('Vorig maatwerkscenario');
  });

  it('ignores an alternative that does not exist', () => {
    expect(chooseAlternative(base(), 5)).toEqual(base());
  });

  it('starts a new alternative as a copy of the plan scenario', () => {
    const document = addAlternative(base());
    expect(document.scenarios?.alternatives?.[1]).toEqual({ name: 'Alternatief 2', lines: [line('huis', 250_000)] });
    expect(document.scenarios?.alternatives?.[1]?.lines[0]).not.toBe(document.scenarios?.plan?.lines[0]);
  });
});

describe('cost lines', () => {
  it('adds, changes and removes lines of any scenario without touching the others', () => {
    let document = insertLine(base(), 'current', 0, newLine());
    document = updateLine(document, 'current', 0, { description: 'begeleiding', unitPriceCents: 7_950 });
    document = insertLine(document, 0, 1, line('fiets'));
    expect(linesOf(document, 'current')).toEqual([{ ...newLine(), description: 'begeleiding', unitPriceCents: 7_950 }]);
    expect(linesOf(document, 0).map((l) => l.description)).toEqual(['kamer', 'fiets', 'taxi']);
    expect(linesOf(removeLine(document, 0, 0), 0).map((l) => l.description)).toEqual(['fiets', 'taxi']);
    expect(linesOf(document, 'plan')).toEqual(base().scenarios?.plan?.lines);
  });

  it('leaves out optional fields that were cleared', () => {
    const document = updateLine(updateLine(base(), 'plan', 0, { months: 6 }), 'plan', 0, { months: undefined });
    expect(Object.keys(linesOf(document, 'plan')[0]!)).not.toContain('months');
  });

  it('continues the funding stream and frequency of the line before', () => {
    expect(newLine({ ...line('x'), fundingStream: 'jeugdwet', frequency: 'week' })).toMatchObject({ fundingStream: 'jeugdwet', frequency: 'week', quantity: 1 });
  });
});

describe('a product from the price list', () => {
  const item: PriceItem = {
    code: 'PL-024',
    name: 'Begeleiding individueel (specialistisch)',
    unit: 'uur',
    unitPriceCents: 7_950,
    frequency: 'week',
    fundingStream: 'wmo',
    domain: 'care',
    year: 2025,
    confidence: 'high',
    source: 'test',
    note: '',
    origin: 'national',
    active: true,
    updatedAt: '2025-01-01T00:00:00.000Z',
  };

  it('fills price, frequency, funding stream and an empty description', () => {
    expect(applyPriceItem({ ...newLine(), quantity: 3 }, item)).toEqual({
      description: item.name,
      priceItemCode: 'PL-024',
      fundingStream: 'wmo',
      unitPriceCents: 7_950,
      quantity: 3,
      frequency: 'week',
    });
  });

  it('keeps a description the user wrote, but replaces the name of a product picked before', () => {
    expect(applyPriceItem(line('Begeleiding moeder, 2 uur'), item).description).toBe('Begeleiding moeder, 2 uur');
    expect(applyPriceItem(line('Ambulante jeugdhulp (mbo)'), item, 'Ambulante jeugdhulp (mbo)').description).toBe(item.name);
  });
});

describe('valueAt', () => {
  it('reads a dotted path through objects and lists', () => {
    expect(valueAt(base(), 'scenarios.alternatives.0.lines.1.description')).toBe('taxi');
    expect(valueAt(base(), 'scenarios.nope.lines')).toBeUndefined();
  });
});
