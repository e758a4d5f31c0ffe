import { describe, expect, it } from 'vitest';
import { formatApiToken, formatSessionCookie, newSecret, parseApiToken, parseSessionCookie } from './secrets.js';

describe('scoped secrets', () => {
  it('round-trips session cookies and API tokens', () => {
    const scoped = { tenantId: 'demo2', secret: newSecret() };
    expect(parseSessionCookie(formatSessionCookie(scoped))).toEqual(scoped);
    expect(parseApiToken(formatApiToken(scoped))).toEqual(scoped);
    expect(formatApiToken(scoped)).toMatch(/^dbk\.demo2\./);
  });

  it('rejects anything malformed instead of querying with it', () => {
    for (const bad of [undefined, '', 'demo', '.abc', 'DEMO.' + newSecret(), 'demo.short', "demo'--." + newSecret()]) {
      expect(parseSessionCookie(bad)).toBeNull();
    }
    expect(parseApiToken('demo.' + newSecret())).toBeNull();
  });
});
