import { describe, expect, it } from 'vitest';
import { parseFilters } from '../../http/urlFilters';
import { candidateFilterSchema, candidatesParams, pageCount, startPlanSchema } from './candidateFilters';

describe('candidate filters', () => {
  it('default to today, 3 pillars and the first page', () => {
    const filters = parseFilters(candidateFilterSchema, new URLSearchParams(''));
    expect(filters).toEqual({ datum: '', pijlers: 3, pagina: 1 });
    expect(candidatesParams(filters)).toEqual({ date: undefined, minPillars: 3, limit: 25, offset: 0 });
  });

  it('read the address and drop only what does not parse', () => {
    const filters = parseFilters(candidateFilterSchema, new URLSearchParams('datum=2026-02-30&pijlers=4&pagina=3'));
    expect(filters).toEqual({ datum: '', pijlers: 4, pagina: 3 });
    expect(candidatesParams(filters)).toMatchObject({ minPillars: 4, offset: 50 });
    expect(parseFilters(candidateFilterSchema, new URLSearchParams('datum=2026-01-31&pijlers=9')).pijlers).toBe(3);
  });

  it('count pages, at least one', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(25)).toBe(1);
    expect(pageCount(26)).toBe(2);
  });
});

describe('startPlanSchema', () => {
  it('needs a case number and a client number', () => {
    const result = startPlanSchema.safeParse({ caseNumber: '  ', clientNumber: '' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['caseNumber', 'clientNumber']);
    expect(startPlanSchema.parse({ caseNumber: ' 2026-040 ', clientNumber: 'CL-1' })).toEqual({ caseNumber: '2026-040', clientNumber: 'CL-1' });
  });

  it('refuses a BSN typed as a number', () => {
    // BSN test fixture: 111222333 passes the 11-proef and is no real person's number.
    const result = startPlanSchema.safeParse({ caseNumber: '2026-041', clientNumber: '111222333' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/burgerservicenummer/);
  });
});
