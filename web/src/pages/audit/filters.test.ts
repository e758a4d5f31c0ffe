import { describe, expect, it } from 'vitest';
import { filtersHref, readFilters, toQuery } from './filters';

describe('audit filters', () => {
  it('round-trips through the address', () => {
    const filters = { from: '2026-01-01', to: '2026-01-31', action: 'auth.login', entityType: 'user', page: 3 };
    const href = filtersHref('/beheer/auditlog', filters);
    expect(href).toBe('/beheer/auditlog?van=2026-01-01&tot=2026-01-31&actie=auth.login&soort=user&pagina=3');
    expect(readFilters(new URL(href, 'http://x').searchParams)).toEqual(filters);
  });

  it('ignores nonsense in the address', () => {
    expect(readFilters(new URLSearchParams('van=gisteren&pagina=-2'))).toEqual({ from: '', to: '', action: '', entityType: '', page: 1 });
  });

  it('turns the page number into limit and offset', () => {
    expect(toQuery({ from: '', to: '', action: '', entityType: '', page: 3 })).toEqual({ limit: 25, offset: 50 });
  });
});
