import { describe, expect, it } from 'vitest';
import { combinationLabel, countText, shareText } from './patternsFormat';

describe('cocktail formatting', () => {
  it('labels domains in Dutch, children included', () => {
    expect(combinationLabel(['mental-health', 'housing', 'children'])).toBe('Psychische gezondheid (GGZ) + Wonen + Kinderen');
  });
  it('writes hidden small numbers and shares in words', () => {
    expect(countText({ count: '< 3' })).toBe('minder dan 3');
    expect(countText({ count: 12 })).toBe('12');
    expect(shareText({ share: 375 })).toBe('37,5 %');
    expect(shareText({ share: null })).toBe('niet getoond');
  });
});
