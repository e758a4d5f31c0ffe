import { describe, expect, it } from 'vitest';
import { apiQuery, filtersHref, minReturnCents, NO_FILTERS, readFilters } from './filters';

describe('inspiration filters in the address', () => {
  it('round-trips through the address with Dutch names', () => {
    const filters = { q: 'yoghurt', domain: 'health', legalBasis: 'Participatiewet 35', fundingStream: 'maatwerkbudget', minReturn: '10.000' };
    const href = filtersHref('/inspiratie', filters);
    expect(href).toBe('/inspiratie?zoek=yoghurt&leefgebied=health&wet=Participatiewet+35&geldstroom=maatwerkbudget&minimaalrendement=10.000');
    expect(readFilters(new URL(href, 'http://x').searchParams)).toEqual(filters);
  });

  it('drops unknown domains and funding streams', () => {
    expect(readFilters(new URLSearchParams('leefgebied=maan&geldstroom=goud'))).toEqual(NO_FILTERS);
    expect(filtersHref('/inspiratie', NO_FILTERS)).toBe('/inspiratie');
  });

  it('turns the minimum return into cents for the API and ignores what it cannot read', () => {
    expect(minReturnCents('10.000')).toBe(1_000_000);
    expect(minReturnCents('')).toBeNull();
    expect(minReturnCents('veel')).toBeUndefined();
    expect(apiQuery({ ...NO_FILTERS, minReturn: '2500', domain: 'housing' })).toBe('domain=housing&minReturnCents=250000');
    expect(apiQuery({ ...NO_FILTERS, minReturn: 'veel' })).toBe('');
  });
});
