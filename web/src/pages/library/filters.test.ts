import { describe, expect, it } from 'vitest';
import { legalBasesQuery } from '../../../../src/library/legal-bases.contract';
import { priceListQuery } from '../../../../src/library/price-list.contract';
import { parseFilters } from '../../http/urlFilters';
import { filtersHref, isFiltered, legalQuery, libraryFilters, NO_FILTERS, priceQuery } from './filters';

const read = (href: string) => parseFilters(libraryFilters, new URL(href, 'http://x').searchParams);

describe('the library filters in the address', () => {
  it('round-trip with Dutch parameter names, in a fixed order', () => {
    const filters = { zoek: 'pleegzorg', geldstroom: 'jeugdwet', leefgebied: 'youth', herkomst: 'lokaal', gedeactiveerd: 'ja' } as const;
    const href = filtersHref('/prijslijst', filters);
    expect(href).toBe('/prijslijst?zoek=pleegzorg&geldstroom=jeugdwet&leefgebied=youth&herkomst=lokaal&gedeactiveerd=ja');
    expect(read(href)).toEqual(filters);
    expect(filtersHref('/prijslijst', { herkomst: 'lokaal' })).toBe('/prijslijst?herkomst=lokaal');
  });

  it('leave an unfiltered search as the bare path', () => {
    expect(filtersHref('/wetten', NO_FILTERS)).toBe('/wetten');
    expect(read('/wetten?zoek=%20%20')).toEqual(NO_FILTERS);
    expect(isFiltered(NO_FILTERS)).toBe(false);
    expect(isFiltered({ ...NO_FILTERS, gedeactiveerd: 'ja' })).toBe(false);
  });

  it('ignore values the API would refuse, keeping the rest, so an edited address still shows a list', () => {
    expect(read('/prijslijst?geldstroom=gemeente&leefgebied=wonen&herkomst=overal&gedeactiveerd=1')).toEqual(NO_FILTERS);
    expect(read('/prijslijst?zoek=bijstand&leefgebied=wonen')).toEqual({ ...NO_FILTERS, zoek: 'bijstand' });
  });

  it('ask the API (in its own names) for deactivated items only for those who may see them', () => {
    const filters = { ...NO_FILTERS, zoek: 'bijstand', gedeactiveerd: 'ja' as const };
    expect(priceQuery(filters, true)).toEqual({ q: 'bijstand', includeInactive: 'true' });
    expect(priceQuery(filters, false)).toEqual({ q: 'bijstand' });
    expect(priceListQuery.safeParse(priceQuery({ ...filters, geldstroom: 'wmo', herkomst: 'landelijk' }, true)).success).toBe(true);
  });

  it('send no funding stream to the legal library, which has none', () => {
    const query = legalQuery({ ...NO_FILTERS, geldstroom: 'wmo', leefgebied: 'care', herkomst: 'landelijk' }, false);
    expect(query).toEqual({ domain: 'care', origin: 'national' });
    expect(legalBasesQuery.safeParse(query).success).toBe(true);
  });
});
