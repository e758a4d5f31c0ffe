import { describe, expect, it } from 'vitest';
import { auditFiltersSchema, toQuery } from './filters';

// useUrlFilters reads the address through this schema (and drops what fails to parse).
describe('audit filters', () => {
  it('reads the Dutch parameters of the address', () => {
    const search = new URLSearchParams('van=2026-01-01&tot=2026-01-31&actie=auth.login&soort=user&pagina=3');
    expect(auditFiltersSchema.parse(Object.fromEntries(search))).toEqual({ van: '2026-01-01', tot: '2026-01-31', actie: 'auth.login', soort: 'user', pagina: 3 });
  });

  it('has no filters and page 1 by default', () => {
    expect(auditFiltersSchema.parse({})).toEqual({ van: '', tot: '', actie: '', soort: '', pagina: 1 });
  });

  it('refuses nonsense per parameter, so only that parameter falls back', () => {
    const result = auditFiltersSchema.safeParse({ van: 'gisteren', pagina: '-2', soort: 'user' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['van', 'pagina']);
  });

  it('turns the filters into the API query, with the page as limit and offset', () => {
    expect(toQuery({ van: '', tot: '', actie: '', soort: '', pagina: 3 })).toEqual({ limit: 25, offset: 50 });
    expect(toQuery({ van: '2026-01-01', tot: '', actie: 'auth.login', soort: 'user', pagina: 1 })).toEqual({
      from: '2026-01-01',
      action: 'auth.login',
      entityType: 'user',
      limit: 25,
      offset: 0,
    });
  });
});
