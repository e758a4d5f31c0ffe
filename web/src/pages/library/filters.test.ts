import { describe, expect, it } from 'vitest';
import { filtersHref, isFiltered, legalQuery, NO_FILTERS, priceQuery, readFilters } from './filters';

const read = (href: string) => readFilters(new URL(href, 'http://x').searchParams);

describe('library filters', () => {
  it('round-trip through the address with Dutch parameter names', () => {
    const filters = { q: 'pleegzorg', fundingStream: 'jeugdwet', domain: 'youth', origin: 'local' as const, inactive: true };
    const href = filtersHref('/prijslijst', filters);
    expect(href).toBe('/prijslijst?zoek=pleegzorg&geldstroom=jeugdwet&leefgebied=youth&herkomst=lokaal&gedeactiveerd=ja');
    expect(read(href)).toEqual(filters);
  });

  it('leave an unfiltered search as the bare path', () => {
    expect(filtersHref('/wetten', { ...NO_FILTERS, q: '  ' })).toBe('/wetten');
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, inactive: true })).toBe(false);
  });

  it('ignore values the API would refuse, so an edited address still shows a list', () => {
    expect(read('/prijslijst?geldstroom=gemeente&leefgebied=wonen&herkomst=overal&gedeactiveerd=1')).toEqual(NO_FILTERS);
  });

  it('ask for deactivated items only for those who may see them', () => {
    const filters = { ...NO_FILTERS, q: 'bijstand', inactive: true };
    expect(priceQuery(filters, true)).toEqual({ q: 'bijstand', includeInactive: true });
    expect(priceQuery(filters, false)).toEqual({ q: 'bijstand' });
  });

  it('send no funding stream to the legal library, which has none', () => {
    expect(legalQuery({ ...NO_FILTERS, fundingStream: 'wmo', domain: 'care', origin: 'national' }, false)).toEqual({ domain: 'care', origin: 'national' });
  });
});
