import { describe, expect, it } from 'vitest';
import type { User } from '../../api';
import { diffUser, formValues } from './changes';

const user: User = {
  id: 'u1',
  email: 'kees@demodam.example',
  name: 'Kees Consulent',
  roles: ['consulent'],
  active: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('diffUser', () => {
  it('finds nothing when nothing changed, whatever the order of the roles', () => {
    const same = { ...formValues({ ...user, roles: ['consulent', 'maatwerker'] }), roles: ['maatwerker' as const, 'consulent' as const] };
    expect(diffUser({ ...user, roles: ['consulent', 'maatwerker'] }, same)).toEqual({ changes: {}, undo: {} });
  });

  it('sends only what changed and knows how to undo it', () => {
    const after = { ...formValues(user), roles: ['maatwerker' as const], active: false };
    expect(diffUser(user, after)).toEqual({
      changes: { roles: ['maatwerker'], active: false },
      undo: { roles: ['consulent'], active: true },
    });
  });

  it('cannot undo a new password', () => {
    expect(diffUser(user, { ...formValues(user), password: 'een-lang-wachtwoord' })).toEqual({
      changes: { password: 'een-lang-wachtwoord' },
      undo: {},
    });
  });

  it('ignores surrounding spaces and the case of the email address', () => {
    expect(diffUser(user, { ...formValues(user), name: ' Kees Consulent ', email: 'Kees@Demodam.example' }).changes).toEqual({});
  });
});
