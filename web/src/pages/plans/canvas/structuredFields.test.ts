import { describe, expect, it } from 'vitest';
import { STRUCTURED_FIELDS as SERVER } from '../../../../../src/plans/domain/plan-document';
import { STRUCTURED_FIELDS } from './structuredFields';

describe('STRUCTURED_FIELDS', () => {
  it('is the server’s set, so the canvas warns exactly where the API does', () => {
    expect([...STRUCTURED_FIELDS].sort()).toEqual([...SERVER].sort());
  });
});
