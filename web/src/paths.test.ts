import { describe, expect, it } from 'vitest';
import { loginPath, matchPath, safeReturnPath } from './paths';

describe('matchPath', () => {
  it('matches fixed paths and parameters', () => {
    expect(matchPath('/beheer/gebruikers', '/beheer/gebruikers')).toEqual({});
    expect(matchPath('/beheer/gebruikers/:id', '/beheer/gebruikers/a%20b')).toEqual({ id: 'a b' });
    expect(matchPath('/', '/')).toEqual({});
  });

  it('refuses other paths', () => {
    expect(matchPath('/beheer/gebruikers/:id', '/beheer/gebruikers')).toBeNull();
    expect(matchPath('/account', '/accounts')).toBeNull();
    expect(matchPath('/beheer/gebruikers/:id', '/beheer/gebruikers/%E0')).toBeNull();
  });
});

describe('safeReturnPath', () => {
  it('keeps paths on this site', () => {
    expect(safeReturnPath('/beheer/auditlog?actie=auth.login')).toBe('/beheer/auditlog?actie=auth.login');
  });

  it('never leaves the site', () => {
    for (const value of [null, '', 'https://example.org', '//example.org', '/\\example.org', 'javascript:alert(1)']) {
      expect(safeReturnPath(value)).toBe('/');
    }
  });
});

describe('loginPath', () => {
  it('remembers where the user wanted to go', () => {
    expect(loginPath('/account')).toBe('/inloggen?terug=%2Faccount');
    expect(loginPath('/')).toBe('/inloggen');
    expect(loginPath('/inloggen?terug=%2Faccount')).toBe('/inloggen');
  });
});
