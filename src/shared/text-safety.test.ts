import { describe, expect, it } from 'vitest';
import { findNulCharacters } from './text-safety.js';

describe('findNulCharacters', () => {
  it('finds NUL characters with their path in nested values and keys', () => {
    expect(findNulCharacters({ a: 'ok', b: ['x', 'y\u0000'], c: { 'd\u0000': 1 } })).toEqual([
      { path: 'b.1', message: 'Bevat een ongeldig teken (NUL).' },
      { path: 'c.d\u0000', message: 'Bevat een ongeldig teken (NUL).' },
    ]);
  });

  it('passes everything else, including other control and bidi characters', () => {
    expect(findNulCharacters({ a: '\u202e\t\n', b: 1, c: null, d: [true] })).toEqual([]);
  });
});
