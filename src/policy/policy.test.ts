import { describe, expect, it } from 'vitest';
import { ROLE_KEYS, type Role } from '../auth/roles.js';
import { abilities, authorize, decide, type Actor } from './policy.js';

const actor = (roles: Role[], tenantId = 'demo'): Actor => ({ id: 'u1', tenantId, roles });

describe('policy', () => {
  // The whole table of abilities per role: a change to a rule shows up here on purpose.
  it('lists every ability per role', () => {
    const table = Object.fromEntries(ROLE_KEYS.map((role) => [role, abilities(actor([role]))]));
    expect(table).toEqual({
      consulent: ['account.read', 'tokens.manage', 'plans.create', 'plans.read', 'plans.update', 'plans.transition', 'workflow.read', 'library.read', 'tables.read', 'questions.manage', 'questions.assignee', 'colleagues.read', 'measurements.create', 'actions.read', 'patterns.read', 'inspiration.read'],
      maatwerker: ['account.read', 'tokens.manage', 'plans.create', 'plans.read', 'plans.update', 'plans.transition', 'plans.decide', 'workflow.read', 'library.read', 'tables.read', 'questions.manage', 'questions.assignee', 'colleagues.read', 'budget.read', 'measurements.create', 'actions.read', 'dashboard.read', 'patterns.read', 'services.overlap', 'services.candidates', 'plans.fromCandidate', 'inspiration.read', 'inspiration.publish', 'inspiration.review'],
      voorzitter: ['account.read', 'tokens.manage', 'plans.read', 'plans.transition', 'workflow.read', 'library.read', 'tables.read', 'tables.manage', 'questions.manage', 'questions.assignee', 'colleagues.read', 'budget.read', 'actions.read', 'dashboard.read', 'patterns.read', 'inspiration.read'],
      budgetbeheerder: ['account.read', 'tokens.manage', 'plans.read', 'plans.transition', 'workflow.read', 'library.read', 'tables.read', 'budget.read', 'budget.manage', 'payments.create', 'actions.read', 'dashboard.read', 'patterns.read', 'services.overlap', 'grip.read', 'grip.assumptions.edit', 'grip.budgetLines.replace', 'inspiration.read'],
      beleid: ['account.read', 'tokens.manage', 'library.read', 'colleagues.read', 'budget.read', 'actions.read', 'dashboard.read', 'patterns.read', 'patterns.manage', 'services.overlap', 'grip.read', 'inspiration.read'],
      analist: ['account.read', 'tokens.manage', 'library.read', 'actions.read', 'imports.create', 'imports.read', 'services.overlap', 'services.smallCells', 'services.candidates', 'grip.read', 'grip.budgetLines.replace', 'grip.signals.handle', 'inspiration.read'],
      beheerder: ['account.read', 'tokens.manage', 'users.read', 'users.manage', 'audit.read', 'plans.read', 'workflow.read', 'workflow.manage', 'library.read', 'library.manage', 'tables.read', 'tables.manage', 'budget.read', 'budget.manage', 'actions.read', 'dashboard.read', 'region.manage', 'patterns.read', 'imports.create', 'imports.read', 'services.overlap', 'inspiration.read'],
    });
  });

  it('combines the abilities of several roles', () => {
    expect(abilities(actor(['consulent', 'beheerder']))).toContain('users.manage');
  });

  it("treats another municipality's resource as not found, even for a beheerder", () => {
    expect(decide(actor(['beheerder']), 'users.manage', { tenantId: 'demo2' })).toBe('not-found');
    expect(() => authorize(actor(['beheerder']), 'users.manage', { tenantId: 'demo2' })).toThrow(
      expect.objectContaining({ status: 404 }),
    );
  });

  it('lets only the author or a beheerder delete a plan, and only while it is a draft', () => {
    const plan = { tenantId: 'demo', authorId: 'u1', status: 'draft' };
    expect(decide(actor(['consulent']), 'plans.delete', plan)).toBe('allow');
    expect(decide({ ...actor(['maatwerker']), id: 'u2' }, 'plans.delete', plan)).toBe('forbidden');
    expect(decide({ ...actor(['beheerder']), id: 'u3' }, 'plans.delete', plan)).toBe('allow');
    expect(decide(actor(['consulent']), 'plans.delete', { ...plan, status: 'scheduled' })).toBe('forbidden');
    expect(decide(actor(['consulent']), 'plans.delete', { ...plan, tenantId: 'demo2' })).toBe('not-found');
  });

  it('lets the municipality configure who decides and who tables a plan', () => {
    const plan = { tenantId: 'demo', authorId: 'u9', status: 'scheduled' };
    expect(decide(actor(['maatwerker']), 'plans.decide', plan)).toBe('allow');
    expect(decide(actor(['consulent']), 'plans.decide', plan)).toBe('forbidden');
    const simple = { tableRoles: ['maatwerker'], decideRoles: ['budgetbeheerder'] };
    expect(decide(actor(['budgetbeheerder']), 'plans.decide', { ...plan, workflow: simple })).toBe('allow');
    expect(decide(actor(['maatwerker']), 'plans.decide', { ...plan, workflow: simple })).toBe('forbidden');
    expect(decide(actor(['consulent']), 'plans.transition', { ...plan, to: 'draft', workflow: simple })).toBe('forbidden');
    expect(decide(actor(['maatwerker']), 'plans.transition', { ...plan, to: 'draft', workflow: simple })).toBe('allow');
    // Withdrawing is not configurable; a step that is a decision is nobody's transition.
    expect(decide(actor(['consulent']), 'plans.transition', { ...plan, to: 'withdrawn', workflow: simple })).toBe('allow');
    expect(decide(actor(['maatwerker']), 'plans.transition', { ...plan, to: 'approved', workflow: simple })).toBe('forbidden');
    // Only who may read plans takes part, whatever the settings say.
    expect(decide(actor(['beleid']), 'plans.decide', { ...plan, workflow: { tableRoles: ['beleid'], decideRoles: ['beleid'] } })).toBe('forbidden');
  });

  it('lets only the submitter or a beheerder withdraw an inspiration solution', () => {
    const solution = { tenantId: 'demo', authorId: 'u1', status: 'published' };
    expect(decide(actor(['maatwerker']), 'inspiration.withdraw', solution)).toBe('allow');
    expect(decide({ ...actor(['maatwerker']), id: 'u2' }, 'inspiration.withdraw', solution)).toBe('forbidden');
    expect(decide({ ...actor(['beheerder']), id: 'u3' }, 'inspiration.withdraw', solution)).toBe('allow');
    expect(decide(actor(['maatwerker']), 'inspiration.withdraw', { ...solution, tenantId: 'demo2' })).toBe('not-found');
  });

  it('lets the assignee answer a question, and those who ask questions answer any', () => {
    const question = { tenantId: 'demo', authorId: 'u1', status: 'scheduled' };
    expect(decide(actor(['budgetbeheerder']), 'questions.answer', question)).toBe('allow');
    expect(decide({ ...actor(['budgetbeheerder']), id: 'u2' }, 'questions.answer', question)).toBe('forbidden');
    expect(decide({ ...actor(['voorzitter']), id: 'u2' }, 'questions.answer', question)).toBe('allow');
    expect(decide(actor(['consulent']), 'questions.answer', { ...question, tenantId: 'demo2' })).toBe('not-found');
  });

  it('offers as assignee of a question only who works on cases, not beheer, budget or beleid', () => {
    for (const role of ['consulent', 'maatwerker', 'voorzitter'] as const) expect(decide(actor([role]), 'questions.assignee')).toBe('allow');
    for (const role of ['beheerder', 'budgetbeheerder', 'beleid', 'analist'] as const) expect(decide(actor([role]), 'questions.assignee')).toBe('forbidden');
    expect(decide(actor(['beheerder', 'maatwerker']), 'questions.assignee')).toBe('allow');
  });

  it('forbids with 403 inside the own municipality', () => {
    expect(() => authorize(actor(['consulent']), 'users.manage', { tenantId: 'demo' })).toThrow(
      expect.objectContaining({ status: 403 }),
    );
  });
});
