import { describe, expect, it } from 'vitest';
import type { CostLine, Plan, PlanDocument, PriceItem } from '../planTypes';
import { addAlternative, appendLines, applyPriceItem, asksForQuantity, chooseAlternative, descriptionLikeness, documentOf, frequencyIn, handLine, insertLine, lineFromPriceItem, linesOf, mostUsedStream, newLine, removeLine, removeRange, updateLine, valueAt } from './document';

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

describe('a line typed by hand', () => {
  const plan = (scenarios: PlanDocument['scenarios']): PlanDocument => documentOf({ caseNumber: '2026-101', clientNumber: 'C-1', scenarios });
  const of = (description: string, fundingStream: CostLine['fundingStream'], frequency: CostLine['frequency'] = 'month'): CostLine => ({ description, fundingStream, unitPriceCents: 100, quantity: 1, frequency });

  it('takes stream and frequency from the alike line in another scenario', () => {
    const document = plan({ current: { lines: [of('Ambulante verslavingsbehandeling, één sessie per week', 'zvw', 'week'), of('Beschermingsbewind', 'bijzondere-bijstand', 'year')] } });
    expect(handLine(document, 'plan', 'Verslavingsbehandeling')).toEqual({ description: 'Verslavingsbehandeling', fundingStream: 'zvw', frequency: 'week', unitPriceCents: 0, quantity: 1 });
    expect(handLine(document, 'plan', 'beschermingsbewind')).toMatchObject({ fundingStream: 'bijzondere-bijstand', frequency: 'year' });
  });

  it('prefers the same text over a line that only shares a word, and ignores who it is for', () => {
    const document = plan({
      current: { lines: [of('Begeleiding moeder', 'wmo', 'week')] },
      threatened: { lines: [of('Maatschappelijke opvang moeder', 'overig', 'year'), of('Begeleiding moeder', 'jeugdwet', 'day')] },
    });
    expect(handLine(document, 'plan', 'Begeleiding moeder')).toMatchObject({ fundingStream: 'wmo', frequency: 'week' });
    expect(handLine(document, 'plan', 'Opvang dochter')).toMatchObject({ fundingStream: 'overig', frequency: 'year' });
    expect(descriptionLikeness('Begeleiding moeder', 'Maatschappelijke opvang moeder')).toBe(0);
    expect(descriptionLikeness('Begeleiding', 'Begeleid wonen moeder (pgb)')).toBeGreaterThan(0);
    expect(descriptionLikeness('Ambulante jeugdhulp', 'Ambulante verslavingsbehandeling')).toBe(0);
  });

  it('asks for the number only where a product is not one per period', () => {
    expect(asksForQuantity({ unit: 'uur', frequency: 'week' })).toBe(true);
    expect(asksForQuantity({ unit: 'etmaal', frequency: 'month' })).toBe(true);
    expect(asksForQuantity({ unit: 'dag', frequency: 'week' })).toBe(true);
    expect(asksForQuantity({ unit: 'jaar', frequency: 'year' })).toBe(false);
    expect(asksForQuantity({ unit: 'Dag', frequency: 'day' })).toBe(false);
    expect(asksForQuantity({ unit: 'eenmalig', frequency: 'once' })).toBe(false);
    expect(asksForQuantity({ unit: 'maand', frequency: 'month' })).toBe(false);
  });

  it('takes the frequency the description names over the guessed one', () => {
    const document = plan({ plan: { lines: [of('Verhuizing', 'bijzondere-bijstand', 'once')] } });
    expect(handLine(document, 'plan', 'Moeder-kindhuis, per maand')).toMatchObject({ fundingStream: 'bijzondere-bijstand', frequency: 'month' });
    expect(handLine(document, 'plan', 'Huishoudelijke hulp, 3 uur per week')).toMatchObject({ frequency: 'week' });
    expect(frequencyIn('Inrichting woning (eenmalig)')).toBe('once');
    expect(frequencyIn('Wekelijks gesprek')).toBe('week');
    expect(frequencyIn('Jaarlijkse keuring')).toBeUndefined();
    expect(frequencyIn('Per week begeleiding, per maand evaluatie')).toBeUndefined();
    expect(frequencyIn('Opname van drie maanden')).toBeUndefined();
  });

  it('never copies from its own scenario, but continues its last line', () => {
    const document = plan({ plan: { lines: [of('Verhuizing', 'bijzondere-bijstand', 'once')] }, current: { lines: [of('Huur', 'wmo')] } });
    expect(handLine(document, 'plan', 'Verhuizing')).toMatchObject({ fundingStream: 'bijzondere-bijstand', frequency: 'once' });
    expect(handLine(document, 'plan', 'Iets anders')).toMatchObject({ fundingStream: 'bijzondere-bijstand', frequency: 'once' });
  });

  it('falls back to the plan’s most used stream, per month, and else to overig', () => {
    const document = plan({ current: { lines: [of('a', 'wmo', 'week'), of('b', 'jeugdwet'), of('c', 'jeugdwet')] } });
    expect(mostUsedStream(document)).toBe('jeugdwet');
    expect(handLine(document, 'threatened', 'Iets nieuws')).toMatchObject({ fundingStream: 'jeugdwet', frequency: 'month' });
    expect(handLine(plan({}), 'current', 'Iets nieuws')).toMatchObject({ fundingStream: 'overig', frequency: 'month' });
  });

  it('looks in the alternatives too', () => {
    const document = plan({ alternatives: [{ name: 'Kamer', lines: [of('Kamerhuur bij oma', 'maatwerkbudget')] }] });
    expect(handLine(document, 'plan', 'Kamerhuur')).toMatchObject({ fundingStream: 'maatwerkbudget' });
  });
});

describe('copying and taking back lines', () => {
  it('appends copies, not the same objects, and removes exactly what was appended', () => {
    const document = appendLines(base(), 'current', linesOf(base(), 'plan'));
    expect(linesOf(document, 'current')).toEqual([line('huis', 250_000)]);
    expect(linesOf(document, 'current')[0]).not.toBe(linesOf(document, 'plan')[0]);
    const more = appendLines(document, 'current', [line('a'), line('b')]);
    expect(linesOf(removeRange(more, 'current', 1, 2), 'current')).toEqual([line('huis', 250_000)]);
    expect(removeRange(more, 'current', 2, 5)).toBe(more);
  });

  it('makes a complete line from a price-list item', () => {
    const item = { code: 'PL-017', name: 'Pleegzorg inclusief begeleiding', unitPriceCents: 2_000_000, frequency: 'year', fundingStream: 'jeugdwet' } as PriceItem;
    expect(lineFromPriceItem(item)).toEqual({ description: 'Pleegzorg inclusief begeleiding', priceItemCode: 'PL-017', fundingStream: 'jeugdwet', unitPriceCents: 2_000_000, quantity: 1, frequency: 'year' });
  });
});
