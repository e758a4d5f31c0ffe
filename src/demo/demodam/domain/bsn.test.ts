import { describe, expect, it } from 'vitest';
import { passesElevenTest } from '../../../privacy/domain/guard.js';
import { demodamBsn } from './bsn.js';

// BSN test fixture: the generator's synthetic test numbers (9999… first), never a person's.
describe('synthetic BSNs', () => {
  it('pass the 11-proef, are all different and start in the test range 9999xxxxx', () => {
    const seen = new Set<string>();
    const failing: string[] = [];
    for (let k = 0; k < 60_000; k++) {
      const bsn = demodamBsn(k);
      if (!passesElevenTest(bsn)) failing.push(bsn);
      seen.add(bsn);
    }
    expect(failing).toEqual([]);
    expect(seen.size).toBe(60_000);
    // Test fixture: the first generated Demodam BSN (synthetic, in the 9999… test range, valid under the 11-proef).
    expect(demodamBsn(0)).toBe('999999990');
    expect(demodamBsn(4_999).startsWith('9999')).toBe(true);
  });
});
