import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../../../src/audit/audit-actions';
import { ACTION_LABELS, actionLabel, describeDetail, entityLabel } from './labels';

describe('audit labels', () => {
  it('translates known actions and keeps unknown ones', () => {
    expect(actionLabel('auth.login')).toBe('Ingelogd');
    expect(actionLabel('plan.approve')).toBe('plan.approve');
    expect(entityLabel('api_token')).toBe('API-token');
    expect(entityLabel('casus')).toBe('casus');
  });

  it('describes the detail in Dutch', () => {
    expect(describeDetail({ fields: ['active', 'roles'], roles: ['consulent', 'maatwerker'] })).toEqual([
      'Gewijzigd: actief, rollen',
      'Rollen: Consulent, Maatwerker',
    ]);
    expect(describeDetail({ via: 'cli', count: 3 })).toEqual(['Via de opdrachtregel', 'count: 3']);
  });

  it('describes workflow and budget events in Dutch', () => {
    expect(describeDetail({ from: 'draft', to: 'scheduled', version: 3 })).toEqual(['Van: Concept', 'Naar: Geagendeerd', 'Versie 3']);
    expect(describeDetail({ decision: 'approve', amountCents: 250_000 })).toEqual(['Besluit: goedkeuren', 'Bedrag: € 2.500,00']);
  });

  // What the server records is typed (`AuditAction`), and ACTION_LABELS is a Record of that type,
  // so a new action without a Dutch label does not compile; this checks the same at run time,
  // and that every label is a Dutch sentence start (the log shows it as the event's name).
  it('has a Dutch label for every audit action, and for nothing else', () => {
    expect(Object.keys(ACTION_LABELS).sort()).toEqual([...AUDIT_ACTIONS].sort());
    expect(Object.values(ACTION_LABELS).filter((label) => !/^[A-Z]/.test(label))).toEqual([]);
  });
});
