import { describe, expect, it } from 'vitest';
import { priceItemCreate, type PriceItem } from '../../../../src/library/price-list.contract';
import { emptyPriceForm, priceChanges, priceFormSchema, priceFormValues } from './priceForm';

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

/** The first message per field, as the form shows them. */
function messages(values: Parameters<typeof priceFormSchema.safeParse>[0]) {
  const result = priceFormSchema.safeParse(values);
  const byField: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) byField[String(issue.path[0])] ??= issue.message;
  return byField;
}

describe('the price form schema', () => {
  it('lists every mistake at once in Dutch, with the API field names as paths', () => {
    const errors = messages({ ...emptyPriceForm(2026), code: '', unitPriceCents: '', year: '25' });
    expect(Object.keys(errors)).toEqual(['code', 'name', 'unit', 'unitPriceCents', 'frequency', 'fundingStream', 'domain', 'year', 'source']);
    expect(errors).toMatchObject({
      code: 'Vul een code in.',
      unitPriceCents: 'Vul een prijs in.',
      fundingStream: 'Kies een geldstroom.',
      source: expect.stringContaining('Vul in waar het bedrag vandaan komt'),
      year: expect.stringContaining('tussen 1990 en 2100'),
    });
    expect(messages({ ...emptyPriceForm(2026), code: 'LOK 1', unitPriceCents: 'gratis' })).toMatchObject({
      code: expect.stringContaining('letters, cijfers'),
      unitPriceCents: expect.stringContaining('64,50'),
    });
  });

  it('reads Dutch amounts exactly into cents, trims the text and gives a valid create request', () => {
    const result = priceFormSchema.parse({
      ...emptyPriceForm(2026),
      code: ' LOK-BEG-1 ',
      name: ' Begeleiding ',
      unit: 'uur',
      unitPriceCents: '€ 1.369,5',
      frequency: 'week',
      fundingStream: 'wmo',
      domain: 'care',
      source: 'Contract 2026',
    });
    expect(result).toEqual({
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
    expect(priceItemCreate.safeParse(result).success).toBe(true);
  });

  it('refuses a negative amount, a year out of range and text longer than the server takes', () => {
    expect(Object.keys(messages({ ...priceFormValues(ITEM), unitPriceCents: '-5' }))).toEqual(['unitPriceCents']);
    expect(Object.keys(messages({ ...priceFormValues(ITEM), year: '1900' }))).toEqual(['year']);
    expect(messages({ ...priceFormValues(ITEM), name: 'x'.repeat(201) })).toEqual({ name: 'Gebruik hoogstens 200 tekens.' });
  });
});

describe('priceChanges', () => {
  it('is empty when an item is saved as it was shown', () => {
    expect(priceFormValues(ITEM).unitPriceCents).toBe('1.369,00');
    expect(priceChanges(ITEM, priceFormSchema.parse(priceFormValues(ITEM)))).toEqual({});
  });

  it('holds only what changed', () => {
    const after = priceFormSchema.parse({ ...priceFormValues(ITEM), unitPriceCents: '1400', source: 'Contract Demodam 2026' });
    expect(priceChanges(ITEM, after)).toEqual({ unitPriceCents: 140_000, source: 'Contract Demodam 2026' });
  });
});
