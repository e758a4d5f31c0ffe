import { describe, expect, it } from 'vitest';
import { AuthCache } from './auth-cache.js';
import type { Auth } from '../http/request-user.js';

const auth = (userId: string, tenantId = 'demo'): Auth => ({
  method: 'token',
  tokenId: `t-${userId}`,
  user: { id: userId, tenantId, email: `${userId}@x`, name: userId, roles: [], tenant: { id: tenantId, name: tenantId, region: null } },
});

describe('AuthCache', () => {
  it('keeps an entry for its TTL, and never past the credential’s own expiry', () => {
    const cache = new AuthCache(5000);
    cache.set('a', auth('u1'), 0);
    cache.set('b', auth('u2'), 0, 2000);
    expect(cache.get('a', 4999)?.user.id).toBe('u1');
    expect(cache.get('a', 5000)).toBeUndefined();
    expect(cache.get('b', 1999)?.user.id).toBe('u2');
    expect(cache.get('b', 2000)).toBeUndefined();
  });

  it('forgets every entry of a user at once, and only of that user in that tenant', () => {
    const cache = new AuthCache();
    cache.set('s1', auth('u1'), 0);
    cache.set('s2', auth('u1'), 0);
    cache.set('s3', auth('u1', 'demo2'), 0);
    cache.set('s4', auth('u2'), 0);
    cache.forgetUser('demo', 'u1');
    expect([cache.get('s1', 1), cache.get('s2', 1)]).toEqual([undefined, undefined]);
    expect(cache.get('s3', 1)?.user.tenantId).toBe('demo2');
    expect(cache.get('s4', 1)?.user.id).toBe('u2');
  });

  it('stays bounded in size', () => {
    const cache = new AuthCache(5000, 2);
    cache.set('a', auth('u1'), 0);
    cache.set('b', auth('u2'), 0);
    cache.set('c', auth('u3'), 0);
    expect(cache.get('a', 1)).toBeUndefined();
    expect(cache.get('c', 1)?.user.id).toBe('u3');
  });
});
