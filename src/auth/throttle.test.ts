import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './throttle.js';

describe('LoginThrottle', () => {
  it('allows ten failures in ten minutes, then blocks until the oldest leaves the window', () => {
    let now = 0;
    const throttle = new LoginThrottle(10, 600_000, () => now);
    for (let i = 0; i < 10; i++) {
      expect(throttle.retryAfterMs('a@x')).toBe(0);
      throttle.recordFailure('a@x');
      now += 1000;
    }
    // Ten failures at t=0..9s; now t=10s. The first leaves the window at t=600s.
    expect(throttle.retryAfterMs('a@x')).toBe(590_000);
    expect(throttle.retryAfterMs('b@x')).toBe(0);
    now = 600_001;
    expect(throttle.retryAfterMs('a@x')).toBe(0);
  });

  it('forgets a key after a successful login', () => {
    const throttle = new LoginThrottle(2, 1000, () => 0);
    throttle.recordFailure('k');
    throttle.recordFailure('k');
    expect(throttle.retryAfterMs('k')).toBeGreaterThan(0);
    throttle.reset('k');
    expect(throttle.retryAfterMs('k')).toBe(0);
  });
});
