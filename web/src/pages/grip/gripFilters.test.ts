import { describe, expect, it } from 'vitest';
import { parseFilters } from '../../http/urlFilters';
import {
  budgetFilterProblems,
  budgetLineHref,
  budgetParams,
  budgetFilterSchema,
  providerHref,
  signalFilterSchema,
  signalsHref,
  signalsParams,
  SIGNALS_PAGE_SIZE,
  varianceFilterProblems,
  varianceFilterSchema,
  varianceParams,
  yearOptions,
} from './gripFilters';

const read = <S extends Parameters<typeof parseFilters>[0]>(schema: S, search: string) => parseFilters(schema, new URLSearchParams(search));

describe('grip filters in the address', () => {
  it('reads year and peildatum, and drops what does not parse to the API default', () => {
    expect(read(budgetFilterSchema, 'jaar=2026&datum=2026-07-01')).toEqual({ jaar: '2026', datum: '2026-07-01' });
    expect(read(budgetFilterSchema, 'jaar=26&datum=2026-02-30')).toEqual({ jaar: '', datum: '' });
    expect(budgetParams({ jaar: '', datum: '' })).toEqual({ year: undefined, date: undefined });
    expect(budgetParams({ jaar: '2025', datum: '2025-12-31' })).toEqual({ year: 2025, date: '2025-12-31' });
  });

  it('shows the open signals unless asked otherwise, and pages through them', () => {
    expect(read(signalFilterSchema, '')).toEqual({ type: '', aanbieder: '', status: 'open', pagina: 1 });
    const filters = read(signalFilterSchema, 'type=open-ended&aanbieder=12345678&status=afgehandeld&pagina=3');
    expect(signalsParams(filters)).toEqual({ type: 'open-ended', provider: '12345678', status: 'handled', limit: SIGNALS_PAGE_SIZE, offset: 2 * SIGNALS_PAGE_SIZE });
    expect(read(signalFilterSchema, 'type=onzin&aanbieder=123&status=x')).toEqual({ type: '', aanbieder: '', status: 'open', pagina: 1 });
  });

  it('maps the variance filters to the API names', () => {
    const filters = read(varianceFilterSchema, 'pijler=jeugd&van=2026-01-01&tot=2026-06-30');
    expect(varianceParams(filters)).toEqual({ pillar: 'jeugd', from: '2026-01-01', to: '2026-06-30', baseFrom: undefined, baseTo: undefined });
    expect(read(varianceFilterSchema, 'pijler=zorg').pijler).toBe('');
  });

  it('builds links that carry only what differs from the defaults', () => {
    expect(budgetLineHref('wmo:onbegroot', { jaar: '2026', datum: '' })).toBe('/grip/regels/wmo%3Aonbegroot?jaar=2026');
    expect(providerHref('12345678')).toBe('/grip/aanbieders/12345678');
    expect(signalsHref({ aanbieder: '12345678', type: 'no-start', status: 'alle' })).toBe('/grip/signalen?type=no-start&aanbieder=12345678&status=alle');
    expect(signalsHref({ status: 'open' })).toBe('/grip/signalen');
  });
});

describe('filter form checks', () => {
  it('wants a peildatum in the chosen year', () => {
    expect(budgetFilterProblems({ jaar: '2026', datum: '2025-12-31' })).toEqual({ datum: 'Kies een peildatum in 2026.' });
    expect(budgetFilterProblems({ jaar: '2026', datum: '2026-12-31' })).toEqual({});
    expect(budgetFilterProblems({ jaar: '', datum: '2026-02-30' })).toEqual({ datum: 'Dit is geen bestaande datum.' });
    expect(budgetFilterProblems({ jaar: '1999', datum: '' })).toEqual({ jaar: 'Geef een jaar van 2000 tot en met 2100.' });
  });

  it('refuses a period that ends before it starts', () => {
    expect(varianceFilterProblems({ pijler: '', van: '2026-06-01', tot: '2026-01-01', basisVan: '', basisTot: '' })).toEqual({ tot: 'De einddatum ligt vóór de begindatum.' });
    expect(varianceFilterProblems({ pijler: '', van: '', tot: '', basisVan: '2025-01-01', basisTot: 'morgen' })).toEqual({ basisTot: 'Geef een datum als JJJJ-MM-DD.' });
    expect(varianceFilterProblems({ pijler: '', van: '2026-01-01', tot: '2026-01-01', basisVan: '', basisTot: '' })).toEqual({});
  });

  it('offers the next year and four back, and keeps a year chosen further away', () => {
    expect(yearOptions(2026)).toEqual([2027, 2026, 2025, 2024, 2023, 2022]);
    expect(yearOptions(2026, 2015)).toContain(2015);
  });
});
