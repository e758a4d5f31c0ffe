import { describe, expect, it } from 'vitest';
import { planFactsOf } from './plan-facts.js';

describe('planFactsOf', () => {
  it('counts a legal basis and a domain once per plan, and every bottleneck', () => {
    const facts = planFactsOf({
      legalBases: [
        { regulation: 'Participatiewet', article: '35', motivation: 'a' },
        { regulation: 'Participatiewet', article: '35', motivation: 'b' },
        { regulation: 'Wmo 2015', article: '2.3.5', motivation: '' },
      ],
      domains: ['housing', 'housing', 'debts'],
      bottlenecks: [
        { description: 'x', rule: '', level: 'local', theme: 'housing' },
        { description: 'y', rule: '', level: 'regional', theme: 'housing' },
      ],
    });
    expect(facts).toEqual([
      { kind: 'legal_basis', key: 'Participatiewet', detail: '35' },
      { kind: 'legal_basis', key: 'Wmo 2015', detail: '2.3.5' },
      { kind: 'domain', key: 'housing', detail: '' },
      { kind: 'domain', key: 'debts', detail: '' },
      { kind: 'bottleneck', key: 'housing', detail: '0' },
      { kind: 'bottleneck', key: 'housing', detail: '1' },
    ]);
  });

  it('has no facts for an empty plan', () => {
    expect(planFactsOf({})).toEqual([]);
  });
});
