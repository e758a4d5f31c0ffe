import { describe, expect, it } from 'vitest';
import type { PriceItem } from '../planTypes';
import { confidenceOf, searchPriceItems } from './priceSearch';

const item = (code: string, name: string, extra: Partial<PriceItem> = {}): PriceItem => ({
  code,
  name,
  unit: 'jaar',
  unitPriceCents: 100,
  frequency: 'year',
  fundingStream: 'wmo',
  domain: 'care',
  year: 2025,
  confidence: 'high',
  source: 'test',
  note: '',
  origin: 'national',
  active: true,
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...extra,
});

const LIST = [
  item('PL-004', 'Schuldhulp', { note: 'ook na opvang' }),
  item('PL-008', 'Maatschappelijke opvang (plaats)', { confidence: 'low', note: 'bandbreedte 15.000 tot 41.000 euro' }),
  item('PL-027', 'Logeeropvang en respijtzorg', { confidence: 'medium', note: 'bandbreedte 204 tot 255 euro' }),
  item('PL-030', 'Opvang oud', { active: false }),
];

describe('searching the loaded price list', () => {
  it('finds every word in code, name, unit, source or note, names first, and leaves out inactive items', () => {
    expect(searchPriceItems(LIST, 'opvang').map((found) => found.code)).toEqual(['PL-008', 'PL-027', 'PL-004']);
    expect(searchPriceItems(LIST, 'maatschappelijke opvang').map((found) => found.code)).toEqual(['PL-008']);
    expect(searchPriceItems(LIST, 'pl-027').map((found) => found.code)).toEqual(['PL-027']);
    expect(searchPriceItems(LIST, '  ')).toEqual([]);
  });

  it('puts a name that starts with the query before the others', () => {
    expect(searchPriceItems(LIST, 'logeer').map((found) => found.code)).toEqual(['PL-027']);
    expect(searchPriceItems([item('PL-1', 'Begeleid wonen'), item('PL-2', 'Wonen begeleid')], 'wonen').map((found) => found.code)).toEqual(['PL-2', 'PL-1']);
  });
});

describe('the confidence of a price', () => {
  it('calls a low one a Schatting with its range, a medium one Indicatief, a high one nothing', () => {
    expect(confidenceOf(LIST[1]!)).toEqual({ label: 'Schatting', detail: 'bandbreedte 15.000 tot 41.000 euro', quiet: false });
    expect(confidenceOf(LIST[2]!)).toMatchObject({ label: 'Indicatief', quiet: true });
    expect(confidenceOf(LIST[0]!)).toBeNull();
  });
});
