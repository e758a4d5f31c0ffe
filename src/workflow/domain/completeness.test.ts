import { describe, expect, it } from 'vitest';
import { buildPlanDocument } from '../../plans/test/factories.js';
import { planDocumentSchema } from '../../plans/domain/plan-document.js';
import { completenessErrors } from './completeness.js';

describe('completeness for the table', () => {
  it('accepts a complete plan', () => {
    expect(completenessErrors(planDocumentSchema.parse(buildPlanDocument()))).toEqual([]);
  });

  it('lists every missing rule with its path', () => {
    const errors = completenessErrors({ caseNumber: 'K', clientNumber: 'C', perspective: '  ', legalBases: [{ regulation: '', article: '', motivation: '' }] });
    expect(errors.map((e) => e.path)).toEqual([
      'perspective',
      'breakthrough',
      'legalBases',
      'involvement.householdAgrees',
      'scenarios.threatened.lines',
      'scenarios.plan.lines',
    ]);
    for (const error of errors) expect(error.message).toMatch(/^[A-Z]/);
  });

  it('needs the household to agree explicitly', () => {
    const document = planDocumentSchema.parse(buildPlanDocument({ involvement: { householdAgrees: false } }));
    expect(completenessErrors(document).map((e) => e.path)).toEqual(['involvement.householdAgrees']);
  });
});
