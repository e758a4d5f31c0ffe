import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../auth/roles.js';
import { countApprovals, type ApprovalRules, type DecisionRecord } from './decisions.js';

const USERS = ['author', 'a', 'b', 'c', 'consulent'] as const;
const roles: Record<string, Role[]> = { author: ['maatwerker'], a: ['maatwerker'], b: ['maatwerker'], c: ['maatwerker'], consulent: ['consulent'] };

const rules = (overrides: Partial<ApprovalRules> = {}): ApprovalRules => ({
  authorId: 'author',
  version: 3,
  threshold: 2,
  decideRoles: ['maatwerker'],
  rolesOf: (id) => roles[id] ?? [],
  mandates: new Map(),
  amountCents: 500_000,
  ...overrides,
});

const approve = (userId: string, planVersion = 3, voided = false): DecisionRecord => ({ userId, decision: 'approve', planVersion, voided });

const decision = fc.record({
  userId: fc.constantFrom(...USERS),
  decision: fc.constantFrom('approve' as const, 'revise' as const, 'reject' as const),
  planVersion: fc.integer({ min: 1, max: 3 }),
  voided: fc.boolean(),
});

describe('counting approvals', () => {
  it('needs two other maatwerkers: the author never counts', () => {
    expect(countApprovals([approve('author'), approve('a')], rules())).toMatchObject({ counted: ['a'], reached: false, required: 2 });
    expect(countApprovals([approve('author'), approve('a'), approve('b')], rules())).toMatchObject({ counted: ['a', 'b'], reached: true });
  });

  it('property: the author, other roles, old versions and voided approvals never count; one per person', () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 30 }), (decisions) => {
        const { counted, reached } = countApprovals(decisions, rules());
        expect(counted).not.toContain('author');
        expect(counted).not.toContain('consulent');
        expect(new Set(counted).size).toBe(counted.length);
        for (const userId of counted) {
          expect(decisions.some((d) => d.userId === userId && d.decision === 'approve' && d.planVersion === 3 && !d.voided)).toBe(true);
        }
        expect(reached).toBe(counted.length >= 2);
      }),
    );
  });

  it('property: duplicates change nothing', () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 20 }), (decisions) => {
        const doubled = decisions.flatMap((d) => [d, d]);
        expect(countApprovals(doubled, rules()).counted).toEqual(countApprovals(decisions, rules()).counted);
      }),
    );
  });

  it('property: approvals of an older version never count', () => {
    fc.assert(
      fc.property(fc.array(decision, { maxLength: 20 }), (decisions) => {
        const old = decisions.map((d) => ({ ...d, planVersion: Math.min(d.planVersion, 2) }));
        expect(countApprovals(old, rules()).counted).toEqual([]);
      }),
    );
  });

  it('needs an extra approval when every approver’s mandate is below the amount', () => {
    const mandates = new Map([
      ['a', 100_000],
      ['b', 200_000],
    ]);
    const short = countApprovals([approve('a'), approve('b')], rules({ mandates }));
    expect(short).toMatchObject({ reached: false, required: 3, mandateShortfall: expect.stringContaining('mandaat') });
    expect(countApprovals([approve('a'), approve('b'), approve('c')], rules({ mandates })).reached).toBe(true);
    expect(countApprovals([approve('a'), approve('b')], rules({ mandates: new Map([['a', 100_000], ['b', 500_000]]) })).reached).toBe(true);
  });

  it('simple preset: one approval by a budgetbeheerder', () => {
    const simple = rules({ threshold: 1, decideRoles: ['budgetbeheerder'], rolesOf: (id) => (id === 'budget' ? ['budgetbeheerder'] : ['maatwerker']) });
    expect(countApprovals([approve('a')], simple).reached).toBe(false);
    expect(countApprovals([approve('budget')], simple).reached).toBe(true);
  });
});
