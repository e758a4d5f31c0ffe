import { describe, expect, it } from 'vitest';
import { searchQuery } from '../../../../src/inspiration/inspiration.contract';
import { parseFilters } from '../../http/urlFilters';
import { apiQuery, filtersHref, inspirationFilters, isFiltered, minReturnCents, NO_FILTERS } from './filters';

const read = (search: string) => parseFilters(inspirationFilters, new URLSearchParams(search));

describe('inspiration filters in the address', () => {
  it('round-trip through the address with Dutch names', () => {
    const filters = { zoek: 'yoghurt', leefgebied: 'health', wet: 'Participatiewet 35', geldstroom: 'maatwerkbudget', minimaalrendement: '10.000' } as const;
    const href = filtersHref('/inspiratie', filters);
    expect(href).toBe('/inspiratie?zoek=yoghurt&leefgebied=health&wet=Participatiewet+35&geldstroom=maatwerkbudget&minimaalrendement=10.000');
    expect(read(new URL(href, 'http://x').search)).toEqual(filters);
    expect(isFiltered(filters)).toBe(true);
  });

  it('drops unknown domains and funding streams', () => {
    expect(read('leefgebied=maan&geldstroom=goud')).toEqual(NO_FILTERS);
    expect(filtersHref('/inspiratie', NO_FILTERS)).toBe('/inspiratie');
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });

  it('turns the minimum return into cents for the API and ignores what it cannot read', () => {
    expect(minReturnCents('10.000')).toBe(1_000_000);
    expect(minReturnCents('')).toBeNull();
    expect(minReturnCents('veel')).toBeUndefined();
    const query = apiQuery({ ...NO_FILTERS, minimaalrendement: '2500', leefgebied: 'housing' });
    expect(query).toEqual({ domain: 'housing', minReturnCents: 250_000 });
    expect(searchQuery.safeParse(query).success).toBe(true);
    expect(apiQuery({ ...NO_FILTERS, minimaalrendement: 'veel' })).toEqual({});
  });
});
