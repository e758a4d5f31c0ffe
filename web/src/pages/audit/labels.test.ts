import { describe, expect, it } from 'vitest';
import { actionLabel, describeDetail, entityLabel } from './labels';

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
});
