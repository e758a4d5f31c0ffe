import { describe, expect, it } from 'vitest';
import { planFiltersHref, readPlanFilters } from './listFilters';

describe('plan filters in the address', () => {
  it('reads and writes search and status', () => {
    const filters = readPlanFilters(new URLSearchParams('zoek=2026-001&status=draft'));
    expect(filters).toEqual({ q: '2026-001', status: 'draft' });
    expect(planFiltersHref(filters)).toBe('/plannen?zoek=2026-001&status=draft');
    expect(planFiltersHref({ q: ' ', status: '' })).toBe('/plannen');
  });

  it('ignores an unknown status', () => {
    expect(readPlanFilters(new URLSearchParams('status=kapot'))).toEqual({ q: '', status: '' });
  });
});
