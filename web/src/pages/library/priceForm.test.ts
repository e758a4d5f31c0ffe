import { describe, expect, it } from 'vitest';
import { checkPriceForm, emptyPriceForm, priceChanges, priceFormValues } from './priceForm';
import type { PriceItem } from './libraryApi';

const ITEM: PriceItem = {
  code: 'PL-001',
  name: 'Bijstandsuitkering alleenstaande',
  unit: 'maand',
  unitPriceCents: 136_900,
  frequency: 'month',
  fundingStream: 'participatiewet',
  domain: 'income',
  year: 2025,
  confidence: 'high',
  source: 'Rijksoverheid normbedragen juli 2025',
  note: '',
  origin: 'national',
  active: true,
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('checkPriceForm', () => {
  it('lists every mistake at once, with the API field names as paths', () => {
    const result = checkPriceForm({ ...emptyPriceForm(2026), code: 'LOK 1', price: 'gratis', year: '25' });
    expect(result.input).toBeNull();
    expect(result.errors.map((error) => error.path)).toEqual(['code', 'name', 'unit', 'unitPriceCents', 'frequency', 'fundingStream', 'domain', 'year', 'source']);
    expect(result.errors.find((error) => error.path === 'unitPriceCents')?.message).toContain('64,50');
  });

  it('reads Dutch amounts exactly into cents and trims the text', () => {
    const result = checkPriceForm({
      ...emptyPriceForm(2026),
      code: ' LOK-BEG-1 ',
      name: ' Begeleiding ',
      unit: 'uur',
      price: '€ 1.369,5',
      frequency: 'week',
      fundingStream: 'wmo',
      domain: 'care',
      source: 'Contract 2026',
    });
    expect(result.errors).toEqual([]);
    expect(result.input).toEqual({
      code: 'LOK-BEG-1',
      name: 'Begeleiding',
      unit: 'uur',
      unitPriceCents: 136_950,
      frequency: 'week',
      fundingStream: 'wmo',
      domain: 'care',
      year: 2026,
      confidence: 'high',
      source: 'Contract 2026',
      note: '',
    });
  });

  it('refuses a negative amount', () => {
    const result = checkPriceForm({ ...priceFormValues(ITEM), price: '-5' });
    expect(result.errors.map((error) => error.path)).toEqual(['unitPriceCents']);
  });
});

describe('priceChanges', () => {
  it('is empty when an item is saved as it was shown', () => {
    const { input } = checkPriceForm(priceFormValues(ITEM));
    expect(priceFormValues(ITEM).price).toBe('1.369,00');
    expect(priceChanges(ITEM, input!)).toEqual({});
  });

  it('holds only what changed', () => {
    const { input } = checkPriceForm({ ...priceFormValues(ITEM), price: '1400', source: 'Contract Demodam 2026' });
    expect(priceChanges(ITEM, input!)).toEqual({ unitPriceCents: 140_000, source: 'Contract Demodam 2026' });
  });
});
