import { describe, expect, it } from 'vitest';
import { planFiltersSchema, toQuery } from './listFilters';

const read = (search: string) => planFiltersSchema.safeParse(Object.fromEntries(new URLSearchParams(search)));

// useUrlFilters reads the address through this schema and drops only the parameters that fail.
describe('plan filters in the address', () => {
  it('reads the Dutch parameters and turns them into the API query', () => {
    const filters = read('zoek=%202026-001%20&status=draft');
    expect(filters.data).toEqual({ zoek: '2026-001', status: 'draft' });
    expect(toQuery(filters.data!, 100)).toEqual({ q: '2026-001', status: 'draft', limit: 100 });
  });

  it('has no search and every status by default', () => {
    expect(planFiltersSchema.parse({})).toEqual({ zoek: '', status: '' });
    expect(toQuery(planFiltersSchema.parse({ zoek: ' ' }), 100)).toEqual({ limit: 100 });
  });

  it('refuses an unknown status and a search the API would refuse, per parameter', () => {
    expect(read('status=kapot&zoek=C-1').error?.issues.map((issue) => issue.path[0])).toEqual(['status']);
    expect(read(`zoek=${'x'.repeat(201)}&status=approved`).error?.issues.map((issue) => issue.path[0])).toEqual(['zoek']);
  });
});
